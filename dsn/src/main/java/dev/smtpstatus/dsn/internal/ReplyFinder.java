package dev.smtpstatus.dsn.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds an SMTP failure reply ({@code 550 5.1.1 …}, RFC 5321 §4.2, RFC 3463) or a bare enhanced
 * status ({@code (#5.1.1)}, {@code #4.4.7}) in prose, without taking anything else for one:
 *
 * <ul>
 *   <li>a code is three ASCII digits {@code [45][0-5][0-9]}: bounces report failures, and 2xx in
 *       prose is far more often a street number or a count than a reply;
 *   <li>it stands alone: not preceded by a letter, digit, {@code .}, {@code :}, {@code -}, {@code
 *       /}, {@code +}, {@code [} or {@code @}, which rules out IP addresses ({@code [192.0.2.45]},
 *       no octet is 400-599 anyway), ports ({@code :465}), times ({@code 14:50}), versions ({@code
 *       4.96}), dates ({@code 2026-12-02}) and phone numbers ({@code +1-425-555-0100});
 *   <li>it is followed by SP, {@code -} or {@code :} and then a status or text that does not start
 *       with a digit ({@code 555-0100}, {@code 450 1234} are not replies) — or by the end.
 * </ul>
 */
public final class ReplyFinder {
  private static final Pattern REPLY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.:\\-/+\\[@=$%,])([45][0-5][0-9])(?:([ \\-]|:[ ]?)"
              + "(?:#?([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9.]))?|$)");
  private static final Pattern STATUS =
      Pattern.compile("(?:\\(#|#|[Ss]tatus:? ?)([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9.])");

  private ReplyFinder() {}

  /** A reply found: its code, its status or null, and where it starts in the text. */
  public record Hit(int code, @Nullable String status, int start) {}

  /** The first reply in {@code text} at or after {@code from}, or null. */
  public static @Nullable Hit find(String text, int from) {
    Matcher m = REPLY.matcher(text);
    int i = from;
    while (i <= text.length() && m.find(i)) {
      int end = m.end();
      boolean ok = m.group(3) != null || end >= text.length() || !isDigit(text.charAt(end));
      if (ok && m.group(2) != null && m.group(2).startsWith(":") && m.group(3) == null) {
        // "554: delivery error" (Yahoo) is a reply; "450:" at a line end is not.
        ok = end < text.length() && text.charAt(end - 1) == ' ';
      }
      if (ok) {
        return new Hit(Integer.parseInt(m.group(1)), m.group(3), m.start());
      }
      i = m.start() + 1;
    }
    return null;
  }

  /** A bare status such as {@code (#5.1.1)} or {@code Status: 4.4.7} in {@code text}, or null. */
  public static @Nullable String findStatus(String text) {
    Matcher m = STATUS.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
