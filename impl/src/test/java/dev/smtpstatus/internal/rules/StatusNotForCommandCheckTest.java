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
import dev.smtpstatus.api.SmtpCommand;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link StatusNotForCommandCheck}: failing and passing cases and the computed fix. */
class StatusNotForCommandCheckTest {
  private final Check<CommandReply> check = new StatusNotForCommandCheck();

  private static CommandReply reply(SmtpCommand command, int code, String status) {
    return CommandReply.of(command, ReplyCode.of(code), EnhancedStatusCode.parse(status));
  }

  private String assertMatches(SmtpCommand command, int code, String status) {
    CommandReply input = reply(command, code, status);
    assertTrue(check.matches(input), () -> command + " " + code + " " + status);
    String message = check.message(input);
    List<Finding> findings = Compatibility.check(command, code, status);
    assertTrue(
        findings.stream()
            .anyMatch(f -> f.getRule() == check.rule() && f.getMessage().equals(message)),
        findings::toString);
    return message;
  }

  @Test
  void aRecipientStatusAtMailWarnsWithTheSendersStatuses() {
    String m = assertMatches(SmtpCommand.MAIL, 550, "5.1.1");
    assertContains(
        "status 5.1.1 (Bad destination mailbox address) is about a recipient's address", m);
    assertContains("but MAIL comes before any recipient is named (RFC 3463 §3.2, §3.3)", m);
    // X.1.8 lists 451 and 501 only: suggesting it with 550 would draw UnlistedReplyCode.
    assertContains("use 5.1.7 (Bad sender's mailbox address syntax) with 550, or send", m);
    assertContains("or send 5.1.1 in reply to RCPT.", m);
    assertEquals(
        "smtp-status/StatusNotForCommand",
        Compatibility.check(SmtpCommand.MAIL, 550, "5.1.1").get(0).getTag());
  }

  @Test
  void atMailWith501BothSenderStatusesAreSuggested() {
    assertContains(
        "use 5.1.7 (Bad sender's mailbox address syntax) or 5.1.8 (Bad sender's system address)"
            + " with 501",
        assertMatches(SmtpCommand.MAIL, 501, "5.1.1"));
  }

  @Test
  void noSuggestedStatusDrawsUnlistedReplyCodeWithTheSameCode() {
    java.util.regex.Pattern suggested =
        java.util.regex.Pattern.compile("(?:use | or )([245]\\.\\d{1,3}\\.\\d{1,3}) \\(");
    int checked = 0;
    for (SmtpCommand command : SmtpCommand.values()) {
      for (dev.smtpstatus.RegistryEntry e : dev.smtpstatus.StatusCodeRegistry.iana().getEntries()) {
        for (int code : new int[] {421, 450, 451, 452, 501, 550, 552, 553, 554}) {
          EnhancedStatusCode status = e.toStatusCode(dev.smtpstatus.api.StatusClass.of(code / 100));
          CommandReply input = CommandReply.of(command, ReplyCode.of(code), status);
          if (!check.matches(input)) {
            continue;
          }
          java.util.regex.Matcher m = suggested.matcher(check.message(input));
          while (m.find()) {
            List<Finding> findings = Compatibility.check(code, m.group(1));
            assertTrue(
                findings.stream().noneMatch(f -> f.getRule() == Rule.UNLISTED_REPLY_CODE),
                () -> command + " " + code + " " + status + " suggests " + m.group(1));
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 20, "suggestions checked: " + checked);
  }

  @Test
  void aMessageLengthLimitAtMailPointsToX34() {
    assertContains(
        "use 5.3.4 (Message too big for system)", assertMatches(SmtpCommand.MAIL, 552, "5.2.3"));
  }

  @Test
  void beforeMailTheFixIsAStatusAboutTheSessionThatTheRegistryPairsWithTheCode() {
    String m = assertMatches(SmtpCommand.EHLO, 550, "5.2.1");
    assertContains("a recipient's mailbox, but EHLO comes before", m);
    assertContains("with 550", m);
    assertFalse(m.contains("5.1."), m);
    assertContains("the greeting comes before", assertMatches(SmtpCommand.GREETING, 554, "5.1.10"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "MAIL,     553, 5.1.7", // the sender's own address statuses
    "MAIL,     553, 5.1.8",
    "RCPT,     553, 5.1.7", // servers that delay their sender checks until RCPT
    "MAIL,     552, 5.3.4", // SIZE at MAIL
    "MAIL,     550, 5.1.0", // "other address status": open
    "RCPT,     550, 5.1.1",
    "VRFY,     550, 5.1.1", // VRFY names an address
    "DATA,     550, 5.1.1", // after the data, per recipient: left open
    "RSET,     250, 2.1.5",
    "STARTTLS, 454, 4.7.0",
  })
  void whereTheRfcsOrPracticeLeaveItOpenThereIsNoFinding(
      SmtpCommand command, int code, String status) {
    assertFalse(check.matches(reply(command, code, status)));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "GREETING, 554, 5.1.2",
    "EHLO,     550, 5.1.1",
    "HELO,     250, 2.1.5",
    "STARTTLS, 454, 4.2.1",
    "AUTH,     535, 5.1.6",
    "MAIL,     452, 4.2.2",
    "MAIL,     550, 5.1.10",
  })
  void everyRecipientStatusAtEveryStageBeforeRecipientsWarns(
      SmtpCommand command, int code, String status) {
    assertTrue(check.matches(reply(command, code, status)));
  }

  @Test
  void aReplyWithoutStatusNeverMatches() {
    assertFalse(check.matches(CommandReply.of(SmtpCommand.MAIL, ReplyCode.of(550), null)));
    assertSame(Rule.Target.STATUS, check.rule().getTarget());
  }
}
