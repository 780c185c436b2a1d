package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The fallback for a bounce in no known format
 * (docs/decisions/0711-replies-outside-known-formats.md). Only a message that says it is one (From
 * a mailer-daemon or postmaster, or a Subject about a failed or undeliverable message) is read. A
 * failure reply ({@link ReplyFinder}) counts when it starts a line, follows a transcript arrow
 * ({@code <--}, {@code <<<}) or a cue word ({@code said:}, {@code returned}, {@code replied:},
 * {@code error:}, {@code response:}, {@code reason:}, {@code smtp;}…), so "Room 450 on floor 5" in
 * a personal message is not a reply. Per paragraph (text between blank lines), the first such reply
 * belongs to the address on its own line, else to the last address before it in the paragraph (a
 * transcript names the sender first). When no paragraph has both, the first reply belongs to the
 * one address the bounce's own text names, if it names exactly one.
 */
final class GenericFormat extends TextFormat {
  @Override
  String name() {
    return "generic";
  }

  @Override
  boolean matches(String headers, String lowerText) {
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
        "nondeliver",
        "non-deliver",
        "could not be delivered",
        "couldn't be delivered",
        "delivery notification",
        "delivery problem",
        "delivery report",
        "returned to sender",
        "mail system error",
        "bounce");
  }

  private static final java.util.regex.Pattern CUED =
      java.util.regex.Pattern.compile(
          "(?im)(^[\\s>'\"#<(]*|(<--|<<<)\\s*|(said|returned|error|response|reply|replied|reason|smtp;"
              + "|diagnostic-code|details?|message)\\s*:?\\s*'?)$");

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
    String firstReply = null;
    for (String paragraph : text.split("(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)")) {
      ReplyFinder.Hit hit = ReplyFinder.find(paragraph, 0);
      while (hit != null && !cued(paragraph, hit.start())) {
        hit = ReplyFinder.find(paragraph, hit.start() + 1);
      }
      if (hit == null) {
        continue;
      }
      String p = paragraph.substring(hit.start()).replaceAll("\\s+", " ");
      String addr = addressFor(paragraph, hit.start());
      if (addr != null) {
        add(out, seen, addr, p, null);
      } else if (firstReply == null) {
        firstReply = p;
      }
    }
    if (out.isEmpty() && firstReply != null) {
      // The reply stands in a paragraph of its own ("Remote host said:" under the address, or a
      // transcript): it belongs to the one recipient the bounce names, when it names exactly one.
      String only = onlyRecipient(text);
      if (only != null) {
        add(out, seen, only, firstReply, null);
      }
    }
    return out;
  }

  /**
   * The recipient a reply at {@code start} is about: the address in the reply's own line ({@code
   * 550 5.1.1 <bob@example.org>... User unknown}), else the last address before it in the paragraph
   * (a transcript names the sender first), else null.
   */
  private static @Nullable String addressFor(String paragraph, int start) {
    int lineEnd = paragraph.indexOf('\n', start);
    Matcher own = ANY_ADDRESS.matcher(paragraph);
    own.region(start, lineEnd < 0 ? paragraph.length() : lineEnd);
    if (own.find()) {
      return own.group();
    }
    Matcher before = ANY_ADDRESS.matcher(paragraph);
    before.region(0, start);
    String last = null;
    while (before.find()) {
      last = before.group();
    }
    return last;
  }

  /**
   * The one address a bounce's own text names, not counting mailer-daemon, postmaster or no-reply
   * addresses; null if it names none or several. The text is read up to the copy of the returned
   * message (its first line that looks like a header field such as {@code Received:}).
   */
  private static @Nullable String onlyRecipient(String text) {
    Matcher header = RETURNED.matcher(text);
    String own = header.find() ? text.substring(0, header.start()) : text;
    String found = null;
    Matcher m = ANY_ADDRESS.matcher(own);
    while (m.find()) {
      String a = lower(m.group());
      if (a.startsWith("mailer-daemon@")
          || a.startsWith("postmaster@")
          || a.startsWith("no-reply@")
          || a.startsWith("noreply@")) {
        continue;
      }
      if (found != null && !lower(found).equals(a)) {
        return null;
      }
      found = m.group();
    }
    return found;
  }

  private static final java.util.regex.Pattern RETURNED =
      java.util.regex.Pattern.compile(
          "(?im)^(received|return-path|message-id|x-[a-z-]{1,40}|dkim-signature):\\s");
}
