package dev.smtpstatus.examples.server;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.dsn.write.DeliveryReport;
import dev.smtpstatus.dsn.write.ReportRecipient;
import dev.smtpstatus.examples.client.SmtpClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the example server does with a message it accepted and then could not deliver: it writes a
 * delivery status notification with smtp-status-dsn's {@link DeliveryReport} (RFC 3464 in RFC 6522
 * {@code multipart/report}) and sends it to the message's envelope sender with an empty reverse
 * path, so that no bounce answers it (RFC 5321 §4.5.5).
 *
 * <pre>{@code
 * byte[] dsn = Bouncer.report("mx.example.test", "alice@client.example", "bob@example.test",
 *     SmtpReply.parse("550 5.1.1 <bob@example.test>: no such user"), originalMessage);
 * Bouncer.send(senderMx, "alice@client.example", dsn);   // 250 when the sender's MX took it
 * }</pre>
 */
public final class Bouncer {
  private Bouncer() {}

  /**
   * The report for one recipient that failed after the server accepted the message.
   *
   * @param reportingHost this server's host name ({@code Reporting-MTA})
   * @param sender the original message's envelope sender, to whom the report goes
   * @param recipient the recipient that could not be delivered to
   * @param failure the reply of the next hop that refused it (its Diagnostic-Code)
   * @param original the original message, whose header is returned
   */
  public static byte[] report(
      String reportingHost, String sender, String recipient, SmtpReply failure, byte[] original) {
    return DeliveryReport.of(reportingHost, "MAILER-DAEMON@" + reportingHost, sender)
        .withRecipient(ReportRecipient.ofReply(recipient, failure))
        .withReturnedHeaders(original)
        .toBytes();
  }

  /**
   * Sends a report to {@code sender} through the SMTP server at {@code senderMx}: {@code MAIL
   * FROM:<>}, {@code RCPT TO:<sender>}, {@code DATA}.
   *
   * @return the server's reply to the end of the data
   * @throws IOException if the connection fails
   * @throws IllegalStateException if the server refuses a command
   */
  public static SmtpReply send(InetSocketAddress senderMx, String sender, byte[] report)
      throws IOException {
    Objects.requireNonNull(report, "report == null");
    try (SmtpClient client = SmtpClient.connect(senderMx)) {
      expect(client.send("EHLO mx.example.test"), 2);
      expect(client.send("MAIL FROM:<>"), 2);
      expect(client.send("RCPT TO:<" + sender + ">"), 2);
      expect(client.send("DATA"), 3);
      SmtpReply done = client.sendContent(new String(report, StandardCharsets.UTF_8));
      client.send("QUIT");
      return done;
    }
  }

  private static void expect(SmtpReply reply, int digit) {
    if (reply.getCode().getValue() / 100 != digit) {
      throw new IllegalStateException("the sender's server refused: " + reply.format().strip());
    }
  }
}
