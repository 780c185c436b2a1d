package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.*;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link IntermediateReplyCheck}: a failing case, a passing case and the computed fix. */
class IntermediateReplyCheckTest {
  @ParameterizedTest
  @CsvSource({"354, 5.3.4", "334, 2.7.0", "355, 4.0.0"})
  void intermediateRepliesCarryNoStatus(int code, String status) {
    Finding f = only(code, status);
    assertSame(Rule.INTERMEDIATE_REPLY, f.getRule());
    assertSame(Severity.ERROR, f.getSeverity());
    assertContains("reply code " + code + " is an intermediate reply (3xx)", f.getMessage());
    assertContains("RFC 2034 §3", f.getMessage());
    assertContains("send " + code + " without a status", f.getMessage());
  }

  @Test
  void theFixNamesTheRegistrysCodes() {
    assertContains("use 552 or 554 with 5.3.4", only(354, "5.3.4").getMessage());
  }

  @Test
  void completionReplyPasses() {
    assertCompatible(552, "5.3.4");
  }

  @Test
  void theCheckMatchesA3xxReplyAndComputesTheFix() {
    Check<Pair> check = new IntermediateReplyCheck();
    assertContains("use 552 or 554 with 5.3.4", assertMatches(check, 354, "5.3.4"));
    assertNoMatch(check, 552, "5.3.4");
  }
}
