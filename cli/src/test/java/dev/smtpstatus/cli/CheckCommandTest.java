package dev.smtpstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.api.SmtpCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

  /** The exit code, standard output and standard error of one run. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aListedPairIsCompatible() {
    Run r = run("check", "552", "5.3.4");
    assertEquals(ExitCodes.OK, r.exit());
    assertTrue(r.out().startsWith("552 5.3.4: compatible"), r.out());
    assertTrue(r.out().contains("X.3.4 Message too big for system"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void aPairTheRegistryDoesNotListButAllowsIsCompatible() {
    Run r = run("check", "452", "4.2.2");
    assertEquals(ExitCodes.OK, r.exit());
    assertEquals("452 4.2.2: compatible" + System.lineSeparator(), r.out());
  }

  @Test
  void warningsOnlyExitOne() {
    Run r = run("check", "550", "5.3.4");
    assertEquals(ExitCodes.WARNINGS, r.exit());
    assertTrue(r.out().startsWith("warning: [smtp-status/UnlistedReplyCode] "), r.out());
    assertTrue(r.out().contains("the registry pairs 5.3.4 with 552 or 554"), r.out());
    assertEquals(1, r.out().lines().count(), r.out());
  }

  @Test
  void errorsExitTwo() {
    Run r = run("check", "452", "5.3.4");
    assertEquals(ExitCodes.ERROR, r.exit());
    assertTrue(r.out().startsWith("error: [smtp-status/ClassMismatch] "), r.out());
    assertTrue(r.out().contains("use 552 or 554 with 5.3.4, or 452 with 4.3.4"), r.out());
  }

  @Test
  void theOutputIsTheEnginesFindings() {
    Run r = run("check", "422", "4.7.1");
    StringBuilder want = new StringBuilder();
    for (Finding f : Compatibility.check(422, "4.7.1")) {
      want.append("warning: ").append(f).append(System.lineSeparator());
    }
    assertEquals(want.toString(), r.out());
    assertEquals(ExitCodes.WARNINGS, r.exit());
  }

  @ParameterizedTest
  @CsvSource({
    "55x, 5.1.1, MalformedReplyCode",
    "055, 5.1.1, MalformedReplyCode",
    "5500, 5.1.1, MalformedReplyCode",
    "600, 5.1.1, MalformedReplyCode",
    "+550, 5.1.1, MalformedReplyCode",
    "\u0665\u0665\u0660, 5.1.1, MalformedReplyCode",
    "550, 5.01.1, MalformedStatus",
    "550, X.1.1, MalformedStatus",
    "550, 6.1.1, MalformedStatus",
    "354, 5.3.4, IntermediateReply",
  })
  void malformedInputExitsTwo(String code, String status, String rule) {
    Run r = run("check", code, status);
    assertEquals(ExitCodes.ERROR, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith("error: [smtp-status/" + rule + "] "), r.out());
  }

  @Test
  void bothMalformedGiveBothFindings() {
    Run r = run("check", "5x", "hello");
    assertEquals(ExitCodes.ERROR, r.exit());
    assertTrue(r.out().contains("[smtp-status/MalformedReplyCode] reply code \"5x\""), r.out());
    assertTrue(r.out().contains("[smtp-status/MalformedStatus] status \"hello\""), r.out());
  }

  @Test
  void aReplyCodeTheCommandNeverGetsIsAWarning() {
    Run r = run("check", "--command", "RCPT", "221", "2.0.0");
    assertEquals(ExitCodes.WARNINGS, r.exit(), r.out() + r.err());
    StringBuilder want = new StringBuilder();
    for (Finding f : Compatibility.check(SmtpCommand.RCPT, 221, "2.0.0")) {
      want.append("warning: ").append(f).append(System.lineSeparator());
    }
    assertEquals(want.toString(), r.out());
    assertTrue(r.out().startsWith("warning: [smtp-status/ReplyCodeNotForCommand] "), r.out());
    assertTrue(r.out().contains("use 250 or 251 with 2.0.0"), r.out());
    assertEquals("", r.err());
  }

  @ParameterizedTest
  @CsvSource({
    // command, code, status, exit, what is printed first
    "RCPT, 550, 5.1.1, 0, 550 5.1.1: compatible",
    "rcpt, 550, 5.1.1, 0, 550 5.1.1: compatible", // verbs are case-insensitive
    "QUIT, 250, 2.0.0, 1, warning: [smtp-status/ReplyCodeNotForCommand]",
    "MAIL, 550, 5.1.1, 1, warning: [smtp-status/StatusNotForCommand]",
    "MAIL, 553, 5.1.7, 0, 553 5.1.7: compatible",
    "RCPT, 452, 5.3.4, 2, error: [smtp-status/ClassMismatch]", // errors come alone
    "GREETING, 220, 2.0.0, 0, 220 2.0.0: compatible",
    "GREETING, 501, 5.5.2, 1, warning: [smtp-status/ReplyCodeNotForCommand]",
  })
  void theCommandRulesApplyWithCommand(
      String command, String code, String status, int exit, String first) {
    Run r = run("check", "--command", command, code, status);
    assertEquals(exit, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith(first), r.out());
  }

  @Test
  void anUnknownCommandExitsTwoWithTheChoices() {
    Run r = run("check", "--command", "ETRN", "250", "2.0.0");
    assertEquals(ExitCodes.ERROR, r.exit());
    assertTrue(r.err().contains("GREETING"), r.err());
    assertTrue(r.err().contains("STARTTLS"), r.err());
  }

  @Test
  void missingArgumentsExitTwoWithUsage() {
    Run r = run("check", "550");
    assertEquals(ExitCodes.ERROR, r.exit());
    assertTrue(r.err().contains("STATUS"), r.err());
  }

  @Test
  void checkIsASubcommand() {
    Run r = run("--help");
    assertEquals(ExitCodes.OK, r.exit());
    assertTrue(r.out().contains("check"), r.out());
  }
}
