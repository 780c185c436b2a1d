package dev.smtpstatus.dsn.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Courier mail server's bounce (courierdsn): "This is a delivery status notification from …,
 * running the Courier mail server, version …", "UNDELIVERABLE MAIL", then per recipient
 *
 * <pre>
 * &lt;bob@example.org&gt;:
 *     mx.example.org [192.0.2.10]:
 * &gt;&gt;&gt; RCPT TO:&lt;bob@example.org&gt;
 * &lt;&lt;&lt; 550 5.1.1 &lt;bob@example.org&gt;... User unknown
 * </pre>
 *
 * The reply is the one after the last {@code <<<} of the paragraph; the version and the IP address
 * are never codes.
 */
final class CourierFormat extends TextFormat {
  private static final Pattern START =
      Pattern.compile("^<(?<addr>" + ADDRESS + ")>:\\s*(?<rest>.*)$");

  @Override
  String name() {
    return "courier";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("courier mail server") || t.contains("undeliverable mail");
  }

  @Override
  List<Found> extract(String text) {
    return blocks(text, START, null, true, "<<<");
  }
}
