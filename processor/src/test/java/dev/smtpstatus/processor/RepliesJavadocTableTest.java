package dev.smtpstatus.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the table in {@code @Replies}'s Javadoc in step with {@link Rule}: one row per rule the
 * processor reports (the rules of {@link Rule.Input#PAIR}, {@link Rule.Input#COMMAND} and {@link
 * Rule.Input#DECLARED}), with the rule's severity and source. The api module cannot depend on the
 * engine, so the table is written by hand and checked here.
 */
class RepliesJavadocTableTest {
  private static final Path SOURCE =
      Path.of("../api/src/main/java/dev/smtpstatus/api/Replies.java");
  private static final Pattern ROW =
      Pattern.compile(
          "<tr><td>\\{@code (smtp-status/\\w+)}</td><td>.*?</td><td>(\\w+)</td><td>(.*?)</td></tr>");

  /** The Javadoc's rows, tag to "severity|source", with the comment's line prefixes removed. */
  private static Map<String, String> rows() throws IOException {
    StringBuilder javadoc = new StringBuilder();
    for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
      javadoc.append(line.replaceFirst("^\\s*\\*\\s?", "").strip()).append(' ');
    }
    String text = javadoc.toString().replace("> <", "><");
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      rows.put(m.group(1), m.group(2) + "|" + m.group(3));
    }
    return rows;
  }

  @Test
  void everyRuleTheProcessorReportsHasOneRowWithItsSeverityAndSource() throws IOException {
    assertTrue(Files.exists(SOURCE), SOURCE.toAbsolutePath()::toString);
    Set<Rule.Input> reported = EnumSet.of(Rule.Input.PAIR, Rule.Input.COMMAND, Rule.Input.DECLARED);
    Map<String, String> want = new LinkedHashMap<>();
    for (Rule rule : Rule.values()) {
      if (reported.contains(rule.getInput())) {
        want.put(
            rule.getTag(),
            rule.getSeverity().name().toLowerCase(Locale.ROOT) + "|" + rule.getReference());
      }
    }
    assertEquals(want, rows());
  }
}
