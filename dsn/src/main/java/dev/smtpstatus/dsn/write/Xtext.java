package dev.smtpstatus.dsn.write;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The xtext encoding of RFC 3461 §4, in which SMTP carries the {@code ORCPT} and {@code ENVID}
 * parameters: every character outside {@code !} to {@code ~}, and {@code +} and {@code =}, is
 * written {@code +HH} (two upper-case hex digits of its octet).
 *
 * <pre>{@code
 * Xtext.encode("a+b=c d");      // "a+2Bb+3Dc+20d"
 * Xtext.decode("rfc822;a+2Bb"); // "rfc822;a+b"
 * }</pre>
 */
public final class Xtext {
  private Xtext() {}

  /**
   * Encodes text as xtext (RFC 3461 §4). Characters above U+007F are written as the {@code +HH} of
   * each octet of their UTF-8 form.
   */
  public static String encode(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= '!' && c <= '~' && c != '+' && c != '=') {
        out.append((char) c);
      } else {
        out.append('+').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }

  /**
   * Decodes xtext (RFC 3461 §4): each {@code +HH} becomes its octet, and the octets are read as
   * UTF-8.
   *
   * @throws IllegalArgumentException if a {@code +} is not followed by two upper-case hex digits,
   *     or a character is outside {@code !} to {@code ~} or is {@code =}
   */
  public static String decode(CharSequence xtext) {
    Objects.requireNonNull(xtext, "xtext == null");
    byte[] out = new byte[xtext.length()];
    int n = 0;
    for (int i = 0; i < xtext.length(); i++) {
      char c = xtext.charAt(i);
      if (c == '+') {
        int hi = i + 1 < xtext.length() ? HEX.indexOf(xtext.charAt(i + 1)) : -1;
        int lo = i + 2 < xtext.length() ? HEX.indexOf(xtext.charAt(i + 2)) : -1;
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException(
              "not xtext: \""
                  + xtext
                  + "\" has a '+' at index "
                  + i
                  + " without two upper-case hex digits after it (RFC 3461 §4)");
        }
        out[n++] = (byte) (hi << 4 | lo);
        i += 2;
      } else if (c >= '!' && c <= '~' && c != '=') {
        out[n++] = (byte) c;
      } else {
        throw new IllegalArgumentException(
            "not xtext: \""
                + xtext
                + "\" has "
                + (c < ' ' || c > '~' ? String.format("U+%04X", (int) c) : "'" + c + "'")
                + " at index "
                + i
                + "; xtext is '!' to '~' except '+' and '=' (RFC 3461 §4)");
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private static final String HEX = "0123456789ABCDEF";
}
