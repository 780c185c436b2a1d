package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The fallback for a bounce in no known format. Only a message that says it is one (From a
 * mailer-daemon or postmaster, or a Subject about a failed delivery) is read, and then each
 * paragraph (text between blank lines) with an address and a failure reply ({@link ReplyFinder})
 * that starts a line or follows {@code said:}, {@code returned}, {@code error:} or {@code
 * response:} gives its first address and that reply. So "Room 450 on floor 5" in a personal message
 * is not a reply.
 */
final class GenericFormat extends TextFormat {
  @Override
  String name() {
    return "generic";
  }

  @Override
  boolean matches(String headers, String text) {
    return containsAny(
        headers,
        "mailer-daemon",
        "postmaster",
        "mail delivery",
        "undeliver",
        "undelivered",
        "delivery status",
        "delivery failure",
        "returned mail",
        "failure notice",
        "not delivered",
        "bounce");
  }

  private static final java.util.regex.Pattern CUED =
      java.util.regex.Pattern.compile(
          "(?im)(^[\\s>'\"#<(]*|(said|returned|error|response|reply|reason)\\s*:?\\s*'?)$");

  /** Whether the reply at {@code start} starts a line or follows a cue word. */
  private static boolean cued(String paragraph, int start) {
    int lineStart = Math.max(paragraph.lastIndexOf('\n', start - 1) + 1, 0);
    String before = paragraph.substring(Math.max(lineStart, start - 40), start);
    return CUED.matcher(before).find();
  }

  @Override
  List<Found> extract(String text) {
    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String paragraph : text.split("(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)")) {
      ReplyFinder.Hit hit = ReplyFinder.find(paragraph, 0);
      while (hit != null && !cued(paragraph, hit.start())) {
        hit = ReplyFinder.find(paragraph, hit.start() + 1);
      }
      if (hit == null) {
        continue;
      }
      String p = paragraph.substring(hit.start()).replaceAll("\\s+", " ");
      Matcher m = ANY_ADDRESS.matcher(paragraph);
      if (m.find()) {
        add(out, seen, m.group(), p, null);
      }
    }
    return out;
  }
}
