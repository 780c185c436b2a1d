package dev.smtpstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.StatusCodeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {

  @Test
  void explainsEveryRegisteredCodeInEveryClassAndInRegistryForm() {
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      String sd = e.getCode().substring(2);
      for (String code : new String[] {"2." + sd, "4." + sd, "5." + sd, e.getCode()}) {
        CliRun run = CliRun.of("explain", code);
        assertEquals(0, run.exitCode, code + "\n" + run);
        assertTrue(run.out.startsWith(code + "  "), run.out);
        assertTrue(run.out.contains(e.getDescription()), code + "\n" + run.out);
        assertTrue(
            run.out.contains("replies  " + e.getAssociatedReplyCodes().getWording()), run.out);
        assertTrue(run.out.contains("advice   "), run.out);
      }
    }
  }

  @Test
  void explainsCodesTheSeedDocumentLacked() {
    assertTrue(CliRun.of("explain", "2.1.5").out.contains("Destination address valid"));
    assertTrue(CliRun.of("explain", "5.7.30").out.contains("REQUIRETLS support required"));
    CliRun flood = CliRun.of("explain", "4.7.28");
    assertTrue(flood.out.contains("Mail flood detected"), flood.out);
    assertTrue(flood.out.contains("Retry later"), flood.out);
  }

  @Test
  void adviceFollowsTheClass() {
    assertTrue(CliRun.of("explain", "5.1.1").out.contains("Do not retry"));
    assertTrue(CliRun.of("explain", "5.1.1").out.contains("Fix the address"));
    assertTrue(CliRun.of("explain", "4.2.2").out.contains("Retry later"));
    assertTrue(CliRun.of("explain", "2.0.0").out.contains("Nothing to do"));
  }

  @Test
  void unregisteredCodesExplainWhatIsKnown() {
    CliRun run = CliRun.of("explain", "5.1.99");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("Addressing Status"), run.out);
    assertTrue(run.out.contains("unregistered"), run.out);
    assertTrue(run.out.contains("5.1.0 (Other address status"), run.out);
    CliRun subject = CliRun.of("explain", "4.9.1");
    assertTrue(subject.out.contains("subject  9  unregistered"), subject.out);
  }

  @Test
  void explainsAReplyLineAndItsPairing() {
    CliRun run = CliRun.of("explain", "452 4.2.2 Mailbox over quota");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("text     Mailbox over quota"), run.out);
    assertTrue(run.out.contains("4.2.2  Mailbox full"), run.out);
    assertTrue(run.out.contains("452 with 4.2.2 is compatible"), run.out);

    CliRun words = CliRun.of("explain", "451", "5.7.3", "STARTTLS", "is", "required");
    assertTrue(words.out.contains("[smtp-status/ClassMismatch]"), words.out);
    assertTrue(words.out.contains("451 with 4.7.3"), words.out);
  }

  @Test
  void aReplyLineExitsLikeCheckWhenItsPairingIsNotCompatible() {
    CliRun error = CliRun.of("explain", "451 5.7.3 STARTTLS is required");
    assertEquals(2, error.exitCode, error.toString());
    assertEquals(CliRun.of("check", "451", "5.7.3").exitCode, error.exitCode);
    CliRun warning = CliRun.of("explain", "550 5.3.4 Message too big");
    assertTrue(warning.out.contains("pairing  warning"), warning.out);
    assertEquals(1, warning.exitCode, warning.toString());
    assertEquals(CliRun.of("check", "550", "5.3.4").exitCode, warning.exitCode);
  }

  @Test
  void aReplyLineWithAMalformedStatusInItsTextSaysSo() {
    CliRun run = CliRun.of("explain", "550 5.01.1 User unknown");
    assertTrue(run.out.contains("text     5.01.1 User unknown"), run.out);
    assertTrue(run.out.contains("status   (none"), run.out);
    assertTrue(
        run.out.contains(
            "finding  warning: [smtp-status/MalformedStatusInText] line 1 of the reply starts with"
                + " 5.01.1"),
        run.out);
    assertTrue(run.out.contains("leading zero in the subject"), run.out);
    assertTrue(run.out.contains("the sender probably meant 5.1.1."), run.out);
    assertEquals(1, run.exitCode, run.toString());
    CliRun plain = CliRun.of("explain", "250 2 recipients");
    assertFalse(plain.out.contains("finding"), plain.out);
    assertEquals(0, plain.exitCode, plain.toString());
  }

  @Test
  void aFullWidthDigitIsReportedAsNotAnAsciiDigit() {
    CliRun run = CliRun.of("explain", "\uff15.1.1");
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.contains("non-ASCII digit U+FF15 in the class"), run.err);
  }

  @Test
  void explainsAReplyCode() {
    CliRun run = CliRun.of("explain", "354");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("Start mail input"), run.out);
    assertTrue(run.out.contains("intermediate"), run.out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5.01.1", "6.1.1", "abc", "5.1.1.", "X.01.1", "+50", "600"})
  void badInputIsOneLineNamingTheRuleAndExitTwo(String input) {
    CliRun run = CliRun.of("explain", input);
    assertEquals(2, run.exitCode, run.toString());
    assertEquals(1, run.err.lines().count(), run.err);
    assertTrue(run.err.contains("RFC"), run.err);
    assertFalse(run.err.contains("Exception"), run.err);
    assertEquals("", run.out);
  }

  @Test
  void versionAndHelp() {
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exitCode);
    assertTrue(version.out.contains("2024-12-06"), version.out);
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exitCode);
    assertTrue(help.out.contains("explain"), help.out);
    assertTrue(help.out.contains("list"), help.out);
    assertEquals(2, CliRun.of().exitCode);
  }
}
