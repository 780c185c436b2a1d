package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnintendedClassCheck}: a failing case, a passing case and the computed fix. */
class UnintendedClassCheckTest {
  @Test
  void permanentOnlyCodeAsTransientWarns() {
    Finding f = only(450, "4.3.4");
    assertSame(Rule.UNINTENDED_CLASS, f.getRule());
    assertSame(Severity.WARNING, f.getSeverity());
    assertEquals("smtp-status/UnintendedClass", f.getTag());
    assertContains("4.3.4 is a transient failure", f.getMessage());
    assertContains(
        "X.3.4 (Message too big for system) for permanent failures only", f.getMessage());
    assertContains("IANA registry description", f.getMessage());
    assertContains("use 552 or 554 with 5.3.4", f.getMessage());
  }

  @Test
  void transientOnlyCodeWithAnUnlistedPermanentReplyWarnsTwice() {
    assertEquals(List.of(Rule.UNLISTED_REPLY_CODE, Rule.UNINTENDED_CLASS), rules(550, "5.2.2"));
    assertContains(
        "use a 4xx reply code with 4.2.2", find(550, "5.2.2", Rule.UNINTENDED_CLASS).getMessage());
  }

  @Test
  void successWithAFailureOnlyCodeProposesTheSuccessCodeOfTheSubject() {
    Finding f = only(250, "2.1.1");
    assertSame(Rule.UNINTENDED_CLASS, f.getRule());
    assertContains("2.1.1 is a success", f.getMessage());
    assertContains("2.1.5 (Destination address valid)", f.getMessage());
  }

  @Test
  void failureCodeAsSuccessWarns() {
    assertEquals(List.of(Rule.UNINTENDED_CLASS), rules(250, "2.7.15"));
  }

  @Test
  void theRegistrysOwnPairWinsOverItsDescription() {
    // X.2.2 "should be used as a persistent transient failure", yet the registry lists 552.
    assertCompatible(552, "5.2.2");
  }

  @Test
  void codesMeantForTheClassPass() {
    assertCompatible(250, "2.1.5"); // success only
    assertCompatible(250, "2.6.4"); // success or permanent
    assertCompatible(554, "5.6.4");
    assertCompatible(451, "4.4.1"); // transient only
    assertCompatible(452, "4.2.4"); // failures
    assertCompatible(552, "5.2.4");
  }

  @Test
  void theCheckMatchesAStatusMeantForAnotherClassAndComputesTheFix() {
    Check<Pair> check = new UnintendedClassCheck();
    assertContains("use 552 or 554 with 5.3.4", assertMatches(check, 450, "4.3.4"));
    assertContains(
        "or, for 250, 2.1.5 (Destination address valid)", assertMatches(check, 250, "2.1.1"));
    assertNoMatch(check, 552, "5.2.2");
    assertNoMatch(check, 450, "4.9.99");
  }
}
