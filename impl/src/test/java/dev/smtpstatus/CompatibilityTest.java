package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One passing and at least one failing case per rule, plus the examples of the design. */
class CompatibilityTest {

  /** The only finding of a pair; fails if there is not exactly one. */
  private static Finding only(int code, String status) {
    List<Finding> findings = Compatibility.check(code, status);
    assertEquals(1, findings.size(), () -> code + " " + status + ": " + findings);
    return findings.get(0);
  }

  private static List<Rule> rules(int code, String status) {
    List<Rule> rules = new ArrayList<>();
    for (Finding f : Compatibility.check(code, status)) {
      rules.add(f.getRule());
    }
    return rules;
  }

  private static Finding find(int code, String status, Rule rule) {
    for (Finding f : Compatibility.check(code, status)) {
      if (f.getRule() == rule) {
        return f;
      }
    }
    throw new AssertionError(code + " " + status + " has no " + rule + ": " + rules(code, status));
  }

  private static void assertContains(String expected, String actual) {
    assertTrue(actual.contains(expected), () -> "expected <" + expected + "> in <" + actual + ">");
  }

  private static void assertCompatible(int code, String status) {
    assertEquals(List.of(), Compatibility.check(code, status), code + " " + status);
  }

  @Nested
  class MalformedStatus {
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
  }

  @Nested
  class MalformedReplyCode {
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
  }

  @Nested
  class IntermediateReply {
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
  }

  @Nested
  class ClassMismatch {
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
  }

  @Nested
  class UnregisteredStatus {
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
  }

  @Nested
  class DeprecatedStatus {
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
  }

  @Nested
  class UnlistedReplyCode {
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
  }

  @Nested
  class UnintendedClass {
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
          "use a 4xx reply code with 4.2.2",
          find(550, "5.2.2", Rule.UNINTENDED_CLASS).getMessage());
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
  }

  @Nested
  class UndefinedReplyCode {
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
  }

  @Test
  void everyPairTheRegistryListsIsCompatible() {
    int pairs = 0;
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      for (ReplyCode code : e.getAssociatedReplyCodes().getCodes()) {
        EnhancedStatusCode status =
            e.withStatusClass(dev.smtpstatus.api.StatusClass.of(code.getValue() / 100));
        assertEquals(List.of(), Compatibility.check(code, status), code + " " + status);
        pairs++;
      }
    }
    assertTrue(pairs > 100, "pairs: " + pairs);
  }

  @Test
  void requireCompatibleThrowsOnErrorsWithEveryFinding() {
    IncompatibleReplyException e =
        assertThrows(
            IncompatibleReplyException.class, () -> Compatibility.requireCompatible(452, "5.3.4"));
    assertEquals("452 5.3.4", e.getPair());
    assertEquals(List.of(Rule.CLASS_MISMATCH), List.of(e.getFindings().get(0).getRule()));
    assertContains("\"452 5.3.4\"", e.getMessage());
    assertContains("[smtp-status/ClassMismatch]", e.getMessage());
  }

  @Test
  void requireCompatibleThrowsOnMalformedInput() {
    assertThrows(
        IllegalArgumentException.class, () -> Compatibility.requireCompatible(55, "5.1.1"));
  }

  @Test
  void requireCompatibleReturnsTheWarnings() {
    List<Finding> warnings =
        Compatibility.requireCompatible(ReplyCode.of(550), EnhancedStatusCode.parse("5.3.4"));
    assertEquals(Compatibility.check(550, "5.3.4"), warnings);
    assertEquals(List.of(), Compatibility.requireCompatible(552, "5.3.4"));
  }

  @Test
  void aParsedReplyKeepsWhatTheServerSentAndTheEngineSaysWhy() {
    SmtpReply relayed = SmtpReply.parse("451 5.7.3 STARTTLS is required\r\n");
    assertEquals(Compatibility.check(451, "5.7.3"), Compatibility.check(relayed));
    assertEquals(
        List.of(Rule.CLASS_MISMATCH), List.of(Compatibility.check(relayed).get(0).getRule()));
    IncompatibleReplyException e =
        assertThrows(
            IncompatibleReplyException.class, () -> Compatibility.requireCompatible(relayed));
    assertEquals("451 5.7.3", e.getPair());
  }

  @Test
  void aBuiltReplyHasOnlyWarnings() {
    SmtpReply reply = SmtpReply.of(550, "5.3.4", "Message too big");
    assertEquals(List.of(Rule.UNLISTED_REPLY_CODE), rules(550, "5.3.4"));
    assertEquals(Compatibility.check(550, "5.3.4"), Compatibility.requireCompatible(reply));
    assertEquals(List.of(), Compatibility.requireCompatible(SmtpReply.of(354, null, "go ahead")));
  }

  @Test
  void textAndTypedChecksAgree() {
    assertEquals(
        Compatibility.check(ReplyCode.of(452), EnhancedStatusCode.parse("5.3.4")),
        Compatibility.check(452, "5.3.4"));
  }

  @Test
  void hasErrors() {
    assertTrue(Compatibility.hasErrors(Compatibility.check(452, "5.3.4")));
    assertFalse(Compatibility.hasErrors(Compatibility.check(550, "5.3.4")));
    assertFalse(Compatibility.hasErrors(List.of()));
  }

  @Test
  void findingToStringStartsWithTheTag() {
    assertTrue(only(550, "5.3.4").toString().startsWith("[smtp-status/UnlistedReplyCode] "));
  }

  @Test
  void nullsAreRejectedAtTheBoundary() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Compatibility.check(550, null));
    assertEquals("status == null", e.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> Compatibility.check(null, EnhancedStatusCode.parse("5.1.1")));
  }

  @Test
  void repairDropsSpacesAndLeadingZeros() {
    assertEquals("5.1.1", String.valueOf(Compatibility.repair(" 5. 01.001", null)));
    assertEquals(null, Compatibility.repair("hello", null));
  }
}
