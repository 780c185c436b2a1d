package dev.smtpstatus;

/**
 * Thrown when a line of an SMTP reply does not follow RFC 5321 §4.2, or goes beyond a {@link
 * ReplyParser}'s limits. Besides what every {@link SmtpSyntaxException} carries (the input, here
 * the offending line without its line ending; the rule; the index in that line), it names the
 * line's number in the input, counted from 1:
 *
 * <pre>
 * line 2: "251 two": every line of a multiline reply carries the same reply code, here 250 (RFC
 * 5321 §4.2.1) (at index 0)
 * </pre>
 */
public class ReplySyntaxException extends SmtpSyntaxException {
  private static final long serialVersionUID = 1L;

  private final int lineNumber;

  /**
   * Creates an exception.
   *
   * @param line the offending line, without its line ending
   * @param rule what the line breaks, with its RFC section
   * @param index the 0-based position in {@code line} where it went wrong, or -1 if none applies
   * @param lineNumber the line's number in the input, counted from 1
   */
  public ReplySyntaxException(CharSequence line, String rule, int index, int lineNumber) {
    super(line, rule, index);
    this.lineNumber = lineNumber;
  }

  /** The number of the offending line in the input, counted from 1. */
  public int getLineNumber() {
    return lineNumber;
  }

  /** Returns {@code line N: } followed by the input, the rule and the index. */
  @Override
  public String getMessage() {
    return "line " + lineNumber + ": " + super.getMessage();
  }
}
