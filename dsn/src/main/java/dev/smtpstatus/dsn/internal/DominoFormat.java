package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * HCL (Lotus) Domino's delivery failure report: "Your message … was not delivered to:", the
 * addresses, "because:", and the reason, for example {@code User bob (bob@example.org) not listed
 * in Domino Directory}. Domino rarely gives a reply code; the reason text is classified.
 */
final class DominoFormat extends TextFormat {
  @Override
  String name() {
    return "domino";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("was not delivered to:") && t.contains("because:");
  }

  @Override
  List<Found> extract(String text) {
    String t = lower(text);
    int to = t.indexOf("was not delivered to:");
    int because = t.indexOf("because:", to);
    List<Found> out = new ArrayList<>();
    if (to < 0 || because < 0) {
      return out;
    }
    String reason = text.substring(because + "because:".length()).strip();
    int end = reason.indexOf("\n\n");
    if (end > 0) {
      reason = reason.substring(0, end);
    }
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = ANY_ADDRESS.matcher(text.substring(to, because));
    while (m.find()) {
      add(out, seen, m.group(), reason, null);
    }
    return out;
  }
}
