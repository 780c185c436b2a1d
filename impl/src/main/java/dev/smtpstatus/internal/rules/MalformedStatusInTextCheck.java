package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.StatusClass;
import org.jspecify.annotations.Nullable;

/**
 * {@code smtp-status/MalformedStatusInText}: a reply line's text starts, where RFC 2034 §4 puts the
 * enhanced status code, with digits and dots that look like an attempted status but break RFC 3463
 * §2 ({@code 550 5.01.1 User unknown}). The parser keeps what it always kept: no status, the token
 * in the text. The finding says what was found, why it is not a status and, where a repair exists,
 * what the sender probably meant.
 *
 * <p>What counts as "looks like a status" is deliberately narrow (docs/decisions/0610): the token
 * up to the first SP is only digits (any script's, so full-width digits count) and dots, starts
 * with a single digit followed by a dot, has two to four parts, and is not shaped like an IPv4
 * address (four non-empty parts), with a digit after the first dot; a two-part token ({@code 5.1})
 * counts only with class 2, 4 or 5. So {@code 2 recipients}, {@code 8BITMIME}, {@code
 * mail.example.org}, {@code 192.0.2.1} and {@code 1.5} never fire; {@code 5.01.1}, {@code 5.1},
 * {@code 5.1.1000}, {@code 6.1.1}, {@code 5.1.1.} and {@code ５.1.1} do.
 */
public final class MalformedStatusInTextCheck implements Check<LineStart> {

  /** The longest token looked at: longer runs of digits and dots are not near misses. */
  public static final int MAX_TOKEN = 16;

  @Override
  public Rule rule() {
    return Rule.MALFORMED_STATUS_IN_TEXT;
  }

  @Override
  public boolean matches(LineStart input) {
    String t = input.token();
    return looksLikeStatus(t, 0, t.length());
  }

  @Override
  public String message(LineStart input) {
    String token = input.token();
    EnhancedStatusCode meant = Fixes.repair(asciiDigits(token), input.code());
    return "line "
        + input.line()
        + " of the reply starts with "
        + token
        + " where an enhanced status code goes ("
        + rule().getReference()
        + "), but it is not one: status "
        + MalformedStatusCheck.explain(token)
        + ". The reply has no status and keeps "
        + token
        + " in its text; "
        + (meant != null
            ? "the sender probably meant " + meant + "."
            : "write class.subject.detail, e.g. "
                + EnhancedStatusCode.of(classNumber(input.code().getStatusClass()), 0, 0)
                + ".");
  }

  /**
   * True if {@code s[start, end)}, the token a line's text starts with (up to its first SP), looks
   * like an attempted enhanced status code and is not a valid one. Cheap: the parser calls it for
   * every line without a status whose text starts with a digit.
   */
  public static boolean looksLikeStatus(CharSequence s, int start, int end) {
    int n = end - start;
    if (n < 3 || n > MAX_TOKEN) {
      return false;
    }
    // Code points, so that a digit outside the BMP (U+1D7D2) counts like a full-width one.
    int cls = Character.codePointAt(s, start);
    int i = start + Character.charCount(cls);
    if (!Character.isDigit(cls) || i >= end || s.charAt(i) != '.') {
      return false;
    }
    int dots = 0;
    int digitsAfterFirstDot = 0;
    boolean emptyPart = false;
    boolean afterDot = false;
    while (i < end) {
      int c = Character.codePointAt(s, i);
      if (c == '.') {
        dots++;
        emptyPart |= afterDot;
        afterDot = true;
      } else if (Character.isDigit(c)) {
        digitsAfterFirstDot++;
        afterDot = false;
      } else {
        return false;
      }
      i += Character.charCount(c);
    }
    emptyPart |= afterDot;
    if (digitsAfterFirstDot == 0) {
      return false; // "1." numbering a list, not a status: at least d.d
    }
    if (dots > 3 || (dots == 3 && !emptyPart)) {
      return false; // more parts than a status, or an IPv4 address such as 1.2.3.4
    }
    if (dots == 1) {
      int d = Character.digit(cls, 10);
      if (d != 2 && d != 4 && d != 5) {
        return false; // a decimal number such as 1.5
      }
    }
    return EnhancedStatusCode.parseOrNull(s.subSequence(start, end)) == null;
  }

  private static int classNumber(@Nullable StatusClass c) {
    return c == null ? 5 : c.getNumber();
  }

  /** The token with every digit of another script written as its ASCII digit. */
  private static String asciiDigits(String token) {
    StringBuilder b = new StringBuilder(token.length());
    token
        .codePoints()
        .forEach(c -> b.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
    return b.toString();
  }
}
