package dev.smtpstatus.dsn.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Amazon SES's bounce to the sender (Amazon SES Developer Guide, "Email feedback"): "An error
 * occurred while trying to deliver the mail to the following recipients:" and one address per line.
 * The reply, where SES gives one, follows the list; otherwise the classification rests on the text.
 */
final class AmazonSesFormat extends TextFormat {
  private static final Pattern START =
      Pattern.compile("^\\s*<?(?<addr>" + ADDRESS + ")>?:?\\s*(?<rest>.*)$");

  @Override
  String name() {
    return "amazonses";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    return headers.contains("amazonses.com")
        || lowerText.contains(
            "an error occurred while trying to deliver the mail to the following");
  }

  @Override
  List<Found> extract(String text) {
    String list = after(text, "to the following recipients");
    return blocks(list == null ? text : list, START, null, false, null);
  }
}
