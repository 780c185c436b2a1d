package dev.smtpstatus.examples.client;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.RegisteredDetail;
import dev.smtpstatus.api.UnregisteredDetail;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a reply means to a client: a title from the IANA registry (or from RFC 5321 where the reply
 * carries no enhanced status code) and whether retrying can help.
 *
 * <pre>{@code
 * ReplyMeaning m = ReplyMeaning.of(SmtpReply.parse("452 4.2.2 Mailbox full\r\n"));
 * m.getTitle();    // "Mailbox full"
 * m.getRetry();    // LATER
 * }</pre>
 */
public final class ReplyMeaning {
  /** What a client should do about a reply. */
  public enum Retry {
    /** 2xx: the request went through. */
    NOT_NEEDED("done: nothing to retry"),
    /** 3xx: the server waits for the next step (the message after DATA). */
    CONTINUE("go on: the server waits for the rest"),
    /** 4xx: the same request may succeed later (RFC 5321 §4.2.1, RFC 3463 §3.1). */
    LATER("retry later: the condition is transient"),
    /** 5xx: the same request will fail again; the message or the address must change. */
    NEVER("do not retry: the failure is permanent");

    private final String advice;

    Retry(String advice) {
      this.advice = advice;
    }

    /** The advice in words, e.g. {@code "retry later: the condition is transient"}. */
    public String getAdvice() {
      return advice;
    }
  }

  private final SmtpReply reply;
  private final String title;
  private final Retry retry;

  private ReplyMeaning(SmtpReply reply, String title, Retry retry) {
    this.reply = reply;
    this.title = title;
    this.retry = retry;
  }

  /**
   * Says what a reply means. The reply code decides the retry advice: it is what RFC 5321 §4.2.1
   * tells a client to act on, and a parsed reply may carry a status of another class ({@code 451
   * 5.7.3}), which its findings then report.
   */
  public static ReplyMeaning of(SmtpReply reply) {
    Objects.requireNonNull(reply, "reply == null");
    ReplyCode code = reply.getCode();
    Retry retry;
    if (code.isTransient()) {
      retry = Retry.LATER;
    } else if (code.isPermanent()) {
      retry = Retry.NEVER;
    } else if (code.isIntermediate()) {
      retry = Retry.CONTINUE;
    } else {
      retry = Retry.NOT_NEEDED;
    }
    return new ReplyMeaning(reply, title(reply), retry);
  }

  private static String title(SmtpReply reply) {
    EnhancedStatusCode status = reply.getStatus();
    if (status == null) {
      String meaning = reply.getCode().getMeaning();
      return meaning != null
          ? meaning
          : "reply code " + reply.getCode() + " (not defined by an RFC)";
    }
    RegistryEntry entry = StatusCodeRegistry.iana().get(status);
    if (entry != null) {
      return entry.getTitle();
    }
    RegisteredDetail fallback = ((UnregisteredDetail) status.getDetail()).getFallback();
    return "unregistered "
        + status
        + ", read as X."
        + fallback.getSubject().getNumber()
        + "."
        + fallback.getNumber()
        + " "
        + fallback.getTitle();
  }

  /** The reply explained. */
  public SmtpReply getReply() {
    return reply;
  }

  /**
   * The registry's title of the reply's enhanced status code, e.g. {@code "Mailbox full"}; for a
   * reply without one, the meaning of its reply code after RFC 5321 §4.2.2.
   */
  public String getTitle() {
    return title;
  }

  /** Whether retrying can help, by the reply code. */
  public Retry getRetry() {
    return retry;
  }

  /** The status of the reply, or null if it carries none. */
  public @Nullable EnhancedStatusCode getStatus() {
    return reply.getStatus();
  }

  /**
   * One line for people: code, status, title and advice, e.g. {@code "452 4.2.2 Mailbox full ->
   * retry later: the condition is transient"}; findings on a reply that breaks the rules follow.
   */
  public String describe() {
    EnhancedStatusCode status = reply.getStatus();
    StringBuilder out = new StringBuilder();
    String shown = status == null ? "-" : status.toString();
    out.append(reply.getCode()).append(' ').append(shown);
    out.append(" ".repeat(Math.max(1, 8 - shown.length())))
        .append(title)
        .append("  -> ")
        .append(retry.getAdvice());
    for (Finding finding : reply.getFindings()) {
      out.append("\n    ").append(finding);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
