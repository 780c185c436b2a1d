package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gmail's and Google Workspace's bounce (mailer-daemon@googlemail.com; Gmail Help "Fix bounced or
 * rejected emails"): "** Address not found **", "Your message wasn't delivered to bob@example.org
 * because …", then "The response from the remote server was:" and the reply; older ones "Delivery
 * to the following recipient failed permanently:" and "The error that the other server returned
 * was:"; a delay "There was a temporary problem delivering your message to bob@example.org".
 */
final class GmailFormat extends TextFormat {
  private static final Pattern RECIPIENT =
      Pattern.compile(
          "(?i)(?:wasn't delivered to|was not delivered to|your message to|delivering your message"
              + " to|failed permanently:|has been delayed:|recipient failed[^:\\n]{0,40}:)\\s*<?("
              + ADDRESS
              + ")>?");
  private static final String[] RESPONSE = {
    "the response from the remote server was:",
    "the error that the other server returned was:",
    "the response was:",
    "technical details of"
  };

  @Override
  String name() {
    return "gmail";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return headers.contains("googlemail.com")
        || headers.contains("google.com")
        || t.contains("wasn't delivered to")
        || t.contains("delivery to the following recipient");
  }

  @Override
  List<Found> extract(String text) {
    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String t = lower(text);
    String response = "";
    for (String marker : RESPONSE) {
      int p = t.indexOf(marker);
      if (p >= 0) {
        response = text.substring(p + marker.length());
        int end = response.indexOf("\n\n");
        int crEnd = response.indexOf("\r\n\r\n");
        if (end < 0 || (crEnd >= 0 && crEnd < end)) {
          end = crEnd;
        }
        if (end > 0 && !response.substring(0, end).isBlank()) {
          response = response.substring(0, end);
        }
        break;
      }
    }
    Matcher m = RECIPIENT.matcher(text);
    while (m.find()) {
      int lineEnd = text.indexOf('\n', m.end());
      String sentence = text.substring(m.start(), lineEnd < 0 ? text.length() : lineEnd);
      add(out, seen, m.group(1), response + " " + sentence, null);
    }
    return out;
  }
}
