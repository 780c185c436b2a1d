package dev.smtpstatus.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parsers users write by hand, as baselines. They return the code packed into an int ({@code
 * class * 1_000_000 + subject * 1000 + detail}), which spares them the allocation of a result
 * object: the comparison is as kind to them as it can be. They are also laxer than the library
 * (leading zeros pass), as hand-written parsers usually are.
 */
final class Baselines {
  private Baselines() {}

  private static final Pattern STATUS = Pattern.compile("([245])\\.(\\d{1,3})\\.(\\d{1,3})");

  /** A regex parser: {@code ([245])\.(\d{1,3})\.(\d{1,3})}, groups read with parseInt. */
  static int regex(String s) {
    Matcher m = STATUS.matcher(s);
    if (!m.matches()) {
      return -1;
    }
    return Integer.parseInt(m.group(1)) * 1_000_000
        + Integer.parseInt(m.group(2)) * 1000
        + Integer.parseInt(m.group(3));
  }

  /** A split parser: {@code s.split("\\.")} (String's single-character fast path), parseInt. */
  static int split(String s) {
    String[] parts = s.split("\\.");
    if (parts.length != 3) {
      return -1;
    }
    int c = Integer.parseInt(parts[0]);
    if (c != 2 && c != 4 && c != 5) {
      return -1;
    }
    return c * 1_000_000 + Integer.parseInt(parts[1]) * 1000 + Integer.parseInt(parts[2]);
  }

  /** Reads every character once and folds it into an int: the limit of any parser. */
  static int readOnly(CharSequence s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** What a hand-written reply line parser returns: code, status text or null, the rest. */
  static final class HandReply {
    final int code;
    final @Nullable String status;
    final String text;

    HandReply(int code, @Nullable String status, String text) {
      this.code = code;
      this.status = status;
      this.text = text;
    }
  }

  private static final Pattern LINE =
      Pattern.compile(
          "([2-5][0-5][0-9])([ -]?)(?:([245]\\.\\d{1,3}\\.\\d{1,3})(?: |$))?(.*?)\r?\n?");

  /** A regex reply line parser: code, separator, optional status, text. */
  static @Nullable HandReply regexLine(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return new HandReply(Integer.parseInt(m.group(1)), m.group(3), m.group(4));
  }

  /** Counts the line ends in {@code bytes}: the limit of any reader of the same bytes. */
  static int countLineEnds(byte[] bytes, int offset, int length) {
    int n = 0;
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Reads every byte of {@code bytes} once (the floor of any reader of a whole message). */
  static int sumBytes(byte[] bytes) {
    int sum = 0;
    for (byte b : bytes) {
      sum += b;
    }
    return sum;
  }
}
