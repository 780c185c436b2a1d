package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.StatusClass;

/**
 * {@code smtp-status/ActionStatusMismatch}: a DSN recipient's Action does not fit its Status class.
 * RFC 3464 §2.3.3: {@code failed} goes with a 5.x.x status, {@code delayed} with 4.x.x, and {@code
 * delivered}, {@code relayed} and {@code expanded} with 2.x.x. The fix names the action that fits
 * the status, and the status of the action's class.
 */
public final class ActionStatusMismatchCheck implements Check<DsnRecipient> {
  @Override
  public Rule rule() {
    return Rule.ACTION_STATUS_MISMATCH;
  }

  @Override
  public boolean matches(DsnRecipient input) {
    String action = input.action();
    EnhancedStatusCode status = input.status();
    return action != null
        && status != null
        && status.getClassNumber() != DsnRecipient.expectedClass(action);
  }

  @Override
  public String message(DsnRecipient input) {
    String action = input.action();
    EnhancedStatusCode status = input.status();
    if (action == null || status == null) {
      throw new IllegalStateException("message of a recipient the check does not match");
    }
    int expected = DsnRecipient.expectedClass(action);
    String fitting =
        status.isPermanent() ? "failed" : status.isTransient() ? "delayed" : "delivered";
    return "Action "
        + action
        + " goes with a "
        + expected
        + ".x.x status but Status is "
        + status
        + " (class "
        + status.getClassNumber()
        + "): failed goes with 5.x.x, delayed with 4.x.x, delivered, relayed and expanded with"
        + " 2.x.x ("
        + rule().getReference()
        + "). Send Action: "
        + fitting
        + " with "
        + status
        + ", or Status "
        + status.withStatusClass(StatusClass.of(expected))
        + " with Action: "
        + action
        + ".";
  }
}
