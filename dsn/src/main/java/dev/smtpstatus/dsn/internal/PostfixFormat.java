package dev.smtpstatus.dsn.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Postfix's bounce (bounce(8), the default template of bounce(5)): "This is the mail system at host
 * …", then under "The mail system" one paragraph per recipient, continuation lines indented:
 *
 * <pre>
 * &lt;bob@example.org&gt;: host mx.example.org[192.0.2.10] said: 550 5.1.1
 *     &lt;bob@example.org&gt;: Recipient address rejected: User unknown (in reply to RCPT TO command)
 * </pre>
 *
 * The reply is the one after {@code said:}; a local failure ({@code <bob@example.com>: unknown
 * user: "bob"}) has text only.
 */
final class PostfixFormat extends TextFormat {
  private static final Pattern START =
      Pattern.compile(
          "^<(?<addr>" + ADDRESS + ")>(?: \\(expanded from <[^>]{0,300}>\\))?:\\s*(?<rest>.*)$");

  @Override
  String name() {
    return "postfix";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("this is the mail system at host")
        || t.contains("the mail system\n")
        || t.contains("the mail system\r");
  }

  @Override
  List<Found> extract(String text) {
    return blocks(text, START, null, true, "said:");
  }
}
