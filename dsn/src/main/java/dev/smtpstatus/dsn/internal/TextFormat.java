package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One free-text bounce format: how to recognise it and where its recipients and replies are. Each
 * subclass documents the text it reads, from the MTA's or provider's public documentation or
 * source, and has its own test.
 */
abstract class TextFormat {
  /** An address as bounces print it: local part, {@code @}, a dotted domain. */
  static final String ADDRESS =
      "[\\p{L}\\p{N}._%+\\-=!#$&'*/?^`{|}~]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,62}"
          + "[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,62}[\\p{L}\\p{N}])?)+";

  static final Pattern ANY_ADDRESS = Pattern.compile(ADDRESS);

  /** The format's name, e.g. {@code postfix}, as {@code Bounce.getFormat()} reports it. */
  abstract String name();

  /**
   * Whether the message is in this format.
   *
   * @param headers the outermost From and Subject values, lower case, joined by a newline
   * @param lowerText the start of the text part ({@link FreeText#RECOGNITION_WINDOW} characters) in
   *     lower case, computed once for all formats
   */
  abstract boolean matches(String headers, String lowerText);

  /** The recipients of the text, in order; empty if none is found. */
  abstract List<Found> extract(String text);

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean containsAny(String haystackLower, String... needles) {
    for (String n : needles) {
      if (haystackLower.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines of a text, at CRLF, LF or CR, cut one at a time as the caller iterates, so that a
   * reader that stops early (at the copy of the returned message) does not cut the rest.
   */
  static Iterable<String> lines(String text) {
    return () ->
        new Iterator<String>() {
          private int start;

          @Override
          public boolean hasNext() {
            return start <= text.length();
          }

          @Override
          public String next() {
            if (start > text.length()) {
              throw new NoSuchElementException();
            }
            int n = text.length();
            int i = start;
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
              i++;
            }
            String line = text.substring(start, i);
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
              i++;
            }
            start = i + 1;
            return line;
          }
        };
  }

  /**
   * Entries that start at a line matching {@code start} (group {@code addr} the recipient, optional
   * group {@code rest} the start of its text) and run until the next such line, a blank line when
   * {@code blankEnds}, or a line matching {@code stop}.
   */
  static List<Found> blocks(
      String text,
      Pattern start,
      @Nullable Pattern stop,
      boolean blankEnds,
      @Nullable String preferAfter) {
    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String addr = null;
    StringBuilder body = new StringBuilder();
    for (String line : lines(text)) {
      Matcher m = start.matcher(line);
      boolean begins = m.find();
      boolean ends =
          begins || (blankEnds && line.isBlank()) || (stop != null && stop.matcher(line).find());
      if (ends && addr != null) {
        add(out, seen, addr, body.toString(), preferAfter);
        addr = null;
      }
      if (begins) {
        addr = m.group("addr");
        body.setLength(0);
        String rest = groupOrNull(m, "rest");
        if (rest != null) {
          body.append(rest).append(' ');
        }
      } else if (addr != null && !ends) {
        body.append(line.strip()).append(' ');
      }
      if (stop != null && !begins && stop.matcher(line).find()) {
        break;
      }
    }
    if (addr != null) {
      add(out, seen, addr, body.toString(), preferAfter);
    }
    return out;
  }

  static void add(
      List<Found> out, Set<String> seen, String addr, String body, @Nullable String preferAfter) {
    if (seen.add(lower(addr))) {
      out.add(Found.of(addr, body, preferAfter));
    }
  }

  private static @Nullable String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) { // the pattern has no such group
      return null;
    }
  }

  /** The text after the first line containing {@code markerLower}, or null if none does. */
  static @Nullable String after(String text, String markerLower) {
    int p = lower(text).indexOf(markerLower);
    if (p < 0) {
      return null;
    }
    int nl = text.indexOf('\n', p);
    return nl < 0 ? "" : text.substring(nl + 1);
  }
}
