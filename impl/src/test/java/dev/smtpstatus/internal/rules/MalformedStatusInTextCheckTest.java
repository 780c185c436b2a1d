package dev.smtpstatus.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.SmtpReply;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MalformedStatusInTextCheck}: failing cases (near misses), passing cases (text that merely
 * starts with a number), and the computed repair. The examples are those of docs/decisions/0610.
 */
class MalformedStatusInTextCheckTest {
  private final Check<LineStart> check = new MalformedStatusInTextCheck();

  private static List<Finding> findings(String reply) {
    return SmtpReply.parse(reply).getFindings().stream()
        .filter(f -> f.getRule() == Rule.MALFORMED_STATUS_IN_TEXT)
        .collect(Collectors.toList());
  }

  @Test
  void aLeadingZeroMatchesAndTheMessageSaysWhyAndWhatWasMeant() {
    LineStart in = new LineStart(ReplyCode.of(550), 1, "5.01.1");
    assertTrue(check.matches(in));
    assertEquals(
        "line 1 of the reply starts with 5.01.1 where an enhanced status code goes (RFC 2034 §4,"
            + " RFC 3463 §2), but it is not one: status \"5.01.1\": leading zero in the subject"
            + " (RFC 3463 §2: numbers are written without leading zeros) (at index 2). The reply"
            + " has no status and keeps 5.01.1 in its text; the sender probably meant 5.1.1.",
        check.message(in));
  }

  @Test
  void theParsedReplyKeepsStatusAndTextAndCarriesTheFinding() {
    SmtpReply reply = SmtpReply.parse("550 5.01.1 User unknown\r\n");
    assertNull(reply.getStatus());
    assertEquals("5.01.1 User unknown", reply.getText());
    List<Finding> found = findings("550 5.01.1 User unknown\r\n");
    assertEquals(1, found.size());
    assertEquals(
        check.message(new LineStart(ReplyCode.of(550), 1, "5.01.1")), found.get(0).getMessage());
    assertEquals(1, reply.getFindings().size(), reply.getFindings()::toString);
  }

  @Test
  void fullWidthDigitsAreNamedAndRepaired() {
    LineStart in = new LineStart(ReplyCode.of(550), 1, "\uFF15.1.1");
    assertTrue(check.matches(in));
    String m = check.message(in);
    assertTrue(m.contains("non-ASCII digit U+FF15 in the class"), m);
    assertTrue(m.endsWith("the sender probably meant 5.1.1."), m);
    // A digit outside the BMP (U+1D7D3, bold 5) counts like a full-width one.
    String bold = check.message(new LineStart(ReplyCode.of(550), 1, "\uD835\uDFD3.1.1"));
    assertTrue(bold.endsWith("the sender probably meant 5.1.1."), bold);
  }

  @Test
  void withoutARepairTheShapeIsSuggestedInTheReplyClass() {
    String m = check.message(new LineStart(ReplyCode.of(451), 1, "6.1.1"));
    assertTrue(m.contains("the class must be 2, 4 or 5"), m);
    assertTrue(m.endsWith("write class.subject.detail, e.g. 4.0.0."), m);
  }

  @Test
  void theFirstMatchingLineIsNamed() {
    List<Finding> found = findings("550-User unknown\r\n550-2 tries\r\n550 5.1 see above\r\n");
    assertEquals(1, found.size());
    assertTrue(found.get(0).getMessage().startsWith("line 3 of the reply starts with 5.1 "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5.01.1",
        "5.1.01",
        "5.1000.1",
        "5.1.1000",
        "6.1.1",
        "3.1.1",
        "1.2.3",
        "5.1",
        "4.7",
        "5.1.",
        "5..1",
        "5..1.1",
        "5.1.1.",
        "\uFF15.1.1",
        "5.\uFF11.1",
        "\u0665.\u0661.\u0661",
        "\uD835\uDFD3.1.1"
      })
  void nearMissesMatch(String token) {
    assertTrue(check.matches(new LineStart(ReplyCode.of(550), 1, token)), token);
    assertEquals(1, findings("550 " + token + " text\r\n").size(), token);
    assertEquals(1, findings("550 " + token + "\r\n").size(), token);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "250 2 recipients",
        "220 mail.example.org ESMTP",
        "250 8BITMIME",
        "220 192.0.2.1 ESMTP",
        "250 1.5 seconds",
        "214 1. HELO",
        "250 2.0.0 Ok",
        "550 5.1.1 User unknown",
        "250 12.3.4 text",
        "250 5.1.1.1 text",
        "550 X.1.1 unknown",
        "550 5,1,1 unknown",
        "550 5.O.0 unknown",
        "550 +5.1.1 unknown",
        "550 5. 1.1 unknown",
        "550  5.1.1 unknown",
        "250 0123456789.0123456789 long",
        "250 "
      })
  void ordinaryTextPasses(String line) {
    assertEquals(List.of(), findings(line + "\r\n"), line);
  }

  @Test
  void aValidStatusIsNotANearMiss() {
    assertFalse(check.matches(new LineStart(ReplyCode.of(550), 1, "5.1.1")));
    assertEquals(EnhancedStatusCode.parse("5.1.1"), SmtpReply.parse("550 5.1.1 x\r\n").getStatus());
  }
}
