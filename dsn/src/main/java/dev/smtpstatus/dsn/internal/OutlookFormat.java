package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlook.com's (Hotmail, Live, MSN) bounces. Today Outlook.com runs on Exchange Online and writes
 * its non-delivery report (Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange
 * Online"; Microsoft Support, "Outlook.com error codes"): "Your message to bob@example.org couldn't
 * be delivered.", often "bob wasn't found at example.org.", and under "Diagnostic information for
 * administrators:" the address and {@code Remote Server returned '550 5.5.0 Requested action not
 * taken: mailbox unavailable (S2017062302).'}. Older Hotmail and Windows SMTP service bounces list
 * the addresses, indented, under "Delivery to the following recipients failed." with no reply.
 *
 * <p>Recognised by a From or Sender at outlook.com, hotmail.com, live.com or msn.com, by the
 * Hotmail sentence, or by "This is an automatically generated Delivery Status Notification" from a
 * postmaster. The reply after {@code Remote Server returned} is read as in {@link ExchangeFormat}
 * (the {@code (S3150)}-style reference is a letter and digits, never a code); without one, the
 * "couldn't be delivered" sentence and the explanation after it are the text, and the classifier
 * reads them ("wasn't found" is an unknown recipient).
 */
final class OutlookFormat extends TextFormat {
  private static final Pattern COULD_NOT =
      Pattern.compile("(?i)Your message to <?(" + ADDRESS + ")>? couldn't be delivered\\.?");
  private static final Pattern LISTED =
      Pattern.compile("^\\s+<?(?<addr>" + ADDRESS + ")>?\\s*(?<rest>.*)$");
  private static final Pattern LIST_END = Pattern.compile("^\\S");
  private static final String HOTMAIL = "delivery to the following recipients failed";
  private final ExchangeFormat exchange = new ExchangeFormat();

  @Override
  String name() {
    return "outlook";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    return (headers.contains("@outlook.com")
            || headers.contains("@hotmail.com")
            || headers.contains("@live.com")
            || headers.contains("@msn.com"))
        || lowerText.contains(HOTMAIL)
        || (headers.contains("postmaster@")
            && lowerText.contains(
                "this is an automatically generated delivery status notification"));
  }

  @Override
  List<Found> extract(String text) {
    List<Found> replies = exchange.extractReplies(text);
    if (!replies.isEmpty()) {
      return replies;
    }
    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = COULD_NOT.matcher(text);
    while (m.find()) {
      // The sentence and the paragraph after it ("bob wasn't found at example.org.").
      int end = text.indexOf("\n\n", m.end());
      int crEnd = text.indexOf("\r\n\r\n", m.end());
      if (end < 0 || (crEnd >= 0 && crEnd < end)) {
        end = crEnd;
      }
      int stop = end < 0 ? Math.min(text.length(), m.end() + 500) : Math.min(end, m.end() + 500);
      add(out, seen, m.group(1), text.substring(m.start(), stop), null);
    }
    if (!out.isEmpty()) {
      return out;
    }
    String list = after(text, HOTMAIL);
    if (list == null) {
      return out;
    }
    // The indented list, up to the first line that starts at the margin; a blank line between the
    // sentence and the list is allowed.
    List<Found> listed = blocks(list, LISTED, LIST_END, false, null);
    for (Found f : listed) {
      add(
          out,
          seen,
          f.recipient(),
          "Delivery to the following recipients failed. " + f.text(),
          null);
    }
    return out;
  }
}
