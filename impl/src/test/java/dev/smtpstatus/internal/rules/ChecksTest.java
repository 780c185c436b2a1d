package dev.smtpstatus.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the catalogue: every {@link Rule} has exactly one check, named after its tag, with a test
 * named after the check, in the list of its input and severity.
 */
class ChecksTest {

  private static String name(Rule rule) {
    return rule.getTag().substring("smtp-status/".length());
  }

  @Test
  void everyRuleHasExactlyOneCheckNamedAfterItsTag() {
    Map<Rule, List<Check<?>>> byRule = new EnumMap<>(Rule.class);
    for (Check<?> c : Checks.all()) {
      byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(c);
    }
    for (Rule rule : Rule.values()) {
      List<Check<?>> checks = byRule.getOrDefault(rule, List.of());
      assertEquals(1, checks.size(), () -> rule + " has checks " + checks);
      assertEquals(name(rule) + "Check", checks.get(0).getClass().getSimpleName());
    }
  }

  @Test
  void everyCheckHasItsTest() {
    for (Rule rule : Rule.values()) {
      String test = ChecksTest.class.getPackageName() + "." + name(rule) + "CheckTest";
      try {
        Class.forName(test);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(rule + " has no test " + test, e);
      }
    }
  }

  @Test
  void everyCheckIsListedForItsInputAndSeverity() {
    for (Check<?> c : Checks.PAIR_TEXT) {
      assertEquals(Rule.Input.PAIR, c.rule().getInput(), c.rule()::toString);
      assertEquals(Severity.ERROR, c.rule().getSeverity(), c.rule()::toString);
    }
    for (Check<?> c : Checks.PAIR_ERRORS) {
      assertEquals(Rule.Input.PAIR, c.rule().getInput(), c.rule()::toString);
      assertEquals(Severity.ERROR, c.rule().getSeverity(), c.rule()::toString);
    }
    for (Check<?> c : Checks.PAIR_WARNINGS) {
      assertEquals(Rule.Input.PAIR, c.rule().getInput(), c.rule()::toString);
      assertEquals(Severity.WARNING, c.rule().getSeverity(), c.rule()::toString);
    }
    for (Check<?> c : Checks.REPLY_LINES) {
      assertEquals(Rule.Input.REPLY, c.rule().getInput(), c.rule()::toString);
    }
    for (Check<?> c : Checks.COMMAND_WARNINGS) {
      assertEquals(Rule.Input.COMMAND, c.rule().getInput(), c.rule()::toString);
      assertEquals(Severity.WARNING, c.rule().getSeverity(), c.rule()::toString);
    }
    for (Check<?> c : Checks.DECLARED_WARNINGS) {
      assertEquals(Rule.Input.DECLARED, c.rule().getInput(), c.rule()::toString);
      assertEquals(Severity.WARNING, c.rule().getSeverity(), c.rule()::toString);
    }
    for (Check<?> c : Checks.DSN_RECIPIENT) {
      assertEquals(Rule.Input.DSN_RECIPIENT, c.rule().getInput(), c.rule()::toString);
      assertEquals(Severity.WARNING, c.rule().getSeverity(), c.rule()::toString);
    }
    for (Check<?> c : Checks.LINE_START) {
      assertEquals(Rule.Input.REPLY, c.rule().getInput(), c.rule()::toString);
    }
  }

  @Test
  void everyTagIsUnique() {
    List<String> tags = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      assertTrue(rule.getTag().matches("smtp-status/[A-Z][A-Za-z]+"), rule.getTag());
      assertTrue(!tags.contains(rule.getTag()), rule.getTag());
      tags.add(rule.getTag());
    }
  }
}
