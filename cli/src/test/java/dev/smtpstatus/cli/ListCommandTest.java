package dev.smtpstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.StatusCodeRegistry;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListCommandTest {

  @Test
  void tsvHasAHeaderAndEveryCodeWithExactTitleAndReplyCodes() {
    CliRun run = CliRun.of("list", "--format", "tsv");
    assertEquals(0, run.exitCode, run.toString());
    List<String> lines = run.out.lines().toList();
    assertEquals(82, lines.size());
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int code = header.indexOf("code");
    int title = header.indexOf("title");
    int replyCodes = header.indexOf("reply_codes");
    int reference = header.indexOf("reference");
    assertTrue(code >= 0 && title >= 0 && replyCodes >= 0 && reference >= 0, header.toString());
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(header.size(), cells.length, line);
      rows.put(cells[code], cells);
    }
    assertEquals(81, rows.size());
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      String[] row = rows.get(e.getCode());
      assertEquals(e.getTitle(), row[title], e.getCode());
      assertEquals(e.getAssociatedReplyCodes().getWording(), row[replyCodes], e.getCode());
    }
    assertEquals("Mail flood detected", rows.get("X.7.28")[title]);
    assertEquals(".", rows.get("X.7.28")[replyCodes]);
    assertEquals("250 or 251", rows.get("X.3.6")[replyCodes]);
    assertEquals("451/550", rows.get("X.7.24")[replyCodes]);
    assertEquals("RFC7372 (Section 3.3)", rows.get("X.7.25")[reference]);
  }

  @Test
  void jsonHasOneObjectPerCode() {
    CliRun run = CliRun.of("list", "--format", "json");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.startsWith("["), run.out);
    assertTrue(run.out.strip().endsWith("]"), run.out);
    assertEquals(81, run.out.split("\"code\": ", -1).length - 1);
    assertTrue(
        run.out.contains(
            "{\"code\": \"X.3.4\", \"title\": \"Message too big for system\", \"reply_codes\":"
                + " [552, 554], \"reply_code_classes\": [], \"reply_codes_text\": \"552, 554\","
                + " \"reference\": [\"RFC3463\"], \"applicability\": \"permanent_failure\""),
        run.out);
  }

  @Test
  void jsonReplyCodesAreAnArrayOfNumbersLikeReferenceIsAnArray() {
    String json = CliRun.of("list", "--format", "json").out;
    for (String object : json.split("\n")) {
      if (!object.contains("\"code\"")) {
        continue;
      }
      int at = object.indexOf("\"reply_codes\": ") + "\"reply_codes\": ".length();
      assertTrue(object.charAt(at) == '[', object);
      String array = object.substring(at + 1, object.indexOf(']', at));
      assertTrue(array.isEmpty() || array.matches("[2-5][0-9][0-9](, [2-5][0-9][0-9])*"), object);
    }
  }

  @Test
  void textIsTheDefault() {
    CliRun run = CliRun.of("list");
    assertEquals(0, run.exitCode, run.toString());
    assertEquals(81, run.out.lines().count());
    assertTrue(run.out.contains("X.2.2   Mailbox full"), run.out);
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("list", "--format", "xml");
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.contains("xml"), run.err);
  }
}
