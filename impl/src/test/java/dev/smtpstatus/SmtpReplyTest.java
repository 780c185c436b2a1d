package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The factories, the formatter and the class changes of {@link SmtpReply}. */
class SmtpReplyTest {

  @Test
  void formatWritesCodeAndStatusOnEveryLine() {
    SmtpReply r = SmtpReply.of(550, "5.1.1", "No such user", "Check the address");
    assertEquals("550-5.1.1 No such user\r\n550 5.1.1 Check the address\r\n", r.format());
    assertEquals(r.format(), r.appendTo(new StringBuilder()).toString());
  }

  @Test
  void formatWritesTheSpaceEvenForEmptyText() {
    assertEquals("250 \r\n", SmtpReply.of(250, null).format());
    assertEquals("250 2.0.0 \r\n", SmtpReply.of(250, "2.0.0", "").format());
    assertEquals("250-\r\n250 OK\r\n", SmtpReply.of(250, null, "", "OK").format());
  }

  @Test
  void noLinesGiveOneEmptyLine() {
    SmtpReply r = SmtpReply.of(ReplyCode.of(221), EnhancedStatusCode.parse("2.0.0"), List.of());
    assertEquals(List.of(""), r.getLines());
    assertEquals("", r.getText());
  }

  @Test
  void accessors() {
    SmtpReply r = SmtpReply.of(452, "4.2.2", "Mailbox full", "Try later");
    assertEquals(452, r.getCode().getValue());
    assertEquals(EnhancedStatusCode.of(4, 2, 2), r.getStatus());
    assertEquals("Mailbox full\nTry later", r.getText());
    assertTrue(r.isTransient());
    assertFalse(r.isPermanent() || r.isPositive() || r.isIntermediate());
    assertEquals(List.of(), r.getFindings());
    assertTrue(SmtpReply.of(354, null, "go").isIntermediate());
    assertTrue(SmtpReply.of(250, null, "OK").isPositive());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\n550 5.7.1 injected", "a\nb", "a\rb", "\n", "\r"})
  void textCannotInjectALine(String text) {
    SmtpSyntaxException e =
        assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(550, "5.1.1", text));
    assertTrue(e.getRule().contains("CR or LF"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "bell\u0007", "esc\u001b[0m", "del\u007f"})
  void controlCharactersAreRefused(String text) {
    assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(250, null, text));
  }

  @Test
  void tabAndUtf8AreText() {
    SmtpReply r = SmtpReply.of(250, "2.0.0", "caf\u00e9\tok \ud83d\udce7");
    assertEquals(r, SmtpReply.parse(r.format()));
  }

