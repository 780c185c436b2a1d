package dev.smtpstatus.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import java.util.ArrayList;
import java.util.List;

/** What the tests of the checks share: findings of a pair through the engine, and of one check. */
final class RuleAssertions {
  private RuleAssertions() {}

  /** The only finding of a pair; fails if there is not exactly one. */
  static Finding only(int code, String status) {
    List<Finding> findings = Compatibility.check(code, status);
    assertEquals(1, findings.size(), () -> code + " " + status + ": " + findings);
    return findings.get(0);
  }

  static List<Rule> rules(int code, String status) {
    List<Rule> rules = new ArrayList<>();
    for (Finding f : Compatibility.check(code, status)) {
      rules.add(f.getRule());
    }
    return rules;
  }

  static Finding find(int code, String status, Rule rule) {
    for (Finding f : Compatibility.check(code, status)) {
      if (f.getRule() == rule) {
        return f;
      }
    }
    throw new AssertionError(code + " " + status + " has no " + rule + ": " + rules(code, status));
  }

  static void assertContains(String expected, String actual) {
    assertTrue(actual.contains(expected), () -> "expected <" + expected + "> in <" + actual + ">");
  }

  static void assertCompatible(int code, String status) {
    assertEquals(List.of(), Compatibility.check(code, status), code + " " + status);
  }

  /** The well-formed pair, with its registry entry. */
  static Pair pair(int code, String status) {
    return Pair.of(ReplyCode.of(code), EnhancedStatusCode.parse(status));
  }

  /**
   * Asserts the check matches the pair and that its message is the one the engine reports for it:
   * the check is what the engine runs.
   */
  static String assertMatches(Check<Pair> check, int code, String status) {
    Pair pair = pair(code, status);
    assertTrue(check.matches(pair), () -> check.rule() + " should match " + code + " " + status);
    String message = check.message(pair);
    assertEquals(message, find(code, status, check.rule()).getMessage());
    return message;
  }

  /** Asserts the check does not match the pair. */
  static void assertNoMatch(Check<Pair> check, int code, String status) {
    assertFalse(
        check.matches(pair(code, status)),
        () -> check.rule() + " should not match " + code + " " + status);
  }
}
