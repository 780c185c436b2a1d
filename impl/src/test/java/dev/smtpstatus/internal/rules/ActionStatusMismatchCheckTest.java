package dev.smtpstatus.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ActionStatusMismatchCheck}: a failing case, passing cases and the computed fix. */
class ActionStatusMismatchCheckTest {
  private final Check<DsnRecipient> check = new ActionStatusMismatchCheck();

  private static DsnRecipient recipient(String action, String status) {
    return new DsnRecipient(
        DsnRecipient.actionOf(action), EnhancedStatusCode.parse(status), null, null);
  }

  @Test
  void failedWithATransientStatusMatchesAndTheFixNamesBothWays() {
    DsnRecipient r = recipient("failed", "4.0.0");
    assertTrue(check.matches(r));
    assertEquals(
        "Action failed goes with a 5.x.x status but Status is 4.0.0 (class 4): failed goes with"
            + " 5.x.x, delayed with 4.x.x, delivered, relayed and expanded with 2.x.x (RFC 3464"
            + " §2.3.3). Send Action: delayed with 4.0.0, or Status 5.0.0 with Action: failed.",
        check.message(r));
  }

  @Test
  void relayedWithAFailureMatches() {
    assertTrue(check.matches(recipient("Relayed (via gateway)", "5.1.1")));
    assertTrue(
        check
            .message(recipient("relayed", "5.1.1"))
            .endsWith("or Status 2.1.1 with Action: relayed."));
  }

  @Test
  void actionsThatFitTheirClassPass() {
    assertFalse(check.matches(recipient("failed", "5.1.1")));
    assertFalse(check.matches(recipient("delayed", "4.4.1")));
    assertFalse(check.matches(recipient("delivered", "2.0.0")));
    assertFalse(check.matches(recipient("expanded", "2.1.5")));
    // An unknown action or a missing status is not this rule's business.
    assertFalse(check.matches(recipient("bounced", "4.0.0")));
    assertFalse(check.matches(new DsnRecipient("failed", null, null, null)));
  }

  @Test
  void theEngineReportsItForADsnRecipient() {
    List<Finding> findings =
        Compatibility.checkDsnRecipient("failed", EnhancedStatusCode.parse("4.0.0"), null);
    assertEquals(1, findings.size());
    assertEquals(Rule.ACTION_STATUS_MISMATCH, findings.get(0).getRule());
    assertEquals(
        List.of(),
        Compatibility.checkDsnRecipient("failed", EnhancedStatusCode.parse("5.0.0"), null));
  }
}
