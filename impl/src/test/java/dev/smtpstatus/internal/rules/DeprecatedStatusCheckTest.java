package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import org.junit.jupiter.api.Test;

/** {@link DeprecatedStatusCheck}: a failing case, a passing case and the computed fix. */
class DeprecatedStatusCheckTest {
  @Test
  void x610WarnsWithItsCanonicalCode() {
    Finding f = only(550, "5.6.10");
    assertSame(Rule.DEPRECATED_STATUS, f.getRule());
    assertSame(Severity.WARNING, f.getSeverity());
    assertContains("IANA lists X.6.10 as a duplicate of X.6.8", f.getMessage());
    assertContains("use 5.6.8", f.getMessage());
  }

  @Test
  void canonicalCodePasses() {
    assertCompatible(550, "5.6.8");
  }

  @Test
  void theCheckMatchesTheDeprecatedStatusAndComputesTheFix() {
    Check<Pair> check = new DeprecatedStatusCheck();
    assertContains("use 5.6.8 (", assertMatches(check, 550, "5.6.10"));
    assertNoMatch(check, 550, "5.6.8");
    assertNoMatch(check, 550, "5.9.99");
  }
}
