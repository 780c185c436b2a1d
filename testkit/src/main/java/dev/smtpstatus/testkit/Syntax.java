package dev.smtpstatus.testkit;

/**
 * The testkit's own reading of the grammars, written as plainly as possible and independently of
 * the parsers under test: it keeps shrinks inside their kind (a shrunk malformed text stays
 * malformed) and serves the tests as an oracle to compare the parsers with.
 */
final class Syntax {
  private Syntax() {}

  /** RFC 3463 §2: {@code class "." 1*3digit "." 1*3digit}, class 2/4/5, no leading zeros. */
  static boolean isStatusCode(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 3
        || !(parts[0].equals("2") || parts[0].equals("4") || parts[0].equals("5"))) {
      return false;
    }
    return isNumber(parts[1]) && isNumber(parts[2]);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 3 || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** RFC 5321 §4.2: three ASCII digits, the first 2-5, the second 0-5. */
  static boolean isReplyCode(String s) {
    return s.length() == 3
        && s.charAt(0) >= '2'
        && s.charAt(0) <= '5'
        && s.charAt(1) >= '0'
        && s.charAt(1) <= '5'
        && s.charAt(2) >= '0'
        && s.charAt(2) <= '9';
  }

  /** RFC 5321 §4.2 for a number: 200 to 559 with the second digit 0-5. */
  static boolean isReplyCode(int v) {
    return v >= 200 && v < 600 && v / 10 % 10 <= 5;
  }
}
