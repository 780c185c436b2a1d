package dev.smtpstatus;

import java.util.Objects;

/**
 * Thrown when text does not follow the grammar it is parsed by. The message quotes the input, names
 * the rule with its RFC section and gives the position (0-based) where the input went wrong, e.g.
 * {@code "5.01.1": leading zero in the subject at index 2 (RFC 3463 §2: numbers are written without
 * leading zeros)}.
 */
public class SmtpSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The longest part of the input that a message quotes; longer input is cut with "…". */
  private static final int QUOTE_LIMIT = 80;

  private final String input;
  private final String rule;
  private final int index;

  /**
   * Creates an exception.
   *
   * @param input the text that failed to parse
   * @param rule what the text breaks, with its RFC section
   * @param index the 0-based position in {@code input} where it went wrong, or -1 if none applies
   */
  public SmtpSyntaxException(CharSequence input, String rule, int index) {
    super(quote(input) + ": " + rule + (index >= 0 ? " (at index " + index + ")" : ""));
    this.input = Objects.requireNonNull(input, "input == null").toString();
    this.rule = Objects.requireNonNull(rule, "rule == null");
    this.index = index;
  }

  /** The text that failed to parse. */
  public String getInput() {
    return input;
  }

  /** What the text breaks, with its RFC section, without the quoted input. */
  public String getRule() {
    return rule;
  }

  /** The 0-based position in the input where it went wrong, or -1 if none applies. */
  public int getIndex() {
    return index;
  }

  /**
   * Quotes text for a message: in double quotes, control characters and non-ASCII shown as {@code
   * \\uXXXX} escapes (so CR, LF and look-alike digits are visible), cut after 80 characters.
   */
  static String quote(CharSequence s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), QUOTE_LIMIT) + 8).append('"');
    int n = Math.min(s.length(), QUOTE_LIMIT);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c < 0x20 || c >= 0x7f) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > QUOTE_LIMIT) {
      b.append('…');
    }
    return b.append('"').toString();
  }
}
