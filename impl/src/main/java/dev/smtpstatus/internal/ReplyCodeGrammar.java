package dev.smtpstatus.internal;

/**
 * The grammar of a basic reply code (RFC 5321 §4.2), explained: the one place that says where text
 * stops being a reply code, for {@code ReplyCode.parse}, the reply parser and the stream reader
 * alike, so {@code "260"} is wrong at index 1 wherever it is read.
 *
 * <pre>
 * Reply-code = %x32-35 %x30-35 %x30-39
 * </pre>
 */
public final class ReplyCodeGrammar {
  /** The rule, with its source, as messages quote it. */
  public static final String RULE =
      "a reply code is three digits, the first 2-5 and the second 0-5 (RFC 5321 §4.2)";

  private ReplyCodeGrammar() {}

  /**
   * The index, relative to {@code start}, of the first character of {@code s[start, end)} that
   * breaks the grammar: a character that is not an allowed ASCII digit in its position, or, after
   * three good ones, whatever makes the text longer or shorter than three. Only meaningful for text
   * that is not a reply code.
   */
  public static int firstBadIndex(CharSequence s, int start, int end) {
    int len = end - start;
    int i = 0;
    while (i < len && i < 3 && isDigitAt(s.charAt(start + i), i)) {
      i++;
    }
    return i;
  }

  /**
   * True if {@code c} is an allowed ASCII digit at {@code position} (0, 1 or 2) of a reply code.
   */
  public static boolean isDigitAt(char c, int position) {
    return position == 0
        ? c >= '2' && c <= '5'
        : position == 1 ? c >= '0' && c <= '5' : c >= '0' && c <= '9';
  }
}
