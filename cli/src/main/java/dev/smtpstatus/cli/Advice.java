package dev.smtpstatus.cli;

import dev.smtpstatus.api.StatusClass;

/**
 * What a sender should do about a status, by class and subject, after the subject descriptions of
 * RFC 3463 §3 (who controls the condition) and the class semantics of RFC 3463 §3.1 (whether a
 * retry can help).
 */
final class Advice {
  private Advice() {}

  /** Advice for a class alone, as a bare reply code gives it. */
  static String of(StatusClass statusClass) {
    return of(statusClass, -1);
  }

  /** Advice for a class and a subject; a subject outside 0-7 adds no hint. */
  static String of(StatusClass statusClass, int subject) {
    switch (statusClass) {
      case SUCCESS:
        return "Nothing to do: the server accepted the request or delivered the message.";
      case PERSISTENT_TRANSIENT_FAILURE:
        return "Retry later: the condition is temporary (RFC 3463 §3.1). Keep the message queued"
            + " and retry with back-off; bounce it only when the queue lifetime runs out."
            + hint(transientHint(subject));
      case PERMANENT_FAILURE:
        return "Do not retry the same message: it will fail again (RFC 3463 §3.1)."
            + hint(permanentHint(subject));
    }
    throw new AssertionError(statusClass);
  }

  private static String hint(String hint) {
    return hint.isEmpty() ? "" : " " + hint;
  }

  private static String transientHint(int subject) {
    switch (subject) {
      case 1:
        return "The address may become valid again (e.g. a DNS or directory problem).";
      case 2:
        return "The recipient's mailbox is the problem (e.g. full); the recipient can fix it.";
      case 3:
        return "The destination mail system is the problem (load, storage, maintenance).";
      case 4:
        return "The network or routing is the problem (no answer, DNS, congestion).";
      case 5:
        return "A protocol problem on this connection; a new connection may succeed.";
      case 6:
        return "A content problem that may pass later (e.g. content temporarily unavailable).";
      case 7:
        return "A policy or security check failed for now (e.g. rate limit, greylisting, a"
            + " temporary DNS error in SPF); retry later, and check authentication if it"
            + " persists.";
      default:
        return "";
    }
  }

  private static String permanentHint(int subject) {
    switch (subject) {
      case 1:
        return "Fix the address: the mailbox or domain does not exist or is not valid.";
      case 2:
        return "The recipient's mailbox cannot take the message (disabled, moved, size limit);"
            + " reach the recipient another way.";
      case 3:
        return "The destination system refuses it as sent (e.g. too big): change the message,"
            + " or ask the destination's administrator.";
      case 4:
        return "The destination cannot be routed to: check the domain's DNS (MX) records.";
      case 5:
        return "The client broke the protocol (bad command, syntax, arguments): fix the sending"
            + " software or its configuration.";
      case 6:
        return "The content cannot be delivered as it is: change its media type, encoding or"
            + " size.";
      case 7:
        return "A policy or security check refused it: check authentication (SPF, DKIM, DMARC),"
            + " credentials and sender reputation, or contact the destination's postmaster.";
      default:
        return "";
    }
  }
}
