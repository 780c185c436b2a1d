package dev.smtpstatus.dsn.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * OpenSMTPD's bounce (smtpd/bounce.c): "This is the MAILER-DAEMON, please DO NOT REPLY to this
 * email.", "An error has occurred while attempting to deliver a message for the following list of
 * recipients:", then one line per recipient, the address, a colon and the reply:
 *
 * <pre>
 * bob@example.org: 550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown
 * </pre>
 *
 * The list ends at "Below is a copy of the original message:".
 */
final class OpenSmtpdFormat extends TextFormat {
  private static final Pattern START =
      Pattern.compile("^\\s*<?(?<addr>" + ADDRESS + ")>?:\\s+(?<rest>\\S.*)$");
  private static final Pattern STOP = Pattern.compile("(?i)^\\s*Below is a copy of");

  @Override
  String name() {
    return "opensmtpd";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("this is the mailer-daemon, please do not reply")
        || t.contains("an error has occurred while attempting to deliver a message");
  }

  @Override
  List<Found> extract(String text) {
    return blocks(text, START, STOP, true, null);
  }
}
