package dev.smtpstatus.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smtpstatus.SmtpReply;
import org.junit.jupiter.api.Test;

/** The SubEthaSMTP adapters put exactly the SDK's wire form on the wire. */
class ReplyRejectionTest {

  @Test
  void rejectionSendsTheFormattedReplyWithoutTheFinalCrlf() {
    SmtpReply reply = SmtpReply.of(550, "5.1.1", "No such mailbox: bob@example.test");
    ReplyRejection rejection = new ReplyRejection(reply);

    assertEquals("550 5.1.1 No such mailbox: bob@example.test", rejection.getErrorResponse());
    assertEquals(550, rejection.getCode());
    assertSame(reply, rejection.getReply());
    // SubEthaSMTP appends CRLF: the client reads back the very same reply.
    assertEquals(reply, SmtpReply.parse(rejection.getErrorResponse() + "\r\n"));
  }

  @Test
  void multilineRejectionKeepsCodeAndStatusOnEveryLine() {
    SmtpReply reply = SmtpReply.of(452, "4.2.2", "Mailbox full", "The recipient is over quota");
    ReplyRejection rejection = new ReplyRejection(reply);

    assertEquals(
        "452-4.2.2 Mailbox full\r\n452 4.2.2 The recipient is over quota",
        rejection.getErrorResponse());
    assertEquals(reply, SmtpReply.parse(rejection.getErrorResponse() + "\r\n"));
  }

  @Test
  void onlyFailuresCanBeRejections() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReplyRejection(SmtpReply.of(250, "2.0.0", "Ok")));
    assertEquals("a rejection needs a 4xx or 5xx reply, not 250", e.getMessage());
  }

  @Test
  // 251 is deliberate (AcceptedData takes 250 only); the body scan would flag the unusual pair.
  @SuppressWarnings("smtp-status/UnlistedReplyCode")
  void acceptedDataIsTheReplyWithoutItsCode() {
    assertEquals(
        "2.0.0 Message queued",
        AcceptedData.response(SmtpReply.of(250, "2.0.0", "Message queued")));
    assertEquals(
        "2.0.0 Queued\r\n2.0.0 as 1234",
        AcceptedData.response(SmtpReply.of(250, "2.0.0", "Queued", "as 1234")));
    assertThrows(
        IllegalArgumentException.class,
        () -> AcceptedData.response(SmtpReply.of(251, "2.1.5", "forwarded")));
  }
}
