package dev.smtpstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.ReplyReader;
import dev.smtpstatus.ReplySyntaxException;
import dev.smtpstatus.SmtpReply;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@code smtp-status parse} on raw bytes as standard input. Without
 * {@code JAZZER_FUZZ} it runs once per committed seed input
 * (src/test/resources/dev/smtpstatus/cli/ParseCommandFuzzTestInputs/); {@code tools/fuzz.sh} fuzzes
 * it for a given time.
 *
 * <p>Invariants: the exit code is 0 or 2, never the internal error's; 2 exactly when the library's
 * reader refuses the input, with one message on standard error and nothing there otherwise; one
 * JSON object per reply the reader reads, each on one line with no raw control character, in order.
 */
class ParseCommandFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parseRawBytes(byte[] stdin) {
    List<SmtpReply> expected = new ArrayList<>();
    boolean malformed = false;
    ReplyReader reader = ReplyParser.defaults().newReader();
    try {
      reader.feed(stdin, 0, stdin.length, expected::add);
      reader.finish(expected::add);
    } catch (ReplySyntaxException e) {
      malformed = true;
    }

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"parse", "--format", "json"},
            new ByteArrayInputStream(stdin),
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertEquals(malformed ? 2 : 0, code, err::toString);
    String[] lines = out.toString().isEmpty() ? new String[0] : out.toString().split("\n", -1);
    List<String> objects = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      // println ends every object with the platform's line separator, so split leaves one "".
      if (i == lines.length - 1) {
        assertEquals("", lines[i]);
      } else {
        objects.add(
            lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i]);
      }
    }
    assertEquals(expected.size(), objects.size(), out::toString);
    for (int i = 0; i < objects.size(); i++) {
      String json = objects.get(i);
      assertEquals(ParseCommand.json(expected.get(i)), json);
      assertTrue(json.startsWith("{\"code\": " + expected.get(i).getCode().getValue() + ", "));
      assertTrue(json.chars().noneMatch(c -> c < 0x20), json);
    }
    if (malformed) {
      assertTrue(err.toString().startsWith("smtp-status: malformed reply at "), err::toString);
      assertEquals(1, err.toString().split("\n", -1).length - 1, err::toString);
    } else {
      assertEquals("", err.toString());
    }
  }
}
