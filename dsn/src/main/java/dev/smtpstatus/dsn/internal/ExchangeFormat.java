package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Exchange, Exchange Online (Office 365) and Outlook.com non-delivery reports ("NDR",
 * Microsoft Learn: "Email non-delivery reports and SMTP errors in Exchange Online"): "Delivery has
 * failed to these recipients or groups:", and under "Diagnostic information for administrators:"
 * the recipient followed by the remote reply:
 *
 * <pre>
 * bob@example.org
 * Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
 * </pre>
 *
 * Older Exchange writes {@code #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##}, and Exchange
 * 2003 {@code Remote Server returned '< #5.1.1 smtp;550 5.1.1 User unknown>'} or, under "Your
 * message did not reach some or all of the intended recipients." and "The following recipient(s)
 * cannot be reached:", the address with a date and {@code <mx.example.net #5.1.1 smtp;550 5.1.1
 * <bob@example.org>... User unknown>} at the end of a line. Each reply belongs to the closest
 * address before it. Without any reply, the recipients listed under "Delivery has failed to these
 * recipients or groups:" are kept with the paragraph that explains them.
 */
final class ExchangeFormat extends TextFormat {
  private static final Pattern REPLY =
      Pattern.compile(
          "(?im)Remote Server returned '([^\\r\\n]{1,2000}?)'[ \\t]*$"
              + "|Remote Server returned '([^']{1,2000})'|#([45][0-9]{2} [^#\\n]{1,2000})##"
              + "|<[^<>#\\s]{0,255} ?#[245]\\.[0-9]{1,3}\\.[0-9]{1,3} smtp; ?([^\\r\\n]{1,2000}?)>"
              + "[ \\t]*$");

  @Override
  String name() {
    return "exchange";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("delivery has failed to these recipients")
        || t.contains("diagnostic information for administrators")
        || t.contains("remote server returned")
        || t.contains("your message couldn't be delivered")
        || t.contains("did not reach some or all of the intended recipients")
        || t.contains("following recipient(s) cannot be reached");
  }

  @Override
  List<Found> extract(String text) {
    List<Found> out = extractReplies(text);
    if (!out.isEmpty()) {
      return out;
    }
    return listed(text);
  }

  /** Each {@code Remote Server returned '…'} or {@code #… ##} reply with the address before it. */
  List<Found> extractReplies(String text) {
    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = REPLY.matcher(text);
    while (m.find()) {
      // The quote that ends the line closes the reply, so that "weren't" inside it does not.
      String reply =
          m.group(1) != null
              ? m.group(1)
              : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      String before = text.substring(Math.max(0, m.start() - 2000), m.start());
      Matcher a = ANY_ADDRESS.matcher(before);
      String addr = null;
      while (a.find()) {
        addr = a.group();
      }
      if (addr != null) {
        add(out, seen, addr, reply, "smtp;");
      }
    }
    return out;
  }

  /** The recipients listed under "Delivery has failed to these recipients or groups:". */
  private static List<Found> listed(String text) {
    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String list = after(text, "delivery has failed to these recipients or groups:");
    if (list == null) {
      return out;
    }
    // Each address then the paragraph that explains it, up to the diagnostic section.
    String section = list;
    int end = lower(section).indexOf("diagnostic information for administrators");
    if (end >= 0) {
      section = section.substring(0, end);
    }
    Matcher a = ANY_ADDRESS.matcher(section);
    List<int[]> spans = new ArrayList<>();
    while (a.find()) {
      spans.add(new int[] {a.start(), a.end()});
    }
    for (int i = 0; i < spans.size(); i++) {
      int from = spans.get(i)[1];
      int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : section.length();
      add(out, seen, section.substring(spans.get(i)[0], from), section.substring(from, to), null);
    }
    return out;
  }
}
