package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MalformedReplyCodeCheck}: a failing case, a passing case and the computed fix. */
class MalformedReplyCodeCheckTest {
  @ParameterizedTest
  @CsvSource({"55", "600", "199", "360", "5500", "-550", "0", "299"})
  void outOfGrammarCodesAreErrors(int code) {
    Finding f = only(code, "5.1.1");
    assertSame(Rule.MALFORMED_REPLY_CODE, f.getRule());
    assertSame(Severity.ERROR, f.getSeverity());
    assertEquals("smtp-status/MalformedReplyCode", f.getTag());
    assertContains("reply code " + code + " is not valid", f.getMessage());
    assertContains("RFC 5321 §4.2", f.getMessage());
  }

  @Test
  void theFixComesFromTheRegistryWhenTheStatusIsValid() {
    assertContains("use 552 or 554 with 5.3.4", only(5520, "5.3.4").getMessage());
  }

  @Test
  void bothMalformedGiveTwoErrors() {
    assertEquals(List.of(Rule.MALFORMED_REPLY_CODE, Rule.MALFORMED_STATUS), rules(600, "x"));
  }

  @Test
  void validCodePasses() {
    assertCompatible(250, "2.0.0");
  }

  @Test
  void theCheckMatchesTheTextAndComputesTheFix() {
    Check<PairText> check = new MalformedReplyCodeCheck();
    PairText number = PairText.of(5520, "5.3.4");
    assertTrue(check.matches(number));
    assertContains("use 552 or 554 with 5.3.4", check.message(number));
    assertEquals(check.message(number), only(5520, "5.3.4").getMessage());
    assertFalse(check.matches(PairText.of(552, "5.3.4")));
  }

  @ParameterizedTest
  @CsvSource({"55x, 2", "+550, 0", "055, 0", "' 550', 0", "26O, 1"})
  void textThatIsNotANumberIsMalformedWhereTheGrammarBreaks(String code, int index) {
    List<Finding> findings = dev.smtpstatus.Compatibility.check(code, "5.3.4");
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertSame(Rule.MALFORMED_REPLY_CODE, f.getRule());
    assertEquals(
        "reply code \""
            + code
            + "\": a reply code is three digits, the first 2-5 and the second"
            + " 0-5 (RFC 5321 §4.2) (at index "
            + index
            + "); use a code such as 250, 451 or 554.",
        f.getMessage());
    assertTrue(new MalformedReplyCodeCheck().matches(PairText.of(code, "5.3.4")));
  }

  @Test
  void digitsTypedAsTextReadLikeTheNumber() {
    assertEquals(
        dev.smtpstatus.Compatibility.check(260, "2.0.0"),
        dev.smtpstatus.Compatibility.check("260", "2.0.0"));
    assertEquals(List.of(), dev.smtpstatus.Compatibility.check("552", "5.3.4"));
  }
}
