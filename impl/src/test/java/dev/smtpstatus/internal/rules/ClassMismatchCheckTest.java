package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ClassMismatchCheck}: a failing case, a passing case and the computed fix. */
class ClassMismatchCheckTest {
  @Test
  void transientCodeWithPermanentStatusGivesTheRegistrysFix() {
    Finding f = only(452, "5.3.4");
    assertSame(Rule.CLASS_MISMATCH, f.getRule());
    assertSame(Severity.ERROR, f.getSeverity());
    assertEquals("smtp-status/ClassMismatch", f.getTag());
    assertContains("reply code 452 is a transient failure (4xx)", f.getMessage());
    assertContains("status 5.3.4 is a permanent failure (class 5)", f.getMessage());
    assertContains("RFC 2034 §3, RFC 3463 §3.1", f.getMessage());
    assertContains("use 552 or 554 with 5.3.4, or 452 with 4.3.4", f.getMessage());
    // 4.3.4 itself would draw a warning: the message says so rather than hide it.
    assertContains("X.3.4 for permanent failures only", f.getMessage());
  }

  @Test
  void successCodeWithFailureStatus() {
    Finding f = only(250, "5.1.1");
    assertSame(Rule.CLASS_MISMATCH, f.getRule());
    assertContains("reply code 250 is a success (2xx)", f.getMessage());
    assertContains("use 550 with 5.1.1, or 250 with 2.1.1", f.getMessage());
  }

  @Test
  void failureCodeWithSuccessStatus() {
    Finding f = only(550, "2.1.1");
    assertSame(Rule.CLASS_MISMATCH, f.getRule());
    assertContains("status 2.1.1 is a success (class 2)", f.getMessage());
    assertContains("or 550 with 5.1.1.", f.getMessage());
  }

  @Test
  void wildcardsAreNamedInTheFix() {
    assertContains("use 550 (or another 5xx code) with 5.7.15", only(250, "5.7.15").getMessage());
  }

  @Test
  void anErrorSuppressesTheWarnings() {
    // 5.9.99 is unregistered, but the mismatch is what needs fixing first.
    assertEquals(List.of(Rule.CLASS_MISMATCH), rules(452, "5.9.99"));
  }

  @Test
  void sameClassPasses() {
    assertCompatible(452, "4.2.2");
    assertCompatible(250, "2.1.5");
    assertCompatible(550, "5.1.1");
  }

  @Test
  void theCheckMatchesAClassMismatchAndComputesTheFix() {
    Check<Pair> check = new ClassMismatchCheck();
    assertContains(
        "use 552 or 554 with 5.3.4, or 452 with 4.3.4", assertMatches(check, 452, "5.3.4"));
    assertNoMatch(check, 452, "4.2.2");
    assertNoMatch(check, 354, "5.3.4"); // an intermediate reply has no class to mismatch
  }
}
