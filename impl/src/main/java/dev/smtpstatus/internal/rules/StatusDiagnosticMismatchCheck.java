package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.StatusClass;

/**
 * {@code smtp-status/StatusDiagnosticMismatch}: a DSN recipient's Status has another class than its
 * Diagnostic-Code reply. The Status reports the delivery attempt (RFC 3464 §2.3.4) and an enhanced
 * status code's class is its reply's (RFC 2034 §3), so {@code Status: 4.0.0} with {@code 550 5.7.1
 * …} contradicts itself. The fix is the reply's own status where its class fits, else the Status in
 * the reply's class.
 */
public final class StatusDiagnosticMismatchCheck implements Check<DsnRecipient> {
  @Override
  public Rule rule() {
    return Rule.STATUS_DIAGNOSTIC_MISMATCH;
  }

  @Override
  public boolean matches(DsnRecipient input) {
    EnhancedStatusCode status = input.status();
    int c = input.diagnosticClass();
    return status != null && (c == 2 || c == 4 || c == 5) && status.getClassNumber() != c;
  }

  @Override
  public String message(DsnRecipient input) {
    EnhancedStatusCode status = input.status();
    if (status == null) {
      throw new IllegalStateException("message of a recipient the check does not match");
    }
    int c = input.diagnosticClass();
    ReplyCode code = input.diagnosticCode();
    EnhancedStatusCode replyStatus = input.diagnosticStatus();
    String reply =
        code != null
            ? "reply " + code + (replyStatus == null ? "" : " " + replyStatus)
            : "reply status " + replyStatus;
    EnhancedStatusCode fix =
        replyStatus != null && replyStatus.getClassNumber() == c
            ? replyStatus
            : status.withStatusClass(StatusClass.of(c));
    return "Status "
        + status
        + " has class "
        + status.getClassNumber()
        + " but the Diagnostic-Code "
        + reply
        + " has class "
        + c
        + ": the Status reports the reply's class ("
        + rule().getReference()
        + "). Send Status "
        + fix
        + " with this diagnostic.";
  }
}
