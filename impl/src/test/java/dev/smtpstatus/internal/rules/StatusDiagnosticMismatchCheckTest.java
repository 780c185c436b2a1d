package dev.smtpstatus.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.SmtpReply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StatusDiagnosticMismatchCheck}: a failing case, passing cases and the computed fix. */
class StatusDiagnosticMismatchCheckTest {
  private final Check<DsnRecipient> check = new StatusDiagnosticMismatchCheck();

  private static DsnRecipient recipient(String status, String reply) {
    SmtpReply r = SmtpReply.parse(reply);
    return new DsnRecipient("failed", EnhancedStatusCode.parse(status), r.getCode(), r.getStatus());
  }

  @Test
  void aTransientStatusWithAPermanentReplyMatchesAndTheFixIsTheReplysStatus() {
    DsnRecipient r = recipient("4.0.0", "550 5.7.1 blocked");
    assertTrue(check.matches(r));
    assertEquals(
        "Status 4.0.0 has class 4 but the Diagnostic-Code reply 550 5.7.1 has class 5: the Status"
            + " reports the reply's class (RFC 3464 §2.3.4, RFC 2034 §3). Send Status 5.7.1 with"
            + " this diagnostic.",
        check.message(r));
  }

  @Test
  void withoutAStatusInTheReplyTheFixIsTheStatusInTheReplysClass() {
    DsnRecipient r = recipient("5.2.2", "452 Mailbox over quota");
    assertTrue(check.matches(r));
    assertTrue(
        check.message(r).endsWith("Send Status 4.2.2 with this diagnostic."), check.message(r));
  }

  @Test
  void aStatusOfTheReplysClassPasses() {
    assertFalse(check.matches(recipient("5.0.0", "550 5.1.1 no such user")));
    assertFalse(check.matches(recipient("4.4.1", "421 try later")));
    assertFalse(
        check.matches(new DsnRecipient("failed", EnhancedStatusCode.parse("5.0.0"), null, null)));
  }

  @Test
  void theEngineReportsItWithTheActionRule() {
    List<Finding> findings =
        Compatibility.checkDsnRecipient(
            "delayed", EnhancedStatusCode.parse("5.0.0"), SmtpReply.parse("450 4.2.1 later"));
    assertEquals(2, findings.size(), findings::toString);
    assertEquals(Rule.ACTION_STATUS_MISMATCH, findings.get(0).getRule());
    assertEquals(Rule.STATUS_DIAGNOSTIC_MISMATCH, findings.get(1).getRule());
  }
}
