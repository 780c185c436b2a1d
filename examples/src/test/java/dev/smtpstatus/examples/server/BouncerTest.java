package dev.smtpstatus.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The example server bounces a message it accepted for bob and could not deliver: the DSN travels
 * over SMTP to the sender's server (another SubEthaSMTP on loopback), and {@code smtp-status
 * bounce} reads it back.
 */
class BouncerTest {
  @Test
  void aRealDsnReachesTheSenderAndReadsBack() throws IOException {
    List<String> senders = new CopyOnWriteArrayList<>();
    List<byte[]> received = new CopyOnWriteArrayList<>();
    SMTPServer senderMx =
        SMTPServer.port(0)
            .bindAddress(InetAddress.getLoopbackAddress())
            .hostName("client.example")
            .messageHandlerFactory(
                context ->
                    new MessageHandler() {
                      @Override
                      public void from(String from) {
                        senders.add(from);
                      }

                      @Override
                      public void recipient(String recipient) {}

                      @Override
                      public String data(InputStream data) throws IOException {
                        received.add(data.readAllBytes());
                        return null;
                      }

                      @Override
                      public void done() {}
                    })
            .build();
    senderMx.start();
    try {
      byte[] original =
          "From: alice@client.example\r\nTo: bob@example.test\r\nSubject: hi\r\n\r\nHello.\r\n"
              .getBytes(StandardCharsets.US_ASCII);
      byte[] dsn =
          Bouncer.report(
              "mx.example.test",
              "alice@client.example",
              "bob@example.test",
              SmtpReply.parse("550 5.1.1 <bob@example.test>: Recipient address rejected"),
              original);
      SmtpReply done =
          Bouncer.send(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), senderMx.getPortAllocated()),
              "alice@client.example",
              dsn);
      assertEquals(250, done.getCode().getValue(), done.toString());
    } finally {
      senderMx.stop();
    }
    assertEquals(List.of(""), senders);
    assertEquals(1, received.size());

    StringWriter out = new StringWriter();
    int exit =
        Main.run(
            new String[] {"bounce", "--format", "json"},
            new ByteArrayInputStream(received.get(0)),
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));
    assertEquals(0, exit, out.toString());
    String json = out.toString();
    assertTrue(json.contains("\"recipient\": \"bob@example.test\""), json);
    assertTrue(json.contains("\"status\": \"5.1.1\""), json);
    assertTrue(json.contains("\"permanent\": true"), json);
    assertTrue(json.contains("\"reason\": \"unknown_recipient\""), json);
    assertTrue(json.contains("\"findings\": []"), json);
  }
}
