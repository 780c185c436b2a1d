package dev.smtpstatus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.ReplyReader;
import dev.smtpstatus.ReplySyntaxException;
import dev.smtpstatus.SmtpReply;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Coverage-guided fuzzing of the reply parser, the streaming reader and the formatter; see {@link
 * CodeFuzzTest} for how the tests run. The invariants:
 *
 * <ul>
 *   <li>{@code parse} throws nothing but {@link ReplySyntaxException}, agrees with {@code
 *       parseOrNull}, and with a {@link ReplyReader} given the same text: one reply exactly when
 *       {@code parse} reads one, equal to it;
 *   <li>the reader's result — the replies, then the error or the end — does not depend on how the
 *       bytes are cut into chunks (the fuzzer chooses the cuts), nor on whether they come as an
 *       array, a direct buffer or, when they are UTF-8, as characters; so the byte-at-a-time path
 *       and the fast paths agree;
 *   <li>every limit holds: lines per reply, characters per line and per reply, and what a reader
 *       keeps pending;
 *   <li>the formatter never writes a line the caller did not pass, and what it writes parses back
 *       equal.
 * </ul>
 */
class ReplyFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void smtpReplyParse(FuzzedDataProvider data) {
    ReplyParser parser = limits(data);
    String text = data.consumeRemainingAsString();
    SmtpReply parsed;
    try {
      parsed = parser.parse(text);
    } catch (ReplySyntaxException e) {
      checkError(e);
      parsed = null;
    }
    assertEquals(parsed, parser.parseOrNull(text));
    if (parser == ReplyParser.defaults()) {
      assertEquals(parsed, SmtpReply.parseOrNull(text));
    }
    // A reader of the same text, with a line ending added where parse accepts the last line
    // without one: parse reads a reply exactly when the reader reads one and nothing else.
    String stream = text.endsWith("\n") ? text : text + "\r\n";
    Outcome read = Outcome.ofChars(parser, stream);
    if (parsed != null) {
      assertEquals(List.of(parsed), read.replies, text);
      assertNull(read.error, text);
      checkLimits(parser, parsed);
      assertEquals(text.substring(0, 3), parsed.getCode().toString());
    } else {
      assertTrue(read.error != null || read.replies.size() != 1, text);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void replyReaderFeed(FuzzedDataProvider data) {
    ReplyParser parser = limits(data);
    int cuts = data.consumeInt(0, 16);
    int[] sizes = new int[cuts];
    for (int i = 0; i < cuts; i++) {
      sizes[i] = data.consumeInt(0, 600);
    }
    byte[] bytes = data.consumeRemainingAsBytes();

    Outcome whole = Outcome.ofChunks(parser, bytes, new int[0], false);
    for (SmtpReply r : whole.replies) {
      checkLimits(parser, r);
    }
    assertEquals(whole, Outcome.ofChunks(parser, bytes, sizes, false), "chunked");
    assertEquals(whole, Outcome.ofChunks(parser, bytes, sizes, true), "direct buffers");
    assertEquals(whole, Outcome.ofChunks(parser, bytes, new int[] {1}, false), "byte by byte");
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      assertEquals(whole, Outcome.ofChars(parser, utf8), "characters");
    }
  }

  @FuzzTest(maxDuration = "5m")
  void formatterNeverInjectsALine(FuzzedDataProvider data) {
    int code = data.consumeBoolean() ? data.consumeInt(200, 559) : data.consumeInt();
    String status = data.consumeBoolean() ? null : data.consumeString(12);
    int n = data.consumeInt(0, 4);
    String[] lines = new String[n];
    for (int i = 0; i < n; i++) {
      lines[i] = data.consumeString(600);
    }
    SmtpReply reply;
    try {
      reply = SmtpReply.of(code, status, lines);
    } catch (IllegalArgumentException e) {
      // The documented refusals: a bad code or status, an incompatible pair, bad text.
      return;
    }
    assertEquals(code, reply.getCode().getValue());
    assertEquals(n == 0 ? List.of("") : List.of(lines), reply.getLines());
    String wire = reply.format();
    // One CRLF per line passed, at the end of each; no other CR or LF anywhere.
    String[] written = wire.split("\r\n", -1);
    assertEquals(reply.getLines().size() + 1, written.length, wire);
    assertEquals("", written[written.length - 1]);
    for (int i = 0; i < written.length - 1; i++) {
      String line = written[i];
      assertFalse(line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0, wire);
      assertTrue(line.startsWith(reply.getCode() + (i < written.length - 2 ? "-" : " ")), line);
      assertTrue(
          line.getBytes(StandardCharsets.UTF_8).length + 2 <= SmtpReply.MAX_LINE_OCTETS, line);
    }
    assertEquals(reply, SmtpReply.parse(wire), wire);
    assertEquals(
        new Outcome(List.of(reply), null, true),
        Outcome.ofChunks(
            ReplyParser.defaults(), wire.getBytes(StandardCharsets.UTF_8), new int[] {7}, false));
  }

