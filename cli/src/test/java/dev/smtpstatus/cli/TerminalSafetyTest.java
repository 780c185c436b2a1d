package dev.smtpstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reply text comes from strangers: no control character of it may reach the terminal. */
class TerminalSafetyTest {

  private static final String HOSTILE = "\u001b[2J\u001b]0;owned\u0007 \u009b31m \u007f done";

  private static void assertNoControlCharacters(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      assertFalse(
          ControlEscapingWriter.isEscaped(c) || c == '\r',
          () -> String.format("U+%04X reached the terminal in: %s", (int) c, output));
    }
  }

  @Test
  void explainEscapesControlCharactersOfAReplyLine() {
    CliRun run = CliRun.of("explain", "550 5.1.1 " + HOSTILE);
    assertEquals(0, run.exitCode, run.toString());
    assertNoControlCharacters(run.out);
    assertNoControlCharacters(run.err);
    assertTrue(run.out.contains("\\x1B[2J\\x1B]0;owned\\x07 \\u009B31m \\x7F done"), run.out);
  }

  @Test
  void parseTextOutputEscapesControlCharacters() {
    CliRun run = CliRun.withInput("250-mx " + HOSTILE + "\r\n250 ok\r\n", "parse");
    assertEquals(0, run.exitCode, run.toString());
    assertNoControlCharacters(run.out);
    assertTrue(run.out.contains("\\x1B[2J"), run.out);
  }

  @Test
  void parseJsonOutputEscapesControlCharactersAsJson() {
    CliRun run = CliRun.withInput("550 5.1.1 " + HOSTILE + "\r\n", "parse", "--format", "json");
    assertEquals(0, run.exitCode, run.toString());
    assertNoControlCharacters(run.out);
    assertTrue(
        run.out.contains("\\u001b[2J\\u001b]0;owned\\u0007 \\u009b31m \\u007f done"), run.out);
  }

  @Test
  void errorMessagesThatQuoteTheInputAreEscapedToo() {
    CliRun run = CliRun.of("explain", "5.\u001b[31m1.1");
    assertEquals(2, run.exitCode, run.toString());
    assertNoControlCharacters(run.err);
    assertTrue(run.err.contains("[31m1.1"), run.err);
    assertTrue(run.err.contains("in the subject"), run.err);
  }

  @Test
  void tabsAndLineBreaksStay() {
    assertEquals("a\tb\nc", ControlEscapingWriter.escape("a\tb\nc"));
    assertEquals(
        "\\x00\\x1B\\x07\\x7F\\u0085\\u009F",
        ControlEscapingWriter.escape("\0\u001b\u0007\u007f\u0085\u009f"));
    assertEquals("é ✓ ５", ControlEscapingWriter.escape("é ✓ ５"));
  }
}
