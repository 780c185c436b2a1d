package dev.smtpstatus.dsn.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * qmail's bounce (qmail-send, "qmail-send(8)"; the text is in qmail-send.c): "Hi. This is the
 * qmail-send program at …", then per recipient a line {@code <bob@example.org>:} and a paragraph,
 * for example
 *
 * <pre>
 * &lt;bob@example.org&gt;:
 * 192.0.2.10 does not like recipient.
 * Remote host said: 550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected
 * Giving up on 192.0.2.10.
 * </pre>
 *
 * or a local failure with a bare status: {@code Sorry, no mailbox here by that name. (#5.1.1)}. The
 * IP address that starts the paragraph is never a code ({@link ReplyFinder}); the reply after
 * {@code Remote host said:} is preferred. The paragraph ends at a blank line or at "--- Below this
 * line is a copy of the message."
 */
final class QmailFormat extends TextFormat {
  static final Pattern START = Pattern.compile("^<(?<addr>" + ADDRESS + ")>:\\s*(?<rest>.*)$");
  static final Pattern STOP = Pattern.compile("^--- (Below this line|Enclosed)");

  @Override
  String name() {
    return "qmail";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("qmail-send program") || t.contains("i'm afraid i wasn't able to deliver");
  }

  @Override
  List<Found> extract(String text) {
    return blocks(text, START, STOP, true, "said:");
  }
}
