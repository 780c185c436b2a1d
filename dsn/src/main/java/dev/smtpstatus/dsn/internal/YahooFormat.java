package dev.smtpstatus.dsn.internal;

import java.util.List;

/**
 * Yahoo Mail's bounce (its MTA descends from qmail): "Sorry, we were unable to deliver your message
 * to the following address.", then {@code <bob@yahoo.com>:} and the remote reply, which Yahoo often
 * writes with a colon after the code:
 *
 * <pre>
 * &lt;bob@yahoo.com&gt;:
 * 554: delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1.mail.example
 * </pre>
 *
 * or {@code Remote host said: 552 1 Requested mail action aborted, mailbox not found}.
 */
final class YahooFormat extends TextFormat {
  @Override
  String name() {
    return "yahoo";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    return lowerText.contains("we were unable to deliver your message to the following address");
  }

  @Override
  List<Found> extract(String text) {
    return blocks(text, QmailFormat.START, QmailFormat.STOP, true, "said:");
  }
}
