package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.RegisteredDetail;

/**
 * {@code smtp-status/DeprecatedStatus}: IANA lists the status as a deprecated duplicate (X.6.10 of
 * X.6.8, RFC 6531). The fix is the canonical code in the same class.
 */
public final class DeprecatedStatusCheck implements Check<Pair> {
  @Override
  public Rule rule() {
    return Rule.DEPRECATED_STATUS;
  }

  @Override
  public boolean matches(Pair input) {
    RegistryEntry entry = input.entry();
    return entry != null && entry.isDeprecated();
  }

  @Override
  public String message(Pair input) {
    EnhancedStatusCode status = input.status();
    RegistryEntry entry = Fixes.entry(input);
    RegisteredDetail canonical = entry.getDetail().getCanonical();
    return status
        + " is deprecated: IANA lists "
        + entry.getCode()
        + " as a duplicate of "
        + canonical.getCode()
        + " ("
        + rule().getReference()
        + "): use "
        + EnhancedStatusCode.of(status.getStatusClass(), canonical)
        + " ("
        + canonical.getTitle()
        + ").";
  }
}
