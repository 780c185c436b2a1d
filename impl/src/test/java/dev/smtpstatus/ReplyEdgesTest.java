package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges that mutation testing found unpinned: each range's first and last value and its
 * neighbours outside, each boolean result a caller depends on, each call whose removal changes what
 * a reader reads.
 */
class ReplyEdgesTest {

  /** RFC 5321 §4.2: the first digit is 2-5, the second 0-5, the third 0-9. */
  @ParameterizedTest(name = "{0} fails at index {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "150 x | 0", // '1' just below the first digit's range
        "650 x | 0", // '6' just above it
        "/50 x | 0",
        ":50 x | 0",
        "2/0 x | 1", // '/' just below '0'
        "2:0 x | 1", // ':' just above '9'
        "260 x | 1", // '6' just above the second digit's range
        "290 x | 1",
        "25/ x | 2",
        "25: x | 2",
        "25   | 2", // too short: two good digits, then the end
        "2    | 1",
      })
  void theCodeRuleNamesTheFirstBadDigit(String line, int index) {
    ReplySyntaxException e =
        assertThrows(ReplySyntaxException.class, () -> SmtpReply.parse(line.strip()));
    assertEquals(ReplyAssembler.RULE_CODE, e.getRule());
    assertEquals(index, e.getIndex(), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"200 x", "209 x", "250 x", "259 x", "500 x", "559 x", "540 x"})
  void theEdgesOfEachDigitRangeAreCodes(String line) {
    assertEquals(line.substring(0, 3), SmtpReply.parse(line).getCode().toString());
  }

  /** A line one character over the limit, then a good last line: the reply must not be read. */
  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\n"})
  void anOverlongLineIsNotSkippedWhenMoreLinesFollow(String eol) {
    ReplyParser parser = ReplyParser.builder().setMaxLineLength(510).build();
    String longLine = "250-" + "x".repeat(507); // 511 characters
    String text = longLine + eol + "250 ok" + eol;
    String rule = String.format(ReplyAssembler.RULE_LINE_TOO_LONG, 510);

    ReplySyntaxException e = assertThrows(ReplySyntaxException.class, () -> parser.parse(text));
    assertEquals(rule, e.getRule());
    assertEquals(1, e.getLineNumber());
    assertNull(parser.parseOrNull(text));

    for (Feed feed : Feed.values()) {
      List<SmtpReply> replies = new ArrayList<>();
      ReplySyntaxException r =
          assertThrows(
              ReplySyntaxException.class,
              () -> feed.all(parser.newReader(), text, replies),
              feed::name);
      assertEquals(rule, r.getRule(), feed.name());
      assertEquals(1, r.getLineNumber(), feed.name());
      assertEquals(List.of(), replies, feed.name());
    }
  }

  /** Every rule a line can break stops the reply even when a valid last line follows. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "250-a\\r b| 1",
        "250-a    | 1",
        "251-a    | 2",
        "250_a    | 1",
        "25x-a    | 1",
      })
  void aBadLineIsNeverSkipped(String first, int badLine) {
    // Line 1 is the given one; for "250-a" the second line "251-b" breaks the same-code rule.
    String line1 = first.strip().replace("\\r", "\r");
    String text =
        line1.equals("251-a") ? "250-x\r\n251-a\r\n250 ok\r\n" : line1 + "\r\n251 ok\r\n250 z\r\n";
    int expectedLine = line1.equals("250-a") ? 2 : badLine;
    assertThrows(ReplySyntaxException.class, () -> SmtpReply.parse(text));
    for (Feed feed : Feed.values()) {
      List<SmtpReply> replies = new ArrayList<>();
      ReplySyntaxException e =
          assertThrows(
              ReplySyntaxException.class,
              () -> feed.all(ReplyParser.defaults().newReader(), text, replies),
              feed::name);
      assertEquals(expectedLine, e.getLineNumber(), feed.name() + ": " + e.getMessage());
      assertEquals(List.of(), replies, feed.name());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "3, 4", // the fourth line is one too many
    "1, 2",
  })
  void theLineLimitHoldsExactly(int maxLines, int lines) {
    ReplyParser parser = ReplyParser.builder().setMaxLines(maxLines).build();
    StringBuilder ok = new StringBuilder();
    for (int i = 1; i < maxLines; i++) {
      ok.append("250-").append(i).append("\r\n");
    }
    assertEquals(maxLines, parser.parse(ok + "250 end\r\n").getLines().size());
    String tooMany = ok + "250-more\r\n250 end\r\n";
    ReplySyntaxException e = assertThrows(ReplySyntaxException.class, () -> parser.parse(tooMany));
    assertEquals(lines, e.getLineNumber());
  }

  @ParameterizedTest
  @ValueSource(ints = {510, 511, 600})
  void theReplyLengthLimitCountsEveryLineWithoutItsEnding(int limit) {
    ReplyParser parser = ReplyParser.builder().setMaxReplyLength(limit).build();
    // Two lines whose characters add up to the limit exactly: read; one more: refused.
    String a = "250-" + "a".repeat(100);
    String b = "250 " + "b".repeat(limit - a.length() - 4);
    assertEquals(limit, a.length() + b.length());
    assertEquals(2, parser.parse(a + "\r\n" + b + "\r\n").getLines().size());
    ReplySyntaxException e =
        assertThrows(ReplySyntaxException.class, () -> parser.parse(a + "\r\n" + b + "b\r\n"));
    assertEquals(String.format(ReplyAssembler.RULE_REPLY_TOO_LONG, limit), e.getRule());
    assertEquals(2, e.getLineNumber());
  }

  /** RFC 3629 §3 at each boundary of each sequence length; one U+FFFD per ill-formed sequence. */
  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
    "7f, 007f",
    "80, fffd", // a continuation byte with no lead
    "bf, fffd",
    "c0 80, fffd fffd", // C0 and C1 only ever start overlong forms
    "c1 bf, fffd fffd",
    "c2 80, 0080",
    "df bf, 07ff",
    "e0 80 80, fffd", // overlong three-byte form
    "e0 9f bf, fffd",
    "e0 a0 80, 0800",
    "ed 9f bf, d7ff", // just below the surrogates
    "ed a0 80, fffd", // a surrogate has no UTF-8 form
    "ed bf bf, fffd",
    "ee 80 80, e000", // just above them
    "ef bf bf, ffff",
    "f0 80 80 80, fffd", // overlong four-byte form
    "f0 8f bf bf, fffd",
    "f0 90 80 80, d800 dc00",
    "f4 8f bf bf, dbff dfff",
    "f4 90 80 80, fffd", // above U+10FFFF
    "f5 80 80 80, fffd fffd fffd fffd",
    "ff, fffd",
    "c3 41, fffd 0041", // cut short by an ASCII byte, which is read afresh
    "e2 82 41, fffd 0041",
    "c3 c3 a9, fffd 00e9",
  })
  void utf8Boundaries(String hex, String chars) {
    byte[] seq = HexFormat.ofDelimiter(" ").parseHex(hex);
    StringBuilder want = new StringBuilder();
    for (String c : chars.split(" ")) {
      want.append((char) Integer.parseInt(c, 16));
    }
    byte[] line = new byte[seq.length + 6];
    System.arraycopy("250 ".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 4);
    System.arraycopy(seq, 0, line, 4, seq.length);
    line[line.length - 2] = '\r';
    line[line.length - 1] = '\n';
    for (int chunk : new int[] {line.length, 1, 2, 3}) {
      ReplyReader reader = ReplyParser.defaults().newReader();
      List<SmtpReply> replies = new ArrayList<>();
      for (int i = 0; i < line.length; i += chunk) {
        reader.feed(line, i, Math.min(chunk, line.length - i), replies::add);
      }
      reader.finish(replies::add);
      assertEquals(1, replies.size());
      assertEquals(want.toString(), replies.get(0).getLines().get(0), "chunk " + chunk);
    }
  }

  @org.junit.jupiter.api.Test
  void charactersAfterACutSequenceFollowItsReplacement() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    List<SmtpReply> replies = new ArrayList<>();
    reader.feed(new byte[] {'2', '5', '0', ' ', 'a', (byte) 0xc3}, 0, 6, replies::add);
    reader.feed("b\r\n", replies::add);
    assertEquals(List.of(SmtpReply.of(250, null, "a\ufffdb")), replies);
  }

  @org.junit.jupiter.api.Test
  void finishReadsABytePendingAfterTheLastLine() {
    // The replacement character of the cut sequence is a line of its own, and not a reply.
    ReplyReader reader = ReplyParser.defaults().newReader();
    List<SmtpReply> replies = new ArrayList<>();
    byte[] bytes = "250 ok\r\n\u00e9".getBytes(StandardCharsets.UTF_8);
    reader.feed(bytes, 0, bytes.length - 1, replies::add);
    assertThrows(ReplySyntaxException.class, () -> reader.finish(replies::add));
    assertEquals(List.of(SmtpReply.of(250, null, "ok")), replies);
  }

  /** After finish, and after an error, every entry point refuses, even with nothing to read. */
  @org.junit.jupiter.api.Test
  void aStoppedReaderRefusesEveryCallEvenAnEmptyOne() {
    List<SmtpReply> replies = new ArrayList<>();
    ReplyReader finished = ReplyParser.defaults().newReader();
    finished.finish(replies::add);
    ReplyReader failed = ReplyParser.defaults().newReader();
    assertThrows(ReplySyntaxException.class, () -> failed.feed("x\r\n", replies::add));
    for (ReplyReader reader : List.of(finished, failed)) {
      assertThrows(IllegalStateException.class, () -> reader.feed(new byte[0], 0, 0, replies::add));
      assertThrows(
          IllegalStateException.class, () -> reader.feed(ByteBuffer.allocate(0), replies::add));
      assertThrows(
          IllegalStateException.class,
          () -> reader.feed(ByteBuffer.allocateDirect(0), replies::add));
      assertThrows(
          IllegalStateException.class,
          () -> reader.feed(ByteBuffer.allocate(0).asReadOnlyBuffer(), replies::add));
      assertThrows(IllegalStateException.class, () -> reader.feed("", replies::add));
      assertThrows(IllegalStateException.class, () -> reader.finish(replies::add));
    }
    assertEquals(List.of(), replies);
  }

  @org.junit.jupiter.api.Test
  void aStoppedReadersErrorNamesItsCause() {
    ReplyReader reader = ReplyParser.defaults().newReader();
    ReplySyntaxException cause =
        assertThrows(ReplySyntaxException.class, () -> reader.feed("x\r\n", r -> {}));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> reader.feed("250 ok\r\n", r -> {}));
    assertEquals(cause, e.getCause());
    assertTrue(e.getMessage().contains("does not resynchronise"));
  }

  /** The ways a reader can be fed the same text. */
  enum Feed {
    BYTES_AT_ONCE {
      @Override
      void all(ReplyReader reader, String text, List<SmtpReply> out) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        reader.feed(b, 0, b.length, out::add);
        reader.finish(out::add);
      }
    },
    BYTE_BY_BYTE {
      @Override
      void all(ReplyReader reader, String text, List<SmtpReply> out) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
          reader.feed(b, i, 1, out::add);
        }
        reader.finish(out::add);
      }
    },
    CHARS {
      @Override
      void all(ReplyReader reader, String text, List<SmtpReply> out) {
        reader.feed(text, out::add);
        reader.finish(out::add);
      }
    };

    abstract void all(ReplyReader reader, String text, List<SmtpReply> out);
  }
}
