package dev.smtpstatus;

/**
 * Explains why text is not an enhanced status code (RFC 3463 §2). Only called once the fast scan
 * has failed, so it may take its time to find the first rule the text breaks.
 *
 * <pre>
 * status-code = class "." subject "." detail
 * class       = "2" / "4" / "5"
 * subject     = 1*3digit      ; without leading zeros
 * detail      = 1*3digit      ; without leading zeros
 * </pre>
 */
final class StatusGrammar {
  static final String RULE_EMPTY =
      "empty: an enhanced status code is class.subject.detail (RFC 3463 §2)";
  static final String RULE_CLASS = "the class must be 2, 4 or 5 (RFC 3463 §2, §3.1)";
  static final String RULE_DOT = "expected '.' (RFC 3463 §2: class.subject.detail)";
  static final String RULE_LEADING_ZERO =
      "leading zero in the %s (RFC 3463 §2: numbers are written without leading zeros)";
  static final String RULE_TOO_MANY_DIGITS = "the %s has more than 3 digits (RFC 3463 §2)";
  static final String RULE_DIGIT =
      "expected an ASCII digit 0-9 in the %s (RFC 3463 §2: 1 to 3 digits)";
  static final String RULE_NON_ASCII_DIGIT =
      "non-ASCII digit U+%04X in the %s: only ASCII 0-9 count (RFC 3463 §2, RFC 5234 DIGIT)";
  static final String RULE_TRAILING =
      "unexpected character after the detail (RFC 3463 §2: nothing follows the detail)";

  private StatusGrammar() {}

  /** Returns the exception for {@code text[start, end)}, which the fast scan rejected. */
  static SmtpSyntaxException explain(CharSequence text, int start, int end) {
    CharSequence s = text.subSequence(start, end);
    try {
      return firstBrokenRule(s);
    } catch (SmtpSyntaxException e) {
      return e;
    }
  }

  private static SmtpSyntaxException firstBrokenRule(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return new SmtpSyntaxException(s, RULE_EMPTY, -1);
    }
    char c = s.charAt(0);
    if (!isAsciiDigit(c) && Character.isDigit(c)) {
      // "５.1.1": a digit, but not one RFC 5234's DIGIT allows; saying "the class must be 2, 4 or
      // 5" would send the reader looking at the wrong thing.
      return new SmtpSyntaxException(s, String.format(RULE_NON_ASCII_DIGIT, (int) c, "class"), 0);
    }
    if (c != '2' && c != '4' && c != '5') {
      return new SmtpSyntaxException(s, RULE_CLASS, 0);
    }
    if (n < 2 || s.charAt(1) != '.') {
      return new SmtpSyntaxException(s, RULE_DOT, Math.min(1, n));
    }
    int i = number(s, 2, "subject");
    if (i >= n || s.charAt(i) != '.') {
      return new SmtpSyntaxException(s, RULE_DOT, i);
    }
    i = number(s, i + 1, "detail");
    return new SmtpSyntaxException(s, RULE_TRAILING, i);
  }

  /** Checks a number starting at {@code i}; returns the index after it, or throws. */
  private static int number(CharSequence s, int i, String part) {
    int first = i;
    while (i < s.length() && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    int digits = i - first;
    if (digits == 0) {
      char c = first < s.length() ? s.charAt(first) : 0;
      if (c != 0 && Character.isDigit(c)) {
        throw new SmtpSyntaxException(s, String.format(RULE_NON_ASCII_DIGIT, (int) c, part), first);
      }
      throw new SmtpSyntaxException(s, String.format(RULE_DIGIT, part), first);
    }
    if (digits > 1 && s.charAt(first) == '0') {
      throw new SmtpSyntaxException(s, String.format(RULE_LEADING_ZERO, part), first);
    }
    if (digits > 3) {
      throw new SmtpSyntaxException(s, String.format(RULE_TOO_MANY_DIGITS, part), first + 3);
    }
    if (i < s.length() && Character.isDigit(s.charAt(i))) {
      throw new SmtpSyntaxException(
          s, String.format(RULE_NON_ASCII_DIGIT, (int) s.charAt(i), part), i);
    }
    return i;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