  /** Limits drawn by the fuzzer, small enough for it to reach them, or the defaults. */
  private static ReplyParser limits(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return ReplyParser.defaults();
    }
    return ReplyParser.builder()
        .setMaxLineLength(data.consumeInt(ReplyParser.MIN_LINE_LENGTH, 600))
        .setMaxLines(data.consumeInt(1, 8))
        .setMaxReplyLength(data.consumeInt(ReplyParser.MIN_LINE_LENGTH, 2000))
        .build();
  }

  static void checkLimits(ReplyParser parser, SmtpReply reply) {
    List<String> lines = reply.getLines();
    assertTrue(!lines.isEmpty() && lines.size() <= parser.getMaxLines(), reply::toString);
    int total = 0;
    for (String line : lines) {
      // The text of a line is what is left of it after the code (and separator and status).
      assertTrue(line.length() + 3 <= parser.getMaxLineLength(), reply::toString);
      total += line.length() + 3;
      assertFalse(line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0, reply::toString);
    }
    assertTrue(total <= parser.getMaxReplyLength(), reply::toString);
  }

  private static void checkError(ReplySyntaxException e) {
    assertTrue(e.getLineNumber() >= 1, e::getMessage);
    assertTrue(e.getIndex() >= -1 && e.getIndex() <= e.getInput().length(), e::getMessage);
    assertTrue(e.getMessage().contains("RFC"), e::getMessage);
  }

  private static @Nullable String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** What a reader made of a whole input: the replies, then the error, or a clean end. */
  static final class Outcome {
    final List<SmtpReply> replies;
    final @Nullable String error;
    final boolean finished;

    Outcome(List<SmtpReply> replies, @Nullable String error, boolean finished) {
      this.replies = replies;
      this.error = error;
      this.finished = finished;
    }

    /** Feeds chunks of the given sizes in turn (0 is an empty chunk), then the rest. */
    static Outcome ofChunks(ReplyParser parser, byte[] bytes, int[] sizes, boolean direct) {
      ReplyReader reader = parser.newReader();
      List<SmtpReply> replies = new ArrayList<>();
      ReplyReader.Handler handler = replies::add;
      int max = parser.getMaxReplyLength() + parser.getMaxLineLength() + 1;
      try {
        int pos = 0;
        int k = 0;
        while (pos < bytes.length) {
          int size =
              sizes.length == 0
                  ? bytes.length - pos
                  : Math.min(sizes[k++ % sizes.length], bytes.length - pos);
          if (direct) {
            ByteBuffer b = ByteBuffer.allocateDirect(size);
            b.put(bytes, pos, size).flip();
            reader.feed(b, handler);
            assertEquals(0, b.remaining());
          } else {
            // Surround the chunk with bytes the reader must not look at.
            byte[] chunk = new byte[size + 2];
            chunk[0] = '\n';
            chunk[size + 1] = '\n';
            System.arraycopy(bytes, pos, chunk, 1, size);
            reader.feed(chunk, 1, size, handler);
          }
          pos += size;
          assertTrue(reader.getPendingLength() <= max, "pending " + reader.getPendingLength());
          if (sizes.length > 0 && k > 64 * sizes.length) {
            sizes = new int[0]; // all zero sizes: feed the rest at once
          }
        }
        reader.finish(handler);
      } catch (ReplySyntaxException e) {
        checkError(e);
        assertThrows(IllegalStateException.class, () -> reader.finish(handler));
        return new Outcome(replies, e.getMessage(), false);
      }
      assertThrows(IllegalStateException.class, () -> reader.feed(new byte[1], 0, 1, handler));
      return new Outcome(replies, null, true);
    }

    static Outcome ofChars(ReplyParser parser, String text) {
      ReplyReader reader = parser.newReader();
      List<SmtpReply> replies = new ArrayList<>();
      try {
        // Two pieces: the characters path keeps state across calls too.
        int half = text.length() / 2;
        reader.feed(CharBuffer.wrap(text, 0, half), replies::add);
        reader.feed(text.substring(half), replies::add);
        reader.finish(replies::add);
      } catch (ReplySyntaxException e) {
        checkError(e);
        return new Outcome(replies, e.getMessage(), false);
      }
      return new Outcome(replies, null, true);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof Outcome)) {
        return false;
      }
      Outcome other = (Outcome) o;
      return replies.equals(other.replies)
          && java.util.Objects.equals(error, other.error)
          && finished == other.finished;
    }

    @Override
    public int hashCode() {
      return replies.hashCode();
    }

    @Override
    public String toString() {
      return replies + (error != null ? " then " + error : finished ? " then end" : "");
    }
  }
}
