package dev.smtpstatus.dsn.write;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.dsn.Action;
import dev.smtpstatus.dsn.BounceClassifier;
import dev.smtpstatus.dsn.BounceReason;
import dev.smtpstatus.dsn.Classification;
import java.util.List;

/**
 * The default human-readable part (RFC 6522 §3: the first part of a report, for people): one
 * opening sentence for the worst outcome, then per recipient what happened, in words chosen by the
 * recipient's classification ({@link BounceClassifier}), and what the remote server said.
 */
final class HumanText {
  private HumanText() {}

  /** The text, its lines wrapped at white space to 76 characters where words allow. */
  static String of(String reportingMta, List<ReportRecipient> recipients) {
    StringBuilder out = new StringBuilder();
    for (String line : unwrapped(reportingMta, recipients).split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      wrap(out, line);
    }
    return out.toString();
  }

  private static void wrap(StringBuilder out, String line) {
    String indent = line.startsWith("    ") ? "    " : "";
    String rest = line;
    while (rest.length() > WIDTH) {
      int cut = rest.lastIndexOf(' ', WIDTH);
      if (cut <= indent.length()) {
        cut = rest.indexOf(' ', WIDTH);
        if (cut < 0) {
          break;
        }
      }
      out.append(rest, 0, cut).append('\n');
      rest = indent + "  " + rest.substring(cut + 1);
    }
    out.append(rest);
  }

  private static final int WIDTH = 76;

  private static String unwrapped(String reportingMta, List<ReportRecipient> recipients) {
    StringBuilder b = new StringBuilder();
    b.append("This is the mail system at host ").append(reportingMta).append(".\n\n");
    b.append(opening(recipients)).append("\n\n");
    for (ReportRecipient r : recipients) {
      SmtpReply reply = r.getDiagnostic();
      Classification c =
          BounceClassifier.classify(
              r.getAction(),
              r.getStatus(),
              reply == null ? null : reply.getCode(),
              reply == null ? null : reply.getText());
      b.append('<').append(r.getAddress()).append(">: ").append(outcome(r.getAction()));
      String why = reason(c.getReason());
      if (!why.isEmpty()) {
        b.append(' ').append(why);
      }
      b.append(" (").append(r.getStatus()).append(")\n");
      if (reply != null) {
        String host = r.getRemoteMta();
        b.append("    ")
            .append(host == null ? "The remote server said" : host + " said")
            .append(": ")
            .append(ReportRecipient.diagnosticText(reply))
            .append('\n');
      }
      if (r.getWillRetryUntil() != null) {
        b.append("    The mail system will keep trying until ")
            .append(ReportRecipient.DATE.format(r.getWillRetryUntil()))
            .append(".\n");
      }
    }
    return b.toString();
  }

  private static String opening(List<ReportRecipient> recipients) {
    boolean failed = recipients.stream().anyMatch(r -> r.getAction() == Action.FAILED);
    boolean delayed = recipients.stream().anyMatch(r -> r.getAction() == Action.DELAYED);
    if (failed) {
      return "Your message could not be delivered to one or more recipients. It is attached"
          + " below, or its header is.";
    }
    if (delayed) {
      return "Your message has not been delivered yet to one or more recipients. The mail system"
          + " will keep trying; you need not send it again.";
    }
    return "Your message was delivered as reported below.";
  }

  private static String outcome(Action action) {
    switch (action) {
      case FAILED:
        return "delivery failed permanently:";
      case DELAYED:
        return "delivery is delayed:";
      case DELIVERED:
        return "delivered.";
      case RELAYED:
        return "relayed to a system that sends no delivery reports.";
      case EXPANDED:
        return "delivered and forwarded to further addresses.";
    }
    throw new AssertionError(action);
  }

  private static String reason(BounceReason reason) {
    switch (reason) {
      case UNKNOWN_RECIPIENT:
        return "the address does not exist.";
      case UNKNOWN_DOMAIN:
        return "the domain does not exist or accepts no mail.";
      case MAILBOX_FULL:
        return "the mailbox is full.";
      case MESSAGE_TOO_BIG:
        return "the message is larger than the receiver accepts.";
      case BLOCKED:
        return "the receiver blocks the sending system.";
      case SPAM_OR_CONTENT:
        return "the receiver refused the content of the message.";
      case POLICY:
        return "a policy of the receiver refused the message.";
      case AUTHENTICATION:
        return "the sender could not be authenticated (SPF, DKIM, DMARC or login).";
      case TLS_REQUIRED:
        return "the receiver requires an encrypted connection.";
      case RATE_LIMITED:
        return "the receiver limits how much mail it takes at a time.";
      case EXPIRED:
        return "the message could not be delivered in time.";
      case NETWORK:
        return "the receiving system could not be reached.";
      case REMOTE_SYSTEM_ERROR:
        return "the receiving system reported an error.";
      case ACCOUNT_DISABLED:
        return "the mailbox is disabled.";
      case RELAYING_DENIED:
        return "the receiver does not relay for the sender.";
      case PROTOCOL_ERROR:
        return "the receiver refused a command.";
      case NOT_A_FAILURE:
        return "";
      case OTHER:
        return "the receiver gave no more detail.";
    }
    throw new AssertionError(reason);
  }
}
