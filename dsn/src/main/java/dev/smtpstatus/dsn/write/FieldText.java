package dev.smtpstatus.dsn.write;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * The checks every string passes before it goes into a report, and the folding of fields. Nothing a
 * caller gives may end a line: a CR or LF would start a header field of its own, or a line that
 * reads as a MIME boundary (RFC 2046 §5.1.1), so every control character is refused, not escaped.
 */
final class FieldText {
  /** RFC 5322 §2.1.1: a line is at most 998 characters, without the CRLF. */
  static final int MAX_LINE_OCTETS = 998;

  private FieldText() {}

  /**
   * Checks that {@code value} holds no control character (C0, DEL, C1, U+2028, U+2029) and no lone
   * surrogate, and returns whether it has characters beyond ASCII (so that it needs UTF-8).
   *
   * @throws ReportFieldException naming {@code field} if it does
   */
  static boolean check(String field, String value) {
    boolean utf8 = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
        throw new ReportFieldException(
            field,
            quote(value)
                + " has "
                + name(c)
                + " at index "
                + i
                + ": a field value may not hold a line break or another control character, which"
                + " could start a header field or a MIME boundary of its own (RFC 5322 §2.2,"
                + " RFC 2046 §5.1.1)");
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new ReportFieldException(
              field, quote(value) + " has a lone surrogate at index " + i + ": not UTF-8 text");
        }
        i++;
      }
      utf8 |= c > 0x7f;
    }
    return utf8;
  }

  /** Checks a value that must be printable ASCII (no UTF-8), e.g. an MTA name or an envelope id. */
  static void checkAscii(String field, String value, String rule) {
    if (check(field, value)) {
      throw new ReportFieldException(field, quote(value) + " is not ASCII: " + rule);
    }
  }

  /** Checks that a value is not empty and has no white space at either end. */
  static void checkTrimmed(String field, String value) {
    if (value.isEmpty()) {
      throw new ReportFieldException(field, "the value is empty");
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      throw new ReportFieldException(
          field, quote(value) + " has white space at its start or end, which a reader drops");
    }
  }

  /**
   * Returns {@code Name: value} folded at white space (RFC 5322 §2.2.3) so that lines stay within
   * 78 characters where the value allows it, with CRLF before each folding white space; unfolding
   * (removing the CRLFs) gives back the value exactly.
   *
   * @throws ReportFieldException if a run of the value without white space makes a line longer than
   *     998 octets (RFC 5322 §2.1.1)
   */
  static String fold(String name, String value) {
    String folded = name + ": " + MimeUtil.fold(value, name.length() + 2);
    for (String line : folded.split("\r\n", -1)) {
      int octets = line.getBytes(StandardCharsets.UTF_8).length;
      if (octets > MAX_LINE_OCTETS) {
        throw new ReportFieldException(
            name,
            "a run of the value without white space is "
                + octets
                + " octets on its line, and a line is at most 998 (RFC 5322 §2.1.1): it cannot be"
                + " folded");
      }
    }
    return folded;
  }

  /** The value in quotes, with control characters shown as escapes, for messages. */
  static String quote(String value) {
    StringBuilder b = new StringBuilder(value.length() + 2).append('"');
    int max = Math.min(value.length(), 200);
    for (int i = 0; i < max; i++) {
      char c = value.charAt(i);
      if (c == '\r') {
        b.append("\\r");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append(value.length() > max ? "…\"" : "\"").toString();
  }

  private static String name(char c) {
    switch (c) {
      case '\r':
        return "a CR (U+000D)";
      case '\n':
        return "an LF (U+000A)";
      case '\t':
        return "a TAB (U+0009)";
      default:
        return String.format(Locale.ROOT, "the control character U+%04X", (int) c);
    }
  }
}
