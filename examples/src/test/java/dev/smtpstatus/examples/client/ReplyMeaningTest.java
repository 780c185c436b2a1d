package dev.smtpstatus.examples.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.examples.client.ReplyMeaning.Retry;
import dev.smtpstatus.examples.server.ReplyRejection;
import dev.smtpstatus.testkit.junit.ReplyCodeStatusPairs;
import dev.smtpstatus.testkit.junit.SmtpReplies;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The client's reading of replies, over pairs and replies from the testkit's JUnit 5 argument
 * sources: whatever a server sends, the client reads it back whole, finds its title and gives the
 * advice its class calls for.
 */
class ReplyMeaningTest {

  @ParameterizedTest
  @ReplyCodeStatusPairs(count = 300, seed = 2034)
  void everyCompatiblePairIsExplainedAndAdvisedByItsClass(
      ReplyCode code, EnhancedStatusCode status) {
    SmtpReply sent = SmtpReply.of(code, status, List.of("as the server says it"));
    // What the example server would put on the wire for a refusal, and what the client reads.
    SmtpReply read =
        code.isPositive()
            ? SmtpReply.parse(sent.format())
            : SmtpReply.parse(new ReplyRejection(sent).getErrorResponse() + "\r\n");
    assertEquals(sent, read);

    ReplyMeaning meaning = ReplyMeaning.of(read);
    Retry expected =
        status.isTransient() ? Retry.LATER : status.isPermanent() ? Retry.NEVER : Retry.NOT_NEEDED;
    assertEquals(expected, meaning.getRetry(), meaning::describe);
    RegistryEntry entry = StatusCodeRegistry.iana().get(status);
    if (entry != null) {
      assertEquals(entry.getTitle(), meaning.getTitle());
    } else {
      assertTrue(meaning.getTitle().startsWith("unregistered " + status), meaning::describe);
    }
  }

  @ParameterizedTest
  @SmtpReplies(count = 300, seed = 5321)
  void anyReplyAServerMaySendIsReadAndAdvisedByItsCode(SmtpReply sent) {
    // Multiline, without status, tricky text: the socket client reads it back whole.
    SmtpReply read =
        sent.isTransient() || sent.isPermanent()
            ? SmtpReply.parse(new ReplyRejection(sent).getErrorResponse() + "\r\n")
            : SmtpReply.parse(sent.format());
    assertEquals(sent, read);

    ReplyMeaning meaning = ReplyMeaning.of(read);
    assertEquals(read.isTransient(), meaning.getRetry() == Retry.LATER, meaning::describe);
    assertEquals(read.isPermanent(), meaning.getRetry() == Retry.NEVER, meaning::describe);
    assertTrue(meaning.describe().startsWith(read.getCode().toString()), meaning::describe);
  }

  @ParameterizedTest
  @ReplyCodeStatusPairs(count = 200, seed = 3463, compatible = false)
  void aHandlerCannotBuildAMismatchedReplyAtRunTimeEither(
      ReplyCode code, EnhancedStatusCode status) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SmtpReply.of(code, status, List.of("text")));
    assertTrue(e.getMessage().contains("smtp-status/"), e.getMessage());
  }
}
