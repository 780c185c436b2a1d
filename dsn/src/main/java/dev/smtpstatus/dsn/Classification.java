package dev.smtpstatus.dsn;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Whether a recipient's failure is permanent, and why it happened; see {@link BounceClassifier}.
 */
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /**
   * True if the failure is permanent (do not send this message to this address again), false if it
   * is transient (retrying later may work), null when nothing tells, or for a success.
   */
  public abstract @Nullable Boolean getPermanent();

  /** Why delivery failed or was delayed. */
  public abstract BounceReason getReason();

  /** Returns a classification of its parts. */
  public static Classification of(@Nullable Boolean permanent, BounceReason reason) {
    return ImmutableClassification.of(permanent, reason);
  }
}
