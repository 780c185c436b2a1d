package dev.smtpstatus.dsn;

/** Line ends before Mime4j sees the message, and the test that the input is a message at all. */
final class LineEnds {
  private LineEnds() {}

  /**
   * Returns the first {@code length} bytes with every bare CR made LF. Mime4j reads LF and CRLF
   * line ends; old Mac tools and some converters write bare CR, which RFC 5322 §2.3 forbids but
   * which this reader accepts. A message with no bare CR is returned as is (when not cut).
   */
  static byte[] normalize(byte[] in, int length) {
    boolean bareCr = false;
    for (int i = 0; i < length; i++) {
      if (in[i] == '\r' && (i + 1 >= length || in[i + 1] != '\n')) {
        bareCr = true;
        break;
      }
    }
    if (!bareCr) {
      if (length == in.length) {
        return in;
      }
      byte[] out = new byte[length];
      System.arraycopy(in, 0, out, 0, length);
      return out;
    }
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      byte b = in[i];
      out[i] = b == '\r' && (i + 1 >= length || in[i + 1] != '\n') ? (byte) '\n' : b;
    }
    return out;
  }

  /**
   * Whether the bytes start with a header field (RFC 5322 §2.2: printable ASCII but colon, then a
   * colon), after an optional mbox {@code From } line.
   */
  static boolean startsWithHeader(byte[] b) {
    int i = 0;
    if (startsWith(b, "From ")) {
      while (i < b.length && b[i] != '\n') {
        i++;
      }
      i++;
    }
    int start = i;
    while (i < b.length && b[i] >= 33 && b[i] <= 126 && b[i] != ':') {
      i++;
    }
    return i > start && i < b.length && b[i] == ':';
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