  @Test
  void unpairedSurrogateIsRefused() {
    assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(250, null, "a\ud83d"));
    assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(250, null, "\udce7b"));
  }

  @Test
  void lineLimitIs512OctetsWithCodeStatusAndCrlf() {
    // "550 5.1.1 " is 10 octets, CRLF 2: 500 octets of text fit, 501 do not.
    String fits = "x".repeat(500);
    assertEquals(512, SmtpReply.of(550, "5.1.1", fits).format().length());
    SmtpSyntaxException e =
        assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(550, "5.1.1", fits + "x"));
    assertTrue(e.getRule().contains("513 octets"), e.getMessage());
    // Octets, not characters: each é is two octets in UTF-8.
    assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(550, "5.1.1", "é".repeat(251)));
    // Without a status, "250 " and CRLF leave 506 octets of text.
    assertEquals(512, SmtpReply.of(250, null, "x".repeat(506)).format().length());
    assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(250, null, "x".repeat(507)));
  }

  @Test
  void atMostTheDefaultParsersLines() {
    String[] lines = new String[ReplyParser.DEFAULT_MAX_LINES + 1];
    java.util.Arrays.fill(lines, "x");
    assertThrows(IllegalArgumentException.class, () -> SmtpReply.of(250, null, lines));
    String[] fit = java.util.Arrays.copyOf(lines, ReplyParser.DEFAULT_MAX_LINES);
    SmtpReply r = SmtpReply.of(250, null, fit);
    assertEquals(r, SmtpReply.parse(r.format()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5.1.1 x", "2.0.0", "4.4.1 later"})
  void textThatReadsAsAStatusNeedsTheStatusArgument(String text) {
    SmtpSyntaxException e =
        assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(550, null, text));
    assertTrue(e.getRule().contains("RFC 2034 §4"), e.getMessage());
    // With a status, the same text is fine, and reads back.
    SmtpReply r = SmtpReply.of(550, "5.1.1", text);
    assertEquals(r, SmtpReply.parse(r.format()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5.01.1 x", "6.1.1 x", "2address.org", "5.1.1x", "5.1.1\ty"})
  void textThatOnlyLooksLikeAStatusIsText(String text) {
    SmtpReply r = SmtpReply.of(550, null, text);
    assertNull(r.getStatus());
    assertEquals(r, SmtpReply.parse(r.format()));
  }

  @Test
  void rulesErrorsAreRefusedWarningsKept() {
    IncompatibleReplyException e =
        assertThrows(IncompatibleReplyException.class, () -> SmtpReply.of(452, "5.3.4", "x"));
    assertTrue(
        e.getMessage().startsWith("\"452 5.3.4\": [smtp-status/ClassMismatch]"), e.getMessage());
    assertEquals(Rule.CLASS_MISMATCH, e.getFindings().get(0).getRule());
    assertEquals("452 5.3.4", e.getPair());
    assertThrows(IllegalArgumentException.class, () -> SmtpReply.of(354, "2.0.0", "go"));
    assertThrows(IllegalArgumentException.class, () -> SmtpReply.of(199, null, "x"));
    assertThrows(SmtpSyntaxException.class, () -> SmtpReply.of(550, "5.01.1", "x"));
    SmtpReply warned = SmtpReply.of(550, "5.3.4", "too big");
    assertEquals(Rule.UNLISTED_REPLY_CODE, warned.getFindings().get(0).getRule());
  }

  @Test
  void asTransientChangesCodeAndStatusTogether() {
    SmtpReply r = SmtpReply.of(552, "5.3.4", "Message too big");
    SmtpReply t = r.asTransient();
    assertEquals("452 4.3.4 Message too big\r\n", t.format());
    assertEquals(t, SmtpReply.parse(t.format()));
    assertEquals(r, t.asPermanent());
    assertSame(t, t.asTransient());
    assertSame(r, r.asPermanent());
  }

  @Test
  void asPermanentWithoutStatus() {
    SmtpReply r = SmtpReply.of(421, null, "closing");
    assertEquals("521 closing\r\n", r.asPermanent().format());
    assertNull(r.asPermanent().getStatus());
  }

  @Test
  void asTransientRepairsAParsedClassMismatch() {
    SmtpReply parsed = SmtpReply.parse("451 5.7.3 STARTTLS is required\r\n");
    assertEquals(Rule.CLASS_MISMATCH, parsed.getFindings().get(0).getRule());
    SmtpReply t = parsed.asTransient();
    assertEquals("451 4.7.3 STARTTLS is required\r\n", t.format());
    assertFalse(Compatibility.hasErrors(t.getFindings()));
    assertEquals("551 5.7.3 STARTTLS is required\r\n", parsed.asPermanent().format());
  }

  @Test
  void everyFailureCodeHasBothForms() {
    for (int v = 400; v < 600; v++) {
      ReplyCode code = ReplyCode.ofOrNull(v);
      if (code == null) {
        continue;
      }
      SmtpReply r = SmtpReply.parse(code + " x");
      assertEquals(v % 100, r.asTransient().getCode().getValue() % 100);
      assertTrue(r.asTransient().isTransient());
      assertTrue(r.asPermanent().isPermanent());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"250 2.0.0 OK", "220 ready", "354 go ahead", "334 VXNlcm5hbWU6"})
  void positiveAndIntermediateRepliesHaveNoFailureForm(String line) {
    SmtpReply r = SmtpReply.parse(line);
    IllegalStateException e = assertThrows(IllegalStateException.class, r::asTransient);
    assertTrue(e.getMessage().contains("only a failure"), e.getMessage());
    assertThrows(IllegalStateException.class, r::asPermanent);
  }

  @Test
  void toStringIsADebugForm() {
    assertEquals(
        "SmtpReply[550 5.1.1, lines=[\"No \\\"such\\\" user\"]]",
        SmtpReply.of(550, "5.1.1", "No \"such\" user").toString());
    assertTrue(
        SmtpReply.parse("451 5.7.3 x")
            .toString()
            .contains("findings=[[smtp-status/ClassMismatch]"));
  }

  @Test
  void equalityIsByValue() {
    SmtpReply a = SmtpReply.of(250, "2.0.0", "OK");
    SmtpReply b = SmtpReply.parse("250 2.0.0 OK\r\n");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(SmtpReply.of(250, null, "OK")));
  }

  @Test
  void findingsOfRegisteredPairsAreShared() {
    SmtpReply a = SmtpReply.parse("550 5.3.4 a");
    SmtpReply b = SmtpReply.parse("550 5.3.4 b");
    assertEquals(1, a.getFindings().size());
    assertSame(a.getFindings().get(0), b.getFindings().get(0));
  }

  @Test
  void linesOfAParsedMultilineReplyAreAnUnmodifiableList() {
    SmtpReply parsed = SmtpReply.parse("250-a\r\n250-b\r\n250 c\r\n");
    List<String> lines = parsed.getLines();
    assertEquals(List.of("a", "b", "c"), lines);
    assertEquals(List.of("a", "b", "c").hashCode(), lines.hashCode());
    assertEquals(SmtpReply.of(250, null, "a", "b", "c"), parsed);
    assertEquals("[a, b, c]", lines.toString());
    assertFalse(lines.contains(null));
    assertEquals(-1, lines.indexOf(null));
    assertThrows(IndexOutOfBoundsException.class, () -> lines.get(3));
    assertThrows(UnsupportedOperationException.class, () -> lines.add("d"));
    assertThrows(UnsupportedOperationException.class, () -> lines.set(0, "d"));
    assertThrows(UnsupportedOperationException.class, () -> lines.remove(0));
    // Even changes that would change nothing are refused, as by Collections.unmodifiableList.
    assertThrows(UnsupportedOperationException.class, () -> lines.removeIf(x -> false));
    assertThrows(UnsupportedOperationException.class, () -> lines.removeAll(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> lines.retainAll(lines));
    assertThrows(UnsupportedOperationException.class, () -> lines.addAll(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> lines.sort(null));
    assertThrows(UnsupportedOperationException.class, () -> lines.replaceAll(x -> x));
    assertThrows(UnsupportedOperationException.class, lines::clear);
    assertThrows(UnsupportedOperationException.class, () -> lines.addAll(1, List.of()));
    var it = lines.iterator();
    it.next();
    assertThrows(UnsupportedOperationException.class, it::remove);
  }
}
