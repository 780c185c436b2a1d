package dev.smtpstatus.dsn.write;

/**
 * Thrown when a value cannot go into a report as given: it would start a header line or a MIME
 * boundary of its own (a CR, an LF or another control character), it is too long to fold (RFC 5322
 * §2.1.1), or it breaks the syntax of its field. The message quotes the value and names the field
 * ({@link #getField()}) and the rule.
 */
public final class ReportFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Returns an exception about {@code field} with a message that says what is wrong. */
  public ReportFieldException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The field the value was meant for, e.g. {@code Final-Recipient} or {@code Subject}. */
  public String getField() {
    return field;
  }
}
