package dev.smtpstatus.jakartamail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.dsn.Action;
import dev.smtpstatus.dsn.BounceReader;
import dev.smtpstatus.dsn.BounceReason;
import dev.smtpstatus.dsn.BouncedRecipient;
import dev.smtpstatus.dsn.write.DeliveryReport;
import dev.smtpstatus.dsn.write.ReportRecipient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Sends through Angus Mail to a SubEthaSMTP server on loopback that rejects some recipients with
 * chosen replies, and checks the typed result of each: a single-line reply, a multi-line one, one
 * without an enhanced status code, and a rejected DATA.
 */
class JakartaMailFailuresTest {
  /** The wire form of each rejected recipient's reply, as the server sends it. */
  private static final Map<String, String> REPLIES =
      Map.of(
          "unknown@example.org", "550 5.1.1 <unknown@example.org>: Recipient address rejected",
          "full@example.org", "452-4.2.2 The mailbox is full.\r\n452 4.2.2 Please try again later.",
          "plain@example.org", "550 No such user here");

  /** A rejection that puts a given wire form on the wire (SubEthaSMTP adds the final CRLF). */
  private static final class Rejection extends RejectException {
    private static final long serialVersionUID = 1L;
    private final String wire;

    Rejection(String wire) {
      super(Integer.parseInt(wire.substring(0, 3)), wire.substring(4));
      this.wire = wire;
    }

    @Override
    public String getErrorResponse() {
      return wire;
    }
  }

  private SMTPServer server;

