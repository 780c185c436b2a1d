package dev.smtpstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code smtp-status parse}, and {@code explain} of a reply line, which uses the same parser. */
class ParseCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String input, String... args) {
    return run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
  }

  private int run(InputStream in, String... args) {
    return Main.run(args, in, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aMalformedStatusInTheTextIsAFinding() {
    assertEquals(0, run("550 5.01.1 User unknown\r\n", "parse"), err::toString);
    assertTrue(out.toString().contains("550 5.01.1 User unknown"), out::toString);
    assertTrue(
        out.toString()
            .contains(
                "  warning: [smtp-status/MalformedStatusInText] line 1 of the reply starts with"
                    + " 5.01.1 "),
        out::toString);
    out.getBuffer().setLength(0);
    assertEquals(0, run("550 5.01.1 User unknown\r\n", "parse", "--format", "json"));
    assertTrue(
        out.toString()
            .startsWith(
                "{\"code\": 550, \"status\": null, \"lines\": [\"5.01.1 User unknown\"],"
                    + " \"findings\": [{\"tag\": \"smtp-status/MalformedStatusInText\","
                    + " \"severity\": \"warning\""),
        out::toString);
  }

  @Test
  void printsOneJsonObjectPerReplyInOrder() {
    int exit =
        run(
            "220 mx.example.com ESMTP\r\n"
                + "250-mx.example.com\r\n250-SIZE 1000\r\n250 ENHANCEDSTATUSCODES\r\n"
                + "550 5.1.1 <x@example.com>: \"no\" such user\r\n"
                + "451 5.7.3 STARTTLS is required\r\n",
            "parse",
            "--format",
            "json");
    assertEquals(0, exit, err::toString);
    String[] lines = out.toString().split(System.lineSeparator());
    assertEquals(4, lines.length, out::toString);
    assertEquals(
        "{\"code\": 220, \"status\": null, \"lines\": [\"mx.example.com ESMTP\"], \"findings\": []}",
        lines[0]);
    assertEquals(
        "{\"code\": 250, \"status\": null, \"lines\": [\"mx.example.com\", \"SIZE 1000\","
            + " \"ENHANCEDSTATUSCODES\"], \"findings\": []}",
        lines[1]);
    assertEquals(
        "{\"code\": 550, \"status\": \"5.1.1\", \"lines\": [\"<x@example.com>: \\\"no\\\" such"
            + " user\"], \"findings\": []}",
        lines[2]);
    assertTrue(
        lines[3].startsWith(
            "{\"code\": 451, \"status\": \"5.7.3\", \"lines\": [\"STARTTLS is required\"],"
                + " \"findings\": [{\"tag\": \"smtp-status/ClassMismatch\", \"severity\":"
                + " \"error\", \"message\": \"reply code 451 is a transient failure"),
        lines[3]);
    assertTrue(lines[3].endsWith("\"}]}"), lines[3]);
    assertEquals("", err.toString());
  }

  @Test
  void bareLfAndCrlfGiveTheSameOutput() {
    String crlf = "250-a\r\n250 2.0.0 b\r\n221 2.0.0 Bye\r\n";
    assertEquals(0, run(crlf, "parse", "--format", "json"));
    String withCrlf = out.toString();
    out.getBuffer().setLength(0);
    assertEquals(0, run(crlf.replace("\r\n", "\n"), "parse", "--format", "json"));
    assertEquals(withCrlf, out.toString());
    assertTrue(withCrlf.contains("smtp-status/MixedStatus"), withCrlf);
  }

  @Test
  void malformedInputNamesTheLineAndExitsTwoAfterEarlierReplies() {
    int exit = run("250 one\r\n250-two\r\n251 three\r\n250 four\r\n", "parse", "--format", "json");
    assertEquals(2, exit);
    assertEquals(
        "{\"code\": 250, \"status\": null, \"lines\": [\"one\"], \"findings\": []}"
            + System.lineSeparator(),
        out.toString());
    String message = err.toString();
    assertTrue(
        message.startsWith("smtp-status: malformed reply at line 3: \"251 three\""), message);
    assertTrue(message.contains("RFC 5321 §4.2.1"), message);
    assertFalse(message.contains("Exception") || message.contains("\tat "), message);
  }

  @Test
  void inputEndingInsideAReplyIsMalformed() {
    assertEquals(2, run("250-a\n250-b\n", "parse"));
    assertTrue(err.toString().contains("line 2:"), err::toString);
    assertTrue(err.toString().contains("ends inside a multiline reply"), err::toString);
  }

  @Test
  void inputCutInsideALineIsMalformedAfterTheRepliesBeforeIt() {
    // Issue 16: the line was cut off (a dropped connection, a closed pipe); it is not a reply.
    assertEquals(2, run("250 first\r\n250 la", "parse", "--format", "json"));
    assertEquals(
        "{\"code\": 250, \"status\": null, \"lines\": [\"first\"], \"findings\": []}"
            + System.lineSeparator(),
        out.toString());
    String message = err.toString();
    assertTrue(
        message.startsWith("smtp-status: malformed reply at line 2: \"250 la\": the input ends"),
        message);
    assertTrue(message.contains("RFC 5321 §4.2"), message);
  }

  @Test
  void aLastLineWithoutLineEndingIsCutOffToo() {
    for (String input : new String[] {"250 OK", "250-first\r\n250 la", "400 Interrupted\r"}) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertEquals(2, run(input, "parse", "--format", "json"), input);
      assertEquals("", out.toString(), input);
      assertTrue(err.toString().contains("the input ends inside this line"), err::toString);
    }
  }

  @Test
  void emptyInputHasNoReplies() {
    assertEquals(0, run("", "parse"));
    assertEquals("", out.toString());
  }

  @Test
  void textFormatShowsTheWireFormAndFindings() {
    assertEquals(0, run("550-5.1.1 no\n550 5.1.1 user\n452 5.3.4 big\n", "parse"));
    String n = System.lineSeparator();
    String text = out.toString();
    assertTrue(text.startsWith("550-5.1.1 no" + n + "550 5.1.1 user" + n + "452 5.3.4 big" + n));
    assertTrue(text.contains("  error: [smtp-status/ClassMismatch]"), text);
  }

  @Test
  void readsUtf8AndReplacesInvalidBytes() {
    byte[] input = {'2', '5', '0', ' ', (byte) 0xc3, (byte) 0xa9, (byte) 0xff, '\r', '\n'};
    assertEquals(0, run(new ByteArrayInputStream(input), "parse", "--format", "json"));
    assertTrue(out.toString().contains("[\"\u00e9\ufffd\"]"), out::toString);
  }

  @Test
  void explainAgreesWithParse() {
    // 6.1.1 is no status (no class 6): text, with a MalformedStatusInText warning, exit 1.
    assertEquals(1, run("", "explain", "550", "6.1.1", "x"));
    String text = out.toString();
    assertTrue(text.contains("text     6.1.1 x"), text);
    assertTrue(text.contains("status   (none: the reply carries no enhanced status code)"), text);
    assertTrue(text.contains("finding  warning: [smtp-status/MalformedStatusInText] line 1"), text);
    out.getBuffer().setLength(0);
    // The pairing is an error: explain exits 2, as check does (issue 12 item 9).
    assertEquals(2, run("", "explain", "451 5.7.3 STARTTLS is required"));
    assertTrue(
        out.toString().contains("pairing  error: [smtp-status/ClassMismatch]"), out::toString);
  }

  @Test
  void explainOfAMalformedReplyLineNamesTheRule() {
    assertEquals(2, run("", "explain", "25x-oops"));
    assertTrue(err.toString().contains("RFC 5321 §4.2"), err::toString);
  }
}
