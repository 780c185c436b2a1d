package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MalformedStatusCheck}: a failing case, a passing case and the computed fix. */
class MalformedStatusCheckTest {
  @Test
  void leadingZeroIsAnErrorThatQuotesTheInputAndProposesTheRepair() {
    Finding f = only(550, "5.01.1");
    assertSame(Rule.MALFORMED_STATUS, f.getRule());
    assertSame(Severity.ERROR, f.getSeverity());
    assertEquals("smtp-status/MalformedStatus", f.getTag());
    assertContains("\"5.01.1\"", f.getMessage());
    assertContains("leading zero in the subject", f.getMessage());
    assertContains("RFC 3463 §2", f.getMessage());
    assertContains("did you mean 5.1.1?", f.getMessage());
  }

  @Test
  void registryFormTakesTheReplyCodesClassInTheFix() {
    Finding f = only(552, "X.3.4");
    assertSame(Rule.MALFORMED_STATUS, f.getRule());
    assertContains("did you mean 5.3.4?", f.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''",
        "5.1",
        "6.1.1",
        "5.1.1.1",
        "5.1000.1",
        "5..1",
        "'5.1.1 '",
        "' 5.1.1'",
        "\u0665.1.1"
      })
  void everyBrokenGrammarRuleIsAnError(String status) {
    Finding f = only(550, status);
    assertSame(Rule.MALFORMED_STATUS, f.getRule());
    assertTrue(f.isError());
    assertContains("RFC 3463 §2", f.getMessage());
  }

  @Test
  void withoutARepairTheFixShowsTheShapeInTheReplysClass() {
    assertContains("e.g. 4.0.0", only(451, "hello").getMessage());
  }

  @Test
  void wellFormedStatusPasses() {
    assertFalse(rules(550, "5.1.1").contains(Rule.MALFORMED_STATUS));
    assertCompatible(550, "5.1.1");
  }

  @Test
  void theCheckMatchesTheTextAndComputesTheRepair() {
    Check<PairText> check = new MalformedStatusCheck();
    PairText text = PairText.of(552, "X.3.4");
    assertTrue(check.matches(text));
    assertContains("did you mean 5.3.4?", check.message(text));
    assertEquals(check.message(text), only(552, "X.3.4").getMessage());
    assertFalse(check.matches(PairText.of(552, "5.3.4")));
  }
}
