package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.StatusCodeRegistry;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A well-formed reply code and status, with the status's registry entry (null if the status is not
 * registered): the input of the rules of {@link dev.smtpstatus.Rule.Input#PAIR} once both parse.
 *
 * @param code the reply code
 * @param status the enhanced status code
 * @param entry the registry's entry for {@code status}, or null if it is not registered
 */
public record Pair(ReplyCode code, EnhancedStatusCode status, @Nullable RegistryEntry entry) {

  /** Checks the values are not null. */
  public Pair {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(status, "status == null");
  }

  /** The pair with the status's entry looked up in the IANA registry. */
  public static Pair of(ReplyCode code, EnhancedStatusCode status) {
    return new Pair(code, status, StatusCodeRegistry.iana().get(status));
  }

  /** The reply code's first digit. */
  int classDigit() {
    return code.getValue() / 100;
  }
}
