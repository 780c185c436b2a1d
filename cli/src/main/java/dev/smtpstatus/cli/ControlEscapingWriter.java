package dev.smtpstatus.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text with its control characters made visible, so that reply text from strangers cannot
 * drive the reader's terminal (ESC sequences, BEL, a C1 CSI). Every C0 control except tab and line
 * feed, DEL (U+007F) and every C1 control (U+0080 to U+009F) is written as {@code \xHH}, or {@code
 * \\u00HH} for C1; a backslash stays a backslash. Carriage return is escaped too unless the
 * platform's line separator uses it, and then only where a line feed follows.
 *
 * <p>JSON output passes through unchanged: {@link Json} already writes these characters as escape
 * sequences.
 */
final class ControlEscapingWriter extends FilterWriter {
  private final boolean crlf = System.lineSeparator().equals("\r\n");
  private boolean pendingCr;

  ControlEscapingWriter(Writer out) {
    super(out);
  }

  /** Returns {@code s} as this writer would write it (for tests and one-off strings). */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      append(b, s.charAt(i));
    }
    return b.toString();
  }

  /** True for the characters this writer escapes (carriage return aside). */
  static boolean isEscaped(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
  }

  private static void append(StringBuilder b, char c) {
    if (!isEscaped(c)) {
      b.append(c);
    } else if (c < 0x80) {
      b.append(String.format("\\x%02X", (int) c));
    } else {
      b.append(String.format("\\u%04X", (int) c));
    }
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingCr) {
      pendingCr = false;
      out.write(ch == '\n' ? "\r" : "\\x0D");
    }
    if (ch == '\r' && crlf) {
      pendingCr = true; // written once we know whether a line feed follows
      return;
    }
    if (isEscaped(ch)) {
      StringBuilder b = new StringBuilder(6);
      append(b, ch);
      out.write(b.toString());
    } else {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(cbuf[i]);
    }
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(str.charAt(i));
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingCr) {
      pendingCr = false;
      out.write("\\x0D");
    }
    out.close();
  }
}
