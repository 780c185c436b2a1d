package dev.smtpstatus.examples.client;

import dev.smtpstatus.SmtpReply;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo conversation: one SMTP session that provokes each reply the example server's handlers
 * declare, against the store of {@code MailboxStore.demo()} (domain {@code example.test}; alice has
 * room, carol is over quota, dave's mailbox is locked; the size limit is 4096 bytes).
 *
 * <pre>{@code
 * for (Exchange e : Conversation.run(server.getAddress())) {
 *   System.out.println(e.getSent() + "  ->  " + e.getMeaning().describe());
 * }
 * }</pre>
 */
public final class Conversation {
  /** A message small enough for the demo store. */
  public static final String SMALL_MESSAGE =
      "From: <sender@client.example>\r\n"
          + "To: <alice@example.test>\r\n"
          + "Subject: Hello\r\n"
          + "\r\n"
          + "Hello Alice.\r\n"
          + ".A line that starts with a dot travels dot-stuffed.";

  /** A message of about 6 kB, over the demo store's 4096-byte limit. */
  public static final String BIG_MESSAGE =
      "Subject: Attachment\r\n\r\n" + (("x".repeat(76) + "\r\n").repeat(80));

  private Conversation() {}

  /**
   * Connects to the server at {@code address}, runs the conversation and returns every exchange,
   * the greeting first.
   *
   * @throws IOException if the connection fails
   */
  public static List<Exchange> run(InetSocketAddress address) throws IOException {
    List<Exchange> log = new ArrayList<>();
    try (SmtpClient client = SmtpClient.connect(address)) {
      log.add(new Exchange("(connect)", client.getGreeting()));
      send(client, log, "EHLO client.example");
      send(client, log, "MAIL FROM:<sender@client.example>");
      send(client, log, "RCPT TO:<nobody@example.test>"); // 550 5.1.1
      send(client, log, "RCPT TO:<carol@example.test>"); // 452 4.2.2
      send(client, log, "RCPT TO:<someone@elsewhere.example>"); // 550 5.7.1
      send(client, log, "RCPT TO:<alice@example.test>"); // 250
      data(client, log, SMALL_MESSAGE); // 250 2.0.0

      send(client, log, "MAIL FROM:<sender@client.example>");
      send(client, log, "RCPT TO:<alice@example.test>");
      data(client, log, BIG_MESSAGE); // 552 5.3.4
      send(client, log, "RSET");

      send(client, log, "MAIL FROM:<sender@client.example>");
      send(client, log, "RCPT TO:<dave@example.test>");
      data(client, log, SMALL_MESSAGE); // 451 4.3.0
      send(client, log, "RSET");
      send(client, log, "QUIT");
    }
    return log;
  }

  private static void send(SmtpClient client, List<Exchange> log, String command)
      throws IOException {
    log.add(new Exchange(command, client.send(command)));
  }

  private static void data(SmtpClient client, List<Exchange> log, String message)
      throws IOException {
    SmtpReply go = client.send("DATA");
    log.add(new Exchange("DATA", go));
    if (go.getCode().getValue() == 354) {
      int size = message.getBytes(StandardCharsets.UTF_8).length;
      log.add(new Exchange("(message, " + size + " bytes)", client.sendContent(message)));
    }
  }
}
