package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the lines of a parsed reply stand on the enhanced status code, as the reply parser found
 * them: the input of {@link MixedStatusCheck}. The parser only reports where; the engine decides
 * and words.
 *
 * @param status the reply's status: the first one any line carries
 * @param statusLine the number (from 1) of the first line that carries {@code status}
 * @param disagreeLine the number of the first line that carries another status or none, or 0 if
 *     every line carries {@code status}
 * @param disagreeStatus the status that line carries, or null if it carries none (or every line
 *     agrees)
 */
public record ReplyLines(
    EnhancedStatusCode status,
    int statusLine,
    int disagreeLine,
    @Nullable EnhancedStatusCode disagreeStatus) {

  /** Checks the status is not null. */
  public ReplyLines {
    Objects.requireNonNull(status, "status == null");
  }
}
