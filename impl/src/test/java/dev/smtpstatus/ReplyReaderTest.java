package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReplyReader}: streams, chunks, limits and errors. */
class ReplyReaderTest {
  private final List<SmtpReply> replies = new ArrayList<>();

  @Test
  void readsPipelinedReplies() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.feed("250-A\r\n250 B\r\n250 C\r\n", replies::add);
    assertEquals(List.of(SmtpReply.of(250, null, "A", "B"), SmtpReply.of(250, null, "C")), replies);
    assertFalse(reader.isInsideReply());
  }

  @Test
  void aBareCodeEndsTheReply() {
    // M9 of the research notes: Dovecot reads the same; parse() calls the third line trailing.
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.feed("250-Missing space\n250\n250 Ignore this\n", replies::add);
    assertEquals(
        List.of(
            SmtpReply.of(250, null, "Missing space", ""), SmtpReply.of(250, null, "Ignore this")),
        replies);
    assertFalse(reader.isInsideReply());
    reader.finish(replies::add);
    assertEquals(2, replies.size());
  }

  /** Feeds {@code input} as bytes (UTF-8, or raw) and returns the error of {@code finish}. */
  private ReplySyntaxException cutOff(byte[] input) {
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.feed(input, 0, input.length, replies::add);
    assertTrue(reader.isInsideReply());
    ReplySyntaxException e =
        assertThrows(ReplySyntaxException.class, () -> reader.finish(replies::add));
    assertEquals(ReplyAssembler.RULE_CUT_OFF, e.getRule(), e::getMessage);
    assertThrows(IllegalStateException.class, () -> reader.finish(replies::add));
    return e;
  }

  private ReplySyntaxException cutOff(String input) {
    return cutOff(input.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLastLineWithoutLineEndingIsCutOffNotAReply() {
    // The first case: the reply before it is handed over, the cut line is not.
    ReplySyntaxException e = cutOff("250 first\r\n250 la");
    assertEquals(List.of(SmtpReply.of(250, null, "first")), replies);
    assertEquals(2, e.getLineNumber());
    assertEquals("250 la", e.getInput());
    assertEquals(6, e.getIndex());
    assertTrue(
        e.getMessage().startsWith("line 2: \"250 la\": the input ends inside"), e::getMessage);
  }

  @Test
  void theLastLineOfAMultilineReplyCutOff() {
    ReplySyntaxException e = cutOff("250-first\r\n250 la");
    assertEquals(List.of(), replies);
    assertEquals(2, e.getLineNumber());
    assertEquals("250 la", e.getInput());
  }

  @Test
  void aReplyWithoutAnyLineEndingIsCutOff() {
    ReplySyntaxException e = cutOff("250 OK");
    assertEquals(1, e.getLineNumber());
    assertEquals(List.of(), replies);
    // parse() keeps its documented convenience for literals.
    assertEquals(SmtpReply.of(250, null, "OK"), SmtpReply.parse("250 OK"));
  }

  @Test
  void aCrWhoseLfNeverCameIsCutOff() {
    ReplySyntaxException e = cutOff("400 Interrupted\r");
    assertEquals("400 Interrupted\r", e.getInput());
    assertEquals(15, e.getIndex()); // where the CRLF began
    // parse() reads a whole missing line ending only: a CR alone is not one.
    ReplySyntaxException p =
        assertThrows(ReplySyntaxException.class, () -> SmtpReply.parse("400 Interrupted\r"));
    assertEquals(ReplyAssembler.RULE_BARE_CR, p.getRule());
  }

  @Test
  void aStatusCutAfterItsClassDigitIsCutOff() {
    ReplySyntaxException e = cutOff("250 2.0.0 ok\r\n550 5");
    assertEquals(List.of(SmtpReply.of(250, "2.0.0", "ok")), replies);
    assertEquals("550 5", e.getInput());
    assertEquals(2, e.getLineNumber());
    cutOff("550 5.");
    cutOff("550 5.1.1");
  }

  @Test
  void aUtf8SequenceCutAtTheEndIsCutOff() {
    byte[] bytes = "250 caf\u00e9".getBytes(StandardCharsets.UTF_8);
    ReplySyntaxException e = cutOff(Arrays.copyOf(bytes, bytes.length - 1));
    assertEquals("250 caf\ufffd", e.getInput()); // the cut sequence shows as U+FFFD
    assertEquals(8, e.getIndex());
    byte[] mail = "250 \ud83d\udce7".getBytes(StandardCharsets.UTF_8);
    for (int n = 5; n < mail.length; n++) {
      assertEquals("250 \ufffd", cutOff(Arrays.copyOf(mail, n)).getInput());
    }
  }

  @Test
  void aCodeCutShortIsCutOffNotMalformed() {
    for (String prefix : new String[] {"2", "25", "250", "250-", "250-a\r\n25"}) {
      ReplySyntaxException e = cutOff(prefix);
      assertTrue(e.getInput().startsWith("2"), e::getMessage);
    }
  }

  @Test
  void charactersCutOffLikeBytes() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.feed("250 one\r\n250-two\r\n250 thr", replies::add);
    ReplySyntaxException e =
        assertThrows(ReplySyntaxException.class, () -> reader.finish(replies::add));
    assertEquals(ReplyAssembler.RULE_CUT_OFF, e.getRule());
    assertEquals(3, e.getLineNumber());
    assertEquals(List.of(SmtpReply.of(250, null, "one")), replies);
  }

  @Test
  void noProperPrefixOfAReplyIsHandedOver() {
    byte[] wire =
        "250-mx.example \u00e9\r\n250-SIZE 1000\n250 2.0.0 \ud83d\udce7 ok\r\n"
            .getBytes(StandardCharsets.UTF_8);
    for (int n = 1; n < wire.length; n++) {
      for (int chunk : new int[] {1, 5, n}) {
        ReplyReader reader = ReplyParser.defaults().newReader();
        List<SmtpReply> got = new ArrayList<>();
        for (int i = 0; i < n; i += chunk) {
          reader.feed(wire, i, Math.min(chunk, n - i), got::add);
        }
        assertEquals(List.of(), got, "prefix " + n);
        assertThrows(ReplySyntaxException.class, () -> reader.finish(got::add), "prefix " + n);
        assertEquals(List.of(), got, "prefix " + n);
      }
    }
  }

  @Test
  void keepsPartialRepliesAcrossChunks() {
    // netty's chunked test: "200-" + "Hello\r\n2" + "00 Ok" + "\r\n".
    ReplyReader reader = ReplyParser.defaults().newReader();
    for (String chunk : new String[] {"200-", "Hello\r\n2", "00 Ok", "\r"}) {
      reader.feed(chunk.getBytes(StandardCharsets.US_ASCII), 0, chunk.length(), replies::add);
      assertEquals(List.of(), replies);
      assertTrue(reader.isInsideReply());
    }
    reader.feed(ByteBuffer.wrap(new byte[] {'\n'}), replies::add);
    assertEquals(List.of(SmtpReply.of(200, null, "Hello", "Ok")), replies);
  }

  @Test
  void byteBuffersOfEveryKindReadAsTheBytesDoAndAreConsumed() {
    byte[] wire =
        ("220 mx ESMTP\r\n250-mx\r\n250 SIZE 10\r\n550 5.1.1 caf\u00e9 \ud83d\udce7\r\n")
            .getBytes(StandardCharsets.UTF_8);
    ReplyReader expected = ReplyParser.defaults().newReader();
    List<SmtpReply> want = new ArrayList<>();
    expected.feed(wire, 0, wire.length, want::add);
    assertEquals(3, want.size());

    // A heap buffer that is a slice with a non-zero array offset and position.
    byte[] padded = new byte[wire.length + 7];
    System.arraycopy(wire, 0, padded, 5, wire.length);
    ByteBuffer slice = ByteBuffer.wrap(padded, 2, wire.length + 3).slice();
    slice.position(3);
    ByteBuffer direct = ByteBuffer.allocateDirect(wire.length).put(wire).flip();
    ByteBuffer readOnly = ByteBuffer.wrap(wire).asReadOnlyBuffer();
    for (ByteBuffer buffer : List.of(slice, direct, readOnly)) {
      List<SmtpReply> got = new ArrayList<>();
      ReplyReader reader = ReplyParser.defaults().newReader();
      reader.feed(buffer, got::add);
      assertEquals(want, got, buffer.toString());
      assertFalse(buffer.hasRemaining(), buffer.toString());
    }
  }

  @Test
  void decodesUtf8SplitAcrossChunks() {
    byte[] bytes = "250 caf\u00e9 \ud83d\udce7\r\n".getBytes(StandardCharsets.UTF_8);
    ReplyReader reader = ReplyParser.defaults().newReader();
    for (int i = 0; i < bytes.length; i++) {
      reader.feed(bytes, i, 1, replies::add);
    }
    assertEquals("caf\u00e9 \ud83d\udce7", replies.get(0).getText());
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() {
    byte[] bytes = {
      '2',
      '5',
      '0',
      ' ',
      (byte) 0xc3,
      'x',
      (byte) 0xff,
      (byte) 0xe0,
      (byte) 0x80,
      (byte) 0x80,
      (byte) 0xed,
      (byte) 0xa0,
      (byte) 0x80,
      '\n'
    };
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.feed(bytes, 0, bytes.length, replies::add);
    // A cut sequence, an invalid byte, an overlong encoding and a surrogate: one U+FFFD each.
    assertEquals("\ufffdx\ufffd\ufffd\ufffd", replies.get(0).getText());
  }

  @Test
  void charactersAfterAnIncompleteSequence() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.feed(new byte[] {'2', '5', '0', ' ', (byte) 0xe2, (byte) 0x82}, 0, 6, replies::add);
    reader.feed("!\r\n", replies::add);
    assertEquals("\ufffd!", replies.get(0).getText());
  }

  @Test
  void stopsAtTheFirstErrorAfterHandingOverEarlierReplies() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    ReplySyntaxException e =
        assertThrows(
            ReplySyntaxException.class,
            () -> reader.feed("250 one\r\n250-two\r\n251 three\r\n250 four\r\n", replies::add));
    assertEquals(List.of(SmtpReply.of(250, null, "one")), replies);
    assertEquals(3, e.getLineNumber());
    assertTrue(e.getMessage().startsWith("line 3: \"251 three\": every line"), e.getMessage());
    IllegalStateException after =
        assertThrows(IllegalStateException.class, () -> reader.feed("250 ok\r\n", replies::add));
    assertSame(e, after.getCause());
    assertThrows(IllegalStateException.class, () -> reader.finish(replies::add));
  }

  @Test
  void aThrowingHandlerStopsTheReader() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    RuntimeException boom = new RuntimeException("boom");
    assertSame(
        boom,
        assertThrows(
            RuntimeException.class,
            () ->
                reader.feed(
                    "250 a\r\n",
                    r -> {
                      throw boom;
                    })));
    assertThrows(IllegalStateException.class, () -> reader.feed("250 b\r\n", replies::add));
  }

  @Test
  void finishReportsAnIncompleteReply() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.feed("250 a\r\n250-b\r\n", replies::add);
    ReplySyntaxException e =
        assertThrows(ReplySyntaxException.class, () -> reader.finish(replies::add));
    assertEquals(2, e.getLineNumber());
    assertTrue(e.getRule().startsWith("the input ends inside a multiline reply"), e::getMessage);
    assertEquals("250-b", e.getInput());
  }

  @Test
  void finishStopsTheReader() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    reader.finish(replies::add);
    assertThrows(IllegalStateException.class, () -> reader.feed("250 a\r\n", replies::add));
  }

  @Test
  void anOverlongLineFailsBeforeItsEnd() {
    ReplyParser parser = ReplyParser.builder().setMaxLineLength(600).build();
    ReplyReader reader = parser.newReader();
    reader.feed("250 " + "x".repeat(596) + "\r", replies::add);
    assertEquals(601, reader.getPendingLength());
    ReplySyntaxException e =
        assertThrows(ReplySyntaxException.class, () -> reader.feed("y", replies::add));
    assertEquals(1, e.getLineNumber());
    assertTrue(e.getRule().startsWith("the line is longer than 600 characters"), e::getMessage);
    assertEquals(600, e.getIndex());
  }

  @Test
  void aLineOfExactlyTheLimitIsRead() {
    ReplyParser parser = ReplyParser.builder().setMaxLineLength(600).build();
    ReplyReader reader = parser.newReader();
    String line = "250 " + "x".repeat(596);
    reader.feed(line + "\r\n", replies::add);
    reader.feed(line + "\n", replies::add);
    assertEquals(2, replies.size());
    assertThrows(ReplySyntaxException.class, () -> parser.parse(line + "x"));
  }

  @Test
  void tooManyLines() {
    ReplyParser parser = ReplyParser.builder().setMaxLines(3).build();
    ReplyReader reader = parser.newReader();
    ReplySyntaxException e =
        assertThrows(
            ReplySyntaxException.class,
            () -> reader.feed("250-a\r\n250-b\r\n250-c\r\n250 d\r\n", replies::add));
    assertEquals(4, e.getLineNumber());
    assertTrue(e.getRule().startsWith("the reply has more than 3 lines"), e::getMessage);
    assertEquals(3, parser.parse("250-a\r\n250-b\r\n250 c").getLines().size());
  }

  @Test
  void tooLongAReply() {
    ReplyParser parser =
        ReplyParser.builder().setMaxLineLength(600).setMaxReplyLength(1000).build();
    String line = "250-" + "x".repeat(496) + "\r\n"; // 500 characters without CRLF
    ReplySyntaxException e =
        assertThrows(ReplySyntaxException.class, () -> parser.parse(line + line + "250 z"));
    assertEquals(3, e.getLineNumber());
    assertTrue(e.getRule().startsWith("the reply is longer than 1000 characters"), e::getMessage);
    // The limit is per reply: the next reply starts from zero.
    ReplyReader reader = parser.newReader();
    String reply = line + "250 " + "y".repeat(496) + "\r\n";
    reader.feed(reply + reply, replies::add);
    assertEquals(2, replies.size());
  }

  @Test
  void builderRefusesLimitsBelowTheRfc() {
    assertThrows(IllegalArgumentException.class, () -> ReplyParser.builder().setMaxLineLength(509));
    assertThrows(IllegalArgumentException.class, () -> ReplyParser.builder().setMaxLines(0));
    assertThrows(
        IllegalArgumentException.class, () -> ReplyParser.builder().setMaxReplyLength(100));
    ReplyParser p = ReplyParser.builder().setMaxLines(7).build();
    assertEquals(7, p.getMaxLines());
    assertEquals(ReplyParser.DEFAULT_MAX_LINE_LENGTH, p.getMaxLineLength());
    assertEquals(7, p.toBuilder().setMaxLineLength(510).build().getMaxLines());
  }

  @Test
  void argumentsAreChecked() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    assertThrows(
        IndexOutOfBoundsException.class, () -> reader.feed(new byte[2], 1, 2, replies::add));
  }
}
