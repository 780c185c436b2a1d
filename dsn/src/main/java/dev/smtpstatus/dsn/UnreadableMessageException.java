package dev.smtpstatus.dsn;

/**
 * Thrown by {@link BounceReader} for input that is not a message it can read: empty, no header
 * field before the body (RFC 5322 §2.1), or refused by the MIME parser under the reader's caps. The
 * message says which.
 */
public final class UnreadableMessageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception with a message that says why the input cannot be read. */
  public UnreadableMessageException(String message) {
    super(message);
  }
}
