package dev.smtpstatus.examples.server;

import dev.smtpstatus.SmtpReply;
import java.util.Objects;
import org.subethamail.smtp.RejectException;

/**
 * A SubEthaSMTP {@link RejectException} that puts an {@link SmtpReply} on the wire exactly as
 * {@link SmtpReply#format()} writes it: reply code, enhanced status code and text, on every line.
 *
 * <p>SubEthaSMTP sends {@link #getErrorResponse()} followed by CRLF when a handler throws a {@code
 * RejectException}; its own form is {@code code + " " + message}, which knows nothing of enhanced
 * status codes or multiline replies. This class answers with the SDK's wire form instead.
 *
 * <pre>{@code
 * throw new ReplyRejection(SmtpReply.of(550, "5.1.1", "No such user here"));
 * // the client reads: 550 5.1.1 No such user here
 * }</pre>
 */
public final class ReplyRejection extends RejectException {
  private static final long serialVersionUID = 1L;

  // Never serialised in practice; the wire form below is what matters, and it is a String.
  private final transient SmtpReply reply;
  private final String wire;

  /**
   * Creates the exception for a failure reply.
   *
   * @throws IllegalArgumentException if {@code reply} is not a failure (4xx or 5xx): SubEthaSMTP
   *     treats every {@code RejectException} as a refusal
   */
  public ReplyRejection(SmtpReply reply) {
    super(Objects.requireNonNull(reply, "reply == null").getCode().getValue(), reply.getText());
    if (!reply.isTransient() && !reply.isPermanent()) {
      throw new IllegalArgumentException(
          "a rejection needs a 4xx or 5xx reply, not " + reply.getCode());
    }
    this.reply = reply;
    String formatted = reply.format();
    // SubEthaSMTP appends the final CRLF itself (Session.sendResponse).
    this.wire = formatted.substring(0, formatted.length() - 2);
  }

  /** The reply this exception sends. */
  public SmtpReply getReply() {
    return reply;
  }

  /** The reply's wire form without its final CRLF, which SubEthaSMTP adds. */
  @Override
  public String getErrorResponse() {
    return wire;
  }
}
