package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the vectors of {@code replies/conformance.tsv} (RFC examples, the issue's cases and peers'
 * test vectors, with the places where peers disagree) through {@link SmtpReply#parse}, {@link
 * SmtpReply#parseOrNull} and a {@link ReplyReader} fed in one piece and byte by byte.
 */
class ReplyConformanceTest {

  /** One row of the file. */
  static final class Vector {
    final String id;
    final byte[] input;
    final boolean isReply;
    final int codeOrLine;
    final String statusOrRule;
    final List<String> lines;
    final List<String> findings;

    Vector(String[] cells) {
      id = cells[0];
      input = bytes(cells[1]);
      isReply = cells[2].equals("reply");
      codeOrLine = Integer.parseInt(cells[3]);
      statusOrRule = cells[4];
      lines = isReply ? lines(cells[5]) : List.of();
      findings = !isReply || cells[6].equals("-") ? List.of() : List.of(cells[6].split(","));
    }

    String text() {
      return new String(input, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return id;
    }
  }

  static List<Vector> vectors() throws IOException {
    List<Vector> out = new ArrayList<>();
    try (InputStream in =
        ReplyConformanceTest.class.getResourceAsStream("/replies/conformance.tsv")) {
      assertNotNull(in, "replies/conformance.tsv");
      String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String row : file.split("\n", -1)) {
        if (row.isEmpty() || row.startsWith("#")) {
          continue;
        }
        String[] cells = row.split("\t", -1);
        assertTrue(cells.length >= 7, () -> "7 or 8 cells: " + row);
        out.add(new Vector(cells));
      }
    }
    assertTrue(out.size() > 100, "the file has its vectors");
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void parse(Vector v) {
    if (v.isReply) {
      SmtpReply reply = SmtpReply.parse(v.text());
      assertReply(v, reply);
      assertEquals(reply, SmtpReply.parseOrNull(v.text()));
    } else {
      ReplySyntaxException e =
          assertThrows(ReplySyntaxException.class, () -> SmtpReply.parse(v.text()));
      assertError(v, e);
      assertNull(SmtpReply.parseOrNull(v.text()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void readerAgrees(Vector v) {
    if (v.statusOrRule.equals("TRAILING")) {
      return; // parse() reads exactly one reply; a reader reads on (ReplyReaderTest)
    }
    if (v.input.length == 0) {
      ReplyReader reader = ReplyParser.defaults().newReader();
      List<SmtpReply> replies = new ArrayList<>();
      reader.finish(replies::add);
      assertEquals(List.of(), replies, "an empty stream holds no reply");
      return;
    }
    if (v.input[v.input.length - 1] != '\n') {
      // parse() reads a last line without line ending; a reader calls it cut off (0110).
      int lines = 1;
      for (byte b : v.input) {
        lines += b == '\n' ? 1 : 0;
      }
      for (int chunk : new int[] {v.input.length, 1}) {
        ReplyReader reader = ReplyParser.defaults().newReader();
        List<SmtpReply> replies = new ArrayList<>();
        for (int i = 0; i < v.input.length; i += chunk) {
          reader.feed(v.input, i, Math.min(chunk, v.input.length - i), replies::add);
        }
        ReplySyntaxException e =
            assertThrows(ReplySyntaxException.class, () -> reader.finish(replies::add), v.id);
        assertEquals(ReplyAssembler.RULE_CUT_OFF, e.getRule(), v.id);
        assertEquals(lines, e.getLineNumber(), v.id);
        assertEquals(List.of(), replies, v.id);
      }
      return;
    }
    for (int chunk : new int[] {Math.max(1, v.input.length), 1}) {
      ReplyReader reader = ReplyParser.defaults().newReader();
      List<SmtpReply> replies = new ArrayList<>();
      try {
        for (int i = 0; i < v.input.length; i += chunk) {
          reader.feed(v.input, i, Math.min(chunk, v.input.length - i), replies::add);
        }
        reader.finish(replies::add);
        assertTrue(v.isReply, () -> v.id + ": expected an error, got " + replies);
        assertEquals(1, replies.size(), v.id);
        assertReply(v, replies.get(0));
      } catch (ReplySyntaxException e) {
        assertTrue(!v.isReply, () -> v.id + ": " + e.getMessage());
        assertError(v, e);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void formatReadsBack(Vector v) {
    SmtpReply reply = SmtpReply.parseOrNull(v.text());
    if (reply == null) {
      return;
    }
    SmtpReply again = SmtpReply.parse(reply.format());
    assertEquals(reply.getCode(), again.getCode());
    assertEquals(reply.getStatus(), again.getStatus());
    assertEquals(reply.getLines(), again.getLines());
    // The wire form carries the status on every line, so only the lines' disagreement is gone.
    assertEquals(
        reply.getFindings().stream()
            .filter(f -> f.getRule() != Rule.MIXED_STATUS)
            .collect(Collectors.toList()),
        again.getFindings());
  }

  private static void assertReply(Vector v, SmtpReply reply) {
    assertEquals(v.codeOrLine, reply.getCode().getValue(), v.id);
    EnhancedStatusCode status = reply.getStatus();
    assertEquals(v.statusOrRule, status == null ? "-" : status.toString(), v.id);
    assertEquals(v.lines, reply.getLines(), v.id);
    assertEquals(
        v.findings,
        reply.getFindings().stream()
            .map(f -> f.getTag().substring("smtp-status/".length()))
            .collect(Collectors.toList()),
        v.id);
  }

  private static void assertError(Vector v, ReplySyntaxException e) {
    assertEquals(v.codeOrLine, e.getLineNumber(), () -> v.id + ": " + e.getMessage());
    String rule = rule(v.statusOrRule);
    assertTrue(e.getRule().startsWith(rule), () -> v.id + ": " + e.getMessage());
    assertTrue(e.getMessage().startsWith("line " + v.codeOrLine + ": "), e::getMessage);
  }

  /** The rule's text up to its first format argument. */
  private static String rule(String key) {
    String rule;
    switch (key) {
      case "CODE":
        rule = ReplyAssembler.RULE_CODE;
        break;
      case "SEPARATOR":
        rule = ReplyAssembler.RULE_SEPARATOR;
        break;
      case "SAME_CODE":
        rule = ReplyAssembler.RULE_SAME_CODE;
        break;
      case "BARE_CR":
        rule = ReplyAssembler.RULE_BARE_CR;
        break;
      case "INCOMPLETE":
        rule = ReplyAssembler.RULE_INCOMPLETE;
        break;
      case "TRAILING":
        rule = ReplyAssembler.RULE_TRAILING;
        break;
      default:
        throw new AssertionError("unknown rule " + key);
    }
    int arg = rule.indexOf('%');
    return arg < 0 ? rule : rule.substring(0, arg);
  }

  /** Decodes the input column: \r \n \t \\ \xNN (one byte) \\uXXXX (a character, in UTF-8). */
  static byte[] bytes(String cell) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        char e = cell.charAt(++i);
        switch (e) {
          case 'x':
            out.write(Integer.parseInt(cell.substring(i + 1, i + 3), 16));
            i += 2;
            break;
          case 'u':
            char[] chars = {(char) Integer.parseInt(cell.substring(i + 1, i + 5), 16)};
            i += 4;
            if (Character.isHighSurrogate(chars[0]) && cell.startsWith("\\u", i + 1)) {
              chars =
                  new char[] {chars[0], (char) Integer.parseInt(cell.substring(i + 3, i + 7), 16)};
              i += 6;
            }
            out.writeBytes(new String(chars).getBytes(StandardCharsets.UTF_8));
            break;
          default:
            out.write(unescape(e));
        }
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** Decodes the lines column: {@code ["a", "b"]} with \" \\ \t \\uXXXX escapes. */
  static List<String> lines(String cell) {
    assertTrue(cell.startsWith("[\"") && cell.endsWith("\"]"), () -> "lines: " + cell);
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int i = 2;
    while (true) {
      char c = cell.charAt(i++);
      if (c == '\\') {
        char e = cell.charAt(i++);
        if (e == 'u') {
          line.append((char) Integer.parseInt(cell.substring(i, i + 4), 16));
          i += 4;
        } else {
          line.append(unescape(e));
        }
      } else if (c == '"') {
        out.add(line.toString());
        line.setLength(0);
        if (cell.charAt(i) == ']') {
          return out;
        }
        assertTrue(cell.startsWith(", \"", i), () -> "lines: " + cell);
        i += 3;
      } else {
        line.append(c);
      }
    }
  }

  private static char unescape(char e) {
    switch (e) {
      case 'r':
        return '\r';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '\\':
      case '"':
        return e;
      default:
        throw new AssertionError("unknown escape \\" + e);
    }
  }
}
