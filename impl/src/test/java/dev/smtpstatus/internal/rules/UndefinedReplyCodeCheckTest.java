package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UndefinedReplyCodeCheck}: a failing case, a passing case and the computed fix. */
class UndefinedReplyCodeCheckTest {
  @Test
  void codeNoRfcDefinesWarnsWithTheDefinedCodesOfItsCategory() {
    Finding f = only(559, "5.0.0");
    assertSame(Rule.UNDEFINED_REPLY_CODE, f.getRule());
    assertSame(Severity.WARNING, f.getSeverity());
    assertEquals("smtp-status/UndefinedReplyCode", f.getTag());
    assertContains("reply code 559 is not defined", f.getMessage());
    assertContains("RFC 5321 §4.2", f.getMessage());
    assertContains("550, 551, 552, 553, 554, 555 or 556 with 5.0.0", f.getMessage());
  }

  @Test
  void theRegistrysCodesComeFirstInTheFix() {
    Finding f = find(559, "5.3.4", Rule.UNDEFINED_REPLY_CODE);
    assertContains("use 552 or 554 with 5.3.4, as the registry pairs them", f.getMessage());
  }

  @Test
  void emptyCategoryFallsBackToTheCatchAllCode() {
    assertContains("use 451 (", find(441, "4.0.0", Rule.UNDEFINED_REPLY_CODE).getMessage());
  }

  @Test
  void aWildcardDoesNotDefineACode() {
    assertEquals(List.of(Rule.UNDEFINED_REPLY_CODE), rules(559, "5.7.17"));
  }

  @Test
  void codesTheRegistryNamesForTheStatusPass() {
    assertCompatible(422, "4.7.12");
    assertCompatible(523, "5.7.10");
    assertCompatible(533, "5.7.1");
  }

  @Test
  void definedCodesPass() {
    assertCompatible(250, "2.0.0");
    assertCompatible(421, "4.0.0");
  }

  @Test
  void theCheckMatchesAnUndefinedCodeAndComputesTheFix() {
    Check<Pair> check = new UndefinedReplyCodeCheck();
    assertContains(
        "use 550, 551, 552, 553, 554, 555 or 556 with 5.0.0", assertMatches(check, 559, "5.0.0"));
    assertNoMatch(check, 525, "5.7.13"); // the registry names 525 for X.7.13
    assertNoMatch(check, 250, "2.0.0");
  }
}
