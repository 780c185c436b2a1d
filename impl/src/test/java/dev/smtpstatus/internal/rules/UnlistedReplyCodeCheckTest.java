package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link UnlistedReplyCodeCheck}: a failing case, a passing case and the computed fix. */
class UnlistedReplyCodeCheckTest {
  @Test
  void codeOutsideTheListOfItsClassWarnsWithTheListedOnes() {
    Finding f = only(550, "5.3.4");
    assertSame(Rule.UNLISTED_REPLY_CODE, f.getRule());
    assertSame(Severity.WARNING, f.getSeverity());
    assertEquals("smtp-status/UnlistedReplyCode", f.getTag());
    assertContains("the registry pairs 5.3.4 with 552 or 554", f.getMessage());
    assertContains("not 550", f.getMessage());
    assertContains("non-exclusive", f.getMessage());
    assertContains("RFC 5248 §2", f.getMessage());
  }

  @Test
  void successCodesGetTheSameCare() {
    Finding f = only(251, "2.1.5");
    assertSame(Rule.UNLISTED_REPLY_CODE, f.getRule());
    assertContains("the registry pairs 2.1.5 with 250, not 251", f.getMessage());
  }

  @Test
  void noWarningWhereTheRegistryNamesNoCodeOfTheClass() {
    // X.2.2 lists 552 only: the registry names no 4xx code, so 452 is not "unlisted".
    assertCompatible(452, "4.2.2");
  }

  @ParameterizedTest
  @CsvSource({
    "552, 5.3.4", // listed
    "554, 5.3.4", // listed
    "421, 4.0.0", // Any
    "250, 2.0.0", // Any
  })
  void listedPairsPass(int code, String status) {
    assertFalse(rules(code, status).contains(Rule.UNLISTED_REPLY_CODE));
  }

  @Test
  void wildcardsMeanWhatTheySay() {
    assertCompatible(553, "5.7.17"); // 5XX
    assertCompatible(451, "4.7.15"); // 450, 550 (other 4XX or 5XX codes are allowed)
    assertCompatible(554, "5.7.16"); // 552 (other 4XX or 5XX codes are allowed)
  }

  @Test
  void notGivenNamesNoCode() {
    assertCompatible(550, "5.1.2");
    assertCompatible(451, "4.4.7");
  }

  @Test
  void unspecifiedNamesNoCode() {
    assertCompatible(451, "4.7.28"); // registered as "."
  }

  @Test
  void theCheckMatchesAnUnlistedCodeAndComputesTheFix() {
    Check<Pair> check = new UnlistedReplyCodeCheck();
    assertContains("use 552 or 554 with 5.3.4", assertMatches(check, 550, "5.3.4"));
    assertNoMatch(check, 552, "5.3.4");
    assertNoMatch(check, 452, "4.2.2");
    assertNoMatch(check, 550, "5.9.99");
  }
}
