package dev.smtpstatus.dsn.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Exim's bounce (the default bounce_message_text, Exim specification §"Bounce messages"): "This
 * message was created automatically by mail delivery software.", "The following address(es)
 * failed:" (or, for a delay warning, "has not yet been delivered to one or more of its
 * recipients"), then each address indented by two spaces and its explanation by four:
 *
 * <pre>
 *   bob@example.org
 *     host mx.example.org [192.0.2.10]
 *     SMTP error from remote mail server after RCPT TO:&lt;bob@example.org&gt;:
 *     550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown
 * </pre>
 *
 * The reply after "SMTP error from remote mail server" is preferred; the host's IP address is never
 * a code. The list ends at "------ This is a copy of the message".
 */
final class EximFormat extends TextFormat {
  private static final Pattern START =
      Pattern.compile("^ {1,3}<?(?<addr>" + ADDRESS + ")>?:?\\s*(?<rest>\\(.*)?$");
  private static final Pattern STOP = Pattern.compile("^-{3,} ?This is a copy|^Reporting-MTA:");

  @Override
  String name() {
    return "exim";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("this message was created automatically by mail delivery software")
        && (t.contains("following address(es) failed")
            || t.contains("not yet been delivered")
            || t.contains("could not be delivered"));
  }

  @Override
  List<Found> extract(String text) {
    String t = lower(text);
    int start = Math.max(t.indexOf("address(es)"), t.indexOf("recipients"));
    String list = start < 0 ? text : text.substring(start);
    return blocks(list, START, STOP, false, "smtp error from remote");
  }
}
