package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy across rules (errors first, listed pairs are clean) and the facade's entry points;
 * each rule's own cases are in dev.smtpstatus.internal.rules.{Name}CheckTest.
 */
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

  @Test
  void listedPairsAreClean() {
    int pairs = 0;
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      for (ReplyCode code : e.getAssociatedReplyCodes().getCodes()) {
        EnhancedStatusCode status =
            e.toStatusCode(dev.smtpstatus.api.StatusClass.of(code.getValue() / 100));
        assertTrue(Compatibility.isListed(code, status), code + " " + status);
        assertEquals(List.of(), Compatibility.check(code, status), code + " " + status);
        pairs++;
      }
    }
    assertTrue(pairs > 100, "pairs: " + pairs);
  }

  @Test
  void isListedMeansNamedOneByOne() {
    assertTrue(Compatibility.isListed(ReplyCode.of(552), EnhancedStatusCode.parse("5.3.4")));
    assertFalse(Compatibility.isListed(ReplyCode.of(550), EnhancedStatusCode.parse("5.3.4")));
    // 5XX admits 553 for X.7.17, but does not name it.
    assertFalse(Compatibility.isListed(ReplyCode.of(553), EnhancedStatusCode.parse("5.7.17")));
    assertFalse(Compatibility.isListed(ReplyCode.of(550), EnhancedStatusCode.parse("5.9.99")));
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
}
