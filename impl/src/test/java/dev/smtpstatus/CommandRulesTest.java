package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.api.SmtpCommand;
import dev.smtpstatus.internal.CommandReplyTable;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command rules through the facade: which fire, in which order, for which entry point. */
class CommandRulesTest {

  private static List<Rule> rules(List<Finding> findings) {
    return findings.stream().map(Finding::getRule).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
    // command, code, status, the rules that fire ("-" for none)
    "RCPT,     550, 5.1.1, -",
    "RCPT,     221, 2.0.0, REPLY_CODE_NOT_FOR_COMMAND",
    "QUIT,     250, 2.0.0, REPLY_CODE_NOT_FOR_COMMAND",
    "QUIT,     221, 2.0.0, -",
    "MAIL,     550, 5.1.1, STATUS_NOT_FOR_COMMAND",
    "MAIL,     553, 5.1.7, -", // the sender's own address statuses
    "MAIL,     553, 5.1.8, UNLISTED_REPLY_CODE",
    "RCPT,     553, 5.1.7, -", // a server that delays its checks until RCPT
    "MAIL,     552, 5.3.4, -", // SIZE at MAIL
    "MAIL,     552, 5.2.3, STATUS_NOT_FOR_COMMAND",
    "EHLO,     550, 5.2.1, STATUS_NOT_FOR_COMMAND",
    "GREETING, 554, 5.1.10, UNLISTED_REPLY_CODE STATUS_NOT_FOR_COMMAND", // X.1.10: null MX
    "RCPT,     556, 5.1.10, -",
    "STARTTLS, 454, 4.7.0, -",
    "AUTH,     535, 5.7.8, -",
    "AUTH,     550, 5.1.1, REPLY_CODE_NOT_FOR_COMMAND STATUS_NOT_FOR_COMMAND",
    "AUTH,     535, 5.1.1, UNLISTED_REPLY_CODE STATUS_NOT_FOR_COMMAND",
    "VRFY,     550, 5.1.1, -", // VRFY names an address: left open
    "DATA,     550, 5.1.1, -", // per-recipient failures after the data are left open
    "RSET,     250, 2.0.0, -",
    "GREETING, 221, 2.0.0, REPLY_CODE_NOT_FOR_COMMAND",
    "HELO,     250, 2.1.5, STATUS_NOT_FOR_COMMAND",
    "EHLO,     221, 2.1.5, UNLISTED_REPLY_CODE REPLY_CODE_NOT_FOR_COMMAND STATUS_NOT_FOR_COMMAND",
    "RCPT,     452, 5.3.4, CLASS_MISMATCH", // errors come alone
  })
  void commandRules(SmtpCommand command, int code, String status, String expected) {
    List<Rule> want =
        expected.equals("-")
            ? List.of()
            : List.of(expected.split(" ")).stream().map(Rule::valueOf).collect(Collectors.toList());
    List<Finding> findings = Compatibility.check(command, code, status);
    assertEquals(want, rules(findings), findings::toString);
    // The typed overload and the reply overload agree with the text one.
    ReplyCode c = ReplyCode.ofOrNull(code);
    EnhancedStatusCode s = EnhancedStatusCode.parseOrNull(status);
    if (c != null && s != null) {
      assertEquals(findings, Compatibility.check(command, c, s));
      if (!Compatibility.hasErrors(findings)) {
        assertEquals(findings, Compatibility.check(command, SmtpReply.of(c, s, List.of("x"))));
      }
    }
  }

  @Test
  void withoutACommandThePairRulesAloneApply() {
    for (SmtpCommand command : SmtpCommand.values()) {
      List<Finding> withCommand = Compatibility.check(command, 552, "5.3.4");
      List<Finding> pair = Compatibility.check(552, "5.3.4");
      assertEquals(pair, withCommand.subList(0, pair.size()));
      assertEquals(
          !CommandReplyTable.allows(command, 552),
          rules(withCommand).contains(Rule.REPLY_CODE_NOT_FOR_COMMAND),
          command::toString);
    }
  }

  @Test
  void aReplyWithoutStatusIsCheckedForItsCodeOnly() {
    SmtpReply bye = SmtpReply.of(221, null, "bye");
    assertEquals(List.of(), Compatibility.check(SmtpCommand.QUIT, bye));
    assertEquals(
        List.of(Rule.REPLY_CODE_NOT_FOR_COMMAND),
        rules(Compatibility.check(SmtpCommand.RCPT, bye)));
  }

  @Test
  void messagesNameTheCommandTheRuleAndAFixFromTheTableAndTheRegistry() {
    Finding code = Compatibility.check(SmtpCommand.RCPT, 221, "2.0.0").get(0);
    assertTrue(code.getMessage().contains("is not a reply to RCPT"), code::toString);
    assertTrue(code.getMessage().contains("RFC 5321 §4.3.2"), code::toString);
    assertTrue(code.getMessage().contains("use 250 or 251 with 2.0.0"), code::toString);
    assertEquals("smtp-status/ReplyCodeNotForCommand", code.getTag());

    Finding status = Compatibility.check(SmtpCommand.MAIL, 550, "5.1.1").get(0);
    assertTrue(status.getMessage().contains("MAIL comes before any recipient"), status::toString);
    assertTrue(status.getMessage().contains("5.1.7 (Bad sender's mailbox address syntax)"));
    assertTrue(status.getMessage().contains("RFC 3463 §3.2"), status::toString);
    assertEquals("smtp-status/StatusNotForCommand", status.getTag());

    Finding size = Compatibility.check(SmtpCommand.MAIL, 552, "5.2.3").get(0);
    assertTrue(
        size.getMessage().contains("use 5.3.4 (Message too big for system)"), size::toString);
  }

  @Test
  void singleValueChecksMatchWhatTheFactoriesThrow() {
    assertEquals(List.of(), Compatibility.checkReplyCode(550));
    assertEquals(List.of(Rule.MALFORMED_REPLY_CODE), rules(Compatibility.checkReplyCode(55)));
    assertEquals(List.of(), Compatibility.checkReplyCode("550"));
    assertEquals(List.of(Rule.MALFORMED_REPLY_CODE), rules(Compatibility.checkReplyCode("+50")));
    assertTrue(
        Compatibility.checkReplyCode("+50").get(0).getMessage().startsWith("reply code \"+50\""));
    assertEquals(List.of(), Compatibility.checkStatus("5.1.1"));
    assertEquals(List.of(Rule.MALFORMED_STATUS), rules(Compatibility.checkStatus("5.01.1")));
    // The same sentence as the pair check gives, up to the fix, which there knows the status.
    String alone = Compatibility.checkReplyCode(55).get(0).getMessage();
    String paired = Compatibility.check(55, "5.1.1").get(0).getMessage();
    assertEquals(
        alone.substring(0, alone.indexOf("; use")), paired.substring(0, paired.indexOf("; use")));
  }
}
