package dev.smtpstatus.examples.server;

import dev.smtpstatus.SmtpReply;
import java.util.Objects;

/**
 * Turns a positive {@code 250} {@link SmtpReply} into the string SubEthaSMTP's {@code
 * MessageHandler.data} returns to customise its answer to the end of DATA.
 *
 * <p>SubEthaSMTP writes {@code 250}, then the separator, then what {@code data} returned, one line
 * per CRLF-separated part. So the handler returns each formatted line without its {@code "250 "}
 * prefix; the wire then carries exactly {@link SmtpReply#format()}.
 */
public final class AcceptedData {
  private AcceptedData() {}

  /**
   * Returns the text SubEthaSMTP needs to send {@code reply} after DATA.
   *
   * @throws IllegalArgumentException if the reply code is not 250, the only code SubEthaSMTP sends
   *     there
   */
  public static String response(SmtpReply reply) {
    Objects.requireNonNull(reply, "reply == null");
    if (reply.getCode().getValue() != 250) {
      throw new IllegalArgumentException(
          "SubEthaSMTP answers an accepted DATA with 250, not " + reply.getCode());
    }
    StringBuilder out = new StringBuilder();
    for (String line : reply.format().split("\r\n")) {
      if (out.length() > 0) {
        out.append("\r\n");
      }
      out.append(line, 4, line.length()); // drop "250 " or "250-"
    }
    return out.toString();
  }
}
