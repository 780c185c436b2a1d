package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.Rule;
import dev.smtpstatus.StatusCodeRegistry;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * {@code smtp-status/UnregisteredStatus}: the subject or detail is not in the IANA registry, so
 * receivers read the status as X.s.0 or X.0.0 (RFC 3463 §2). The fix is a registered code one edit
 * away, or the fallback itself.
 */
public final class UnregisteredStatusCheck implements Check<Pair> {
  @Override
  public Rule rule() {
    return Rule.UNREGISTERED_STATUS;
  }

  @Override
  public boolean matches(Pair input) {
    return input.entry() == null;
  }

  @Override
  public String message(Pair input) {
    EnhancedStatusCode status = input.status();
    EnhancedStatusCode read = Fixes.fallback(status);
    RegistryEntry readEntry = Objects.requireNonNull(StatusCodeRegistry.iana().get(read));
    StringBuilder b =
        new StringBuilder()
            .append(status)
            .append(" is not in the IANA registry, so receivers read it as ")
            .append(read)
            .append(" (")
            .append(readEntry.getTitle())
            .append(") (")
            .append(rule().getReference())
            .append(")");
    List<RegistryEntry> similar = Fixes.similar(input.code(), status);
    if (!similar.isEmpty()) {
      StringJoiner j = new StringJoiner(" or ", ": did you mean ", "?");
      for (RegistryEntry e : similar) {
        j.add(Fixes.inClass(e, status.getStatusClass()) + " (" + e.getTitle() + ")");
      }
      b.append(j);
    } else {
      b.append(": use ").append(read).append(" or another registered code.");
    }
    return b.toString();
  }
}
