package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import dev.smtpstatus.api.SmtpCommand;
import dev.smtpstatus.internal.CommandReplyTable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ReplyCodeNotForCommandCheck}: failing and passing cases and the computed fix. */
class ReplyCodeNotForCommandCheckTest {
  private final Check<CommandReply> check = new ReplyCodeNotForCommandCheck();

  private static CommandReply reply(SmtpCommand command, int code, String status) {
    return CommandReply.of(command, ReplyCode.of(code), EnhancedStatusCode.parse(status));
  }

  /** The check's message is the engine's finding for the same input. */
  private String assertMatches(SmtpCommand command, int code, String status) {
    CommandReply input = reply(command, code, status);
    assertTrue(check.matches(input), () -> command + " " + code);
    String message = check.message(input);
    List<Finding> findings = Compatibility.check(command, code, status);
    assertTrue(
        findings.stream()
            .anyMatch(f -> f.getRule() == check.rule() && f.getMessage().equals(message)),
        findings::toString);
    return message;
  }

  @Test
  void aReplyCodeTheCommandNeverGetsWarnsWithTheCommandsCodes() {
    String m = assertMatches(SmtpCommand.RCPT, 221, "2.0.0");
    assertContains("reply code 221 (<domain> Service closing transmission channel)", m);
    assertContains("is not a reply to RCPT, which receives 250 or 251 as success", m);
    assertContains("RFC 5321 §4.3.2", m);
    assertContains("use 250 or 251 with 2.0.0", m);
    Finding f = Compatibility.check(SmtpCommand.RCPT, 221, "2.0.0").get(0);
    assertSame(Severity.WARNING, f.getSeverity());
    assertEquals("smtp-status/ReplyCodeNotForCommand", f.getTag());
  }

  @Test
  void quitGetsOnly221AsSuccess() {
    assertContains("which receives 221 as success", assertMatches(SmtpCommand.QUIT, 250, "2.0.0"));
    assertContains(
        "the greeting, which receives", assertMatches(SmtpCommand.GREETING, 221, "2.0.0"));
  }

  @Test
  void theFixNamesOnlyCodesTheRegistryPairsWithTheStatus() {
    // X.1.1 lists 451 and 550; AUTH gets neither, so no code is proposed.
    String m = assertMatches(SmtpCommand.AUTH, 550, "5.1.1");
    assertContains("choose the one that says what happened", m);
    assertFalse(m.contains("use 500"), m);
    // X.3.4 lists 552 and 554; HELP gets 554 (RFC 3207 §4.1), never 552.
    assertContains("use 554 with 5.3.4", assertMatches(SmtpCommand.HELP, 552, "5.3.4"));
  }

  @ParameterizedTest
  @CsvSource({
    "RCPT, 550, 5.1.1",
    "QUIT, 221, 2.0.0",
    "DATA, 354, 2.0.0",
    "RCPT, 554, 5.7.1",
    "AUTH, 535, 5.7.8",
    "GREETING, 421, 4.3.2",
  })
  void codesTheTableGivesTheCommandPass(SmtpCommand command, int code, String status) {
    assertFalse(check.matches(reply(command, code, status)));
    assertTrue(CommandReplyTable.allows(command, code));
  }

  @Test
  void aReplyWithoutStatusIsCheckedForItsCode() {
    CommandReply bye = CommandReply.of(SmtpCommand.RCPT, ReplyCode.of(221), null);
    assertTrue(check.matches(bye));
    assertContains("check which command the reply answers.", check.message(bye));
    assertFalse(check.message(bye).contains("with null"), check.message(bye));
  }

  @Test
  void itIsAWarningOfItsOwnInput() {
    assertSame(Rule.REPLY_CODE_NOT_FOR_COMMAND, check.rule());
    assertSame(Rule.Input.COMMAND, check.rule().getInput());
    assertSame(Rule.Target.REPLY_CODE, check.rule().getTarget());
  }
}
