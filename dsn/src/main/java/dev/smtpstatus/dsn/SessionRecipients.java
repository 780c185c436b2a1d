package dev.smtpstatus.dsn;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@link BouncedRecipient} values for outcomes learned in the SMTP session (the reply to {@code
 * RCPT} or {@code DATA}) rather than from a bounce, classified as {@link BounceReader} classifies a
 * bounce's recipients ({@link BounceClassifier}), so that one code path handles a failure whenever
 * it arrives. Used by the Jakarta Mail adapter ({@code smtp-status-jakarta-mail}).
 *
 * <pre>{@code
 * BouncedRecipient r = SessionRecipients.ofReply("bob@example.org",
 *     SmtpReply.parse("550 5.1.1 <bob@example.org>: Recipient address rejected"));
 * r.getPermanent();   // true
 * r.getReason();      // UNKNOWN_RECIPIENT
 * }</pre>
 */
public final class SessionRecipients {
  private SessionRecipients() {}

  /**
   * A recipient the server answered with {@code reply}: its code, status and findings, the reply's
   * lines joined by spaces as the diagnostic, no Action and no DSN fields (as for a free-text
   * bounce). A 2xx reply gives {@link BounceReason#NOT_A_FAILURE}.
   */
  public static BouncedRecipient ofReply(String recipient, SmtpReply reply) {
    Objects.requireNonNull(recipient, "recipient == null");
    Objects.requireNonNull(reply, "reply == null");
    ReplyCode code = reply.getCode();
    EnhancedStatusCode status = reply.getStatus();
    Classification c = BounceClassifier.classify(null, status, code, reply.getText());
    String diagnostic = String.join(" ", reply.format().strip().split("\r\n"));
    return BouncedRecipient.of(
        recipient, null, status, code, reply, diagnostic, c, reply.getFindings(), null);
  }

  /**
   * A recipient for which the session gave no reply of its own: an {@code action} if known ({@link
   * Action#DELIVERED} for an address the message was sent to), and the text that explains it (e.g.
   * the exception's message), classified from those alone.
   */
  public static BouncedRecipient ofText(
      String recipient, @Nullable Action action, @Nullable String text) {
    Objects.requireNonNull(recipient, "recipient == null");
    Classification c = BounceClassifier.classify(action, null, null, text);
    return BouncedRecipient.of(
        recipient,
        action,
        null,
        null,
        null,
        text == null || text.isEmpty() ? null : text,
        c,
        List.of(),
        null);
  }
}
