package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import org.junit.jupiter.api.Test;

/** {@link UnregisteredStatusCheck}: a failing case, a passing case and the computed fix. */
class UnregisteredStatusCheckTest {
  @Test
  void unregisteredDetailWarnsWithTheFallbackAndNearbyCodes() {
    Finding f = only(550, "5.1.99");
    assertSame(Rule.UNREGISTERED_STATUS, f.getRule());
    assertSame(Severity.WARNING, f.getSeverity());
    assertEquals("smtp-status/UnregisteredStatus", f.getTag());
    assertContains("5.1.99 is not in the IANA registry", f.getMessage());
    assertContains("receivers read it as 5.1.0 (Other address status)", f.getMessage());
    assertContains("RFC 3463 §2", f.getMessage());
    assertContains("did you mean 5.1.9", f.getMessage());
  }

  @Test
  void unregisteredSubjectFallsBackToX00() {
    Finding f = only(250, "2.9.1");
    assertSame(Rule.UNREGISTERED_STATUS, f.getRule());
    assertContains("receivers read it as 2.0.0 (Other undefined Status)", f.getMessage());
  }

  @Test
  void registeredStatusPasses() {
    assertFalse(rules(550, "5.1.9").contains(Rule.UNREGISTERED_STATUS));
  }

  @Test
  void theCheckMatchesAnUnregisteredStatusAndComputesTheFix() {
    Check<Pair> check = new UnregisteredStatusCheck();
    assertContains("did you mean 5.1.9", assertMatches(check, 550, "5.1.99"));
    assertNoMatch(check, 550, "5.1.9");
  }
}
