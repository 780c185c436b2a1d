package dev.smtpstatus.cli;

import java.util.List;

/** The little JSON writing the command needs: strings, and lists of strings. */
final class Json {
  private Json() {}

  /** Returns {@code s} as a JSON string literal (RFC 8259 §7). */
  static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          // Every control character, C1 and DEL included: JSON allows them raw, terminals obey
          // them.
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  /** Returns a JSON array of strings. */
  static String strings(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(string(values.get(i)));
    }
    return b.append(']').toString();
  }
}
