package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings compose their messages on first use; that must not be observable. */
class FindingTest {

  @Test
  void aLazyMessageIsTheTextAsCheckedNotAsTheCallerLaterChangesIt() {
    StringBuilder status = new StringBuilder("5.01.1");
    List<Finding> findings = Compatibility.check(550, status);
    status.setLength(0);
    status.append("9.9.9");
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).getMessage().contains("\"5.01.1\""), findings.get(0).getMessage());
  }

  @Test
  void equalityIsRuleAndMessageWhetherComposedLazilyOrNot() {
    Finding lazy = Compatibility.check(ReplyCode.of(452), EnhancedStatusCode.parse("5.3.4")).get(0);
    Finding eager = Finding.of(Rule.CLASS_MISMATCH, lazy.getMessage());
    assertEquals(eager, lazy);
    assertEquals(eager.hashCode(), lazy.hashCode());
    assertEquals(eager.toString(), lazy.toString());
    assertNotEquals(Finding.of(Rule.UNLISTED_REPLY_CODE, lazy.getMessage()), lazy);
    assertEquals(
        lazy, Compatibility.check(ReplyCode.of(452), EnhancedStatusCode.parse("5.3.4")).get(0));
  }
}