  private void start(String dataReply) {
    server =
        SMTPServer.port(0)
            .bindAddress(InetAddress.getLoopbackAddress())
            .hostName("mx.example.test")
            .messageHandlerFactory(
                context ->
                    new MessageHandler() {
                      @Override
                      public void from(String from) {}

                      @Override
                      public void recipient(String recipient) throws RejectException {
                        String wire = REPLIES.get(recipient);
                        if (wire != null) {
                          throw new Rejection(wire);
                        }
                      }

                      @Override
                      public String data(InputStream data) throws IOException, RejectException {
                        data.readAllBytes();
                        if (dataReply != null) {
                          throw new Rejection(dataReply);
                        }
                        return null;
                      }

                      @Override
                      public void done() {}
                    })
            .build();
    server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private MessagingException send(boolean partial, String... to) throws MessagingException {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "127.0.0.1");
    p.setProperty("mail.smtp.port", Integer.toString(server.getPortAllocated()));
    p.setProperty("mail.smtp.sendpartial", Boolean.toString(partial));
    p.setProperty("mail.smtp.connectiontimeout", "5000");
    p.setProperty("mail.smtp.timeout", "5000");
    Session session = Session.getInstance(p);
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress("alice@example.com"));
    for (String t : to) {
      m.addRecipient(Message.RecipientType.TO, new InternetAddress(t));
    }
    m.setSubject("hello");
    m.setText("Hello.");
    return assertThrows(MessagingException.class, () -> Transport.send(m));
  }

  private static Map<String, BouncedRecipient> byAddress(MessagingException e) {
    return JakartaMailFailures.recipients(e).stream()
        .collect(Collectors.toMap(BouncedRecipient::getRecipient, Function.identity()));
  }

  @Test
  void rejectedRecipientsAreTypedFromTheirOwnReplies() throws Exception {
    start(null);
    MessagingException e =
        send(
            true, "ok@example.org", "unknown@example.org", "full@example.org", "plain@example.org");
    Map<String, BouncedRecipient> r = byAddress(e);
    assertEquals(4, r.size(), r.toString());

    BouncedRecipient unknown = r.get("unknown@example.org");
    assertEquals(550, unknown.getCode().getValue());
    assertEquals("5.1.1", String.valueOf(unknown.getStatus()));
    assertEquals(Boolean.TRUE, unknown.getPermanent());
    assertEquals(BounceReason.UNKNOWN_RECIPIENT, unknown.getReason());
    assertEquals(
        List.of("<unknown@example.org>: Recipient address rejected"),
        unknown.getReply().getLines());

    BouncedRecipient full = r.get("full@example.org");
    assertEquals(452, full.getCode().getValue());
    assertEquals("4.2.2", String.valueOf(full.getStatus()));
    assertEquals(
        List.of("The mailbox is full.", "Please try again later."), full.getReply().getLines());
    assertEquals(Boolean.FALSE, full.getPermanent());
    assertEquals(BounceReason.MAILBOX_FULL, full.getReason());

    BouncedRecipient plain = r.get("plain@example.org");
    assertEquals(550, plain.getCode().getValue());
    assertNull(plain.getStatus());
    assertEquals(Boolean.TRUE, plain.getPermanent());
    assertEquals(BounceReason.UNKNOWN_RECIPIENT, plain.getReason());

    BouncedRecipient ok = r.get("ok@example.org");
    assertEquals(Action.DELIVERED, ok.getAction());
    assertEquals(BounceReason.NOT_A_FAILURE, ok.getReason());
    assertNull(ok.getPermanent());
  }

  @Test
  void aFailureInTheSessionIsTypedAsTheSameFailureInABounce() throws Exception {
    start(null);
    MessagingException e = send(false, "ok@example.org", "unknown@example.org", "full@example.org");
    for (BouncedRecipient session : JakartaMailFailures.recipients(e)) {
      SmtpReply reply = session.getReply();
      if (reply == null) {
        continue;
      }
      byte[] dsn =
          DeliveryReport.of("mail.example.com", "postmaster@mail.example.com", "alice@example.com")
              .withRecipient(ReportRecipient.ofReply(session.getRecipient(), reply))
              .toBytes();
      BouncedRecipient bounce = BounceReader.defaults().read(dsn).getRecipients().get(0);
      assertEquals(bounce.getRecipient(), session.getRecipient());
      assertEquals(bounce.getStatus(), session.getStatus());
      assertEquals(bounce.getCode(), session.getCode());
      assertEquals(bounce.getReply(), session.getReply());
      assertEquals(bounce.getPermanent(), session.getPermanent());
      assertEquals(bounce.getReason(), session.getReason());
    }
  }

  @Test
  void withoutPartialSendingTheValidAddressesAreNotSentAndSaySo() throws Exception {
    start(null);
    MessagingException e = send(false, "ok@example.org", "unknown@example.org");
    Map<String, BouncedRecipient> r = byAddress(e);
    assertEquals(BounceReason.UNKNOWN_RECIPIENT, r.get("unknown@example.org").getReason());
    BouncedRecipient ok = r.get("ok@example.org");
    assertNull(ok.getPermanent(), ok.toString());
    assertEquals(BounceReason.OTHER, ok.getReason());
  }

  @Test
  void aRejectedDataGivesEveryRecipientItsReply() throws Exception {
    start("554 5.7.1 Message rejected as spam");
    MessagingException e = send(false, "ok@example.org", "other@example.org");
    List<BouncedRecipient> r = JakartaMailFailures.recipients(e);
    assertEquals(2, r.size(), r.toString());
    for (BouncedRecipient x : r) {
      assertEquals(554, x.getCode().getValue());
      assertEquals("5.7.1", String.valueOf(x.getStatus()));
      assertEquals(BounceReason.SPAM_OR_CONTENT, x.getReason());
      assertEquals(Boolean.TRUE, x.getPermanent());
    }
  }

  @Test
  void aPlainSendFailedExceptionStillNamesItsAddresses() throws Exception {
    SendFailedException e =
        new SendFailedException(
            "Invalid Addresses",
            null,
            new InternetAddress[] {new InternetAddress("a@example.org")},
            new InternetAddress[] {new InternetAddress("b@example.org")},
            new InternetAddress[] {new InternetAddress("c@example.org")});
    Map<String, BouncedRecipient> r = byAddress(e);
    assertEquals(BounceReason.NOT_A_FAILURE, r.get("a@example.org").getReason());
    assertEquals(BounceReason.OTHER, r.get("b@example.org").getReason());
    assertEquals(BounceReason.UNKNOWN_RECIPIENT, r.get("c@example.org").getReason());
    assertEquals("Invalid Addresses", r.get("c@example.org").getDiagnostic());
    assertEquals(List.of(), JakartaMailFailures.recipients(new MessagingException("no route")));
  }
}
