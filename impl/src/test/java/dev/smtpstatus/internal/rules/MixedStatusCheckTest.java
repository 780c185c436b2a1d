package dev.smtpstatus.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.SmtpReply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MixedStatusCheck}: a failing case, a passing case and the computed fix. */
class MixedStatusCheckTest {
  private final Check<ReplyLines> check = new MixedStatusCheck();

  @Test
  void linesWithAnotherStatusMatchAndTheFixIsTheFirstStatusOnEveryLine() {
    ReplyLines lines =
        new ReplyLines(EnhancedStatusCode.parse("5.1.1"), 1, 2, EnhancedStatusCode.parse("5.1.2"));
    assertTrue(check.matches(lines));
    assertEquals(
        "line 1 of the reply carries status 5.1.1 but line 2 carries 5.1.2: every line of a"
            + " multiline reply carries the same enhanced status code (RFC 2034 §4). The reply's"
            + " status is 5.1.1, the first one it carries; other lines keep theirs in their text."
            + " Send 5.1.1 on every line.",
        check.message(lines));
  }

  @Test
  void aLineWithoutAStatusIsNamedAsCarryingNone() {
    ReplyLines lines = new ReplyLines(EnhancedStatusCode.parse("5.1.1"), 2, 1, null);
    assertTrue(check.matches(lines));
    assertTrue(
        check
            .message(lines)
            .startsWith("line 2 of the reply carries status 5.1.1 but line 1 carries none:"));
  }

  @Test
  void linesThatAgreePass() {
    assertFalse(check.matches(new ReplyLines(EnhancedStatusCode.parse("5.1.1"), 1, 0, null)));
    assertEquals(List.of(), SmtpReply.parse("550-5.1.1 a\r\n550 5.1.1 b\r\n").getFindings());
  }

  @Test
  void theParserReportsWhereAndTheEngineWords() {
    List<Finding> findings = SmtpReply.parse("550-5.1.1 a\r\n550 5.1.2 b\r\n").getFindings();
    assertEquals(1, findings.size());
    assertEquals(Rule.MIXED_STATUS, findings.get(0).getRule());
    ReplyLines where =
        new ReplyLines(EnhancedStatusCode.parse("5.1.1"), 1, 2, EnhancedStatusCode.parse("5.1.2"));
    assertEquals(check.message(where), findings.get(0).getMessage());
  }
}
