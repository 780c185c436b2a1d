package dev.smtpstatus.dsn;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A bounce read by {@link BounceReader}: the delivery-status part if the message has one, and every
 * recipient it reports, classified.
 */
@Value.Immutable
public abstract class Bounce {
  Bounce() {}

  /**
   * Where the recipients were read: {@code rfc3464} for a delivery-status part, or the name of the
   * free-text format (e.g. {@code postfix}, {@code exim}, {@code qmail}); null if none was found.
   */
  public abstract @Nullable String getFormat();

  /** The delivery-status part, or null if the message has none. */
  public abstract @Nullable DeliveryStatus getDeliveryStatus();

  /** Every recipient reported, in order; empty if the message reports none. */
  public abstract List<BouncedRecipient> getRecipients();

  /** Whether a cap of the reader cut the message, so that this is a best-effort result. */
  public abstract boolean isTruncated();

  static Bounce of(
      @Nullable String format,
      @Nullable DeliveryStatus status,
      List<BouncedRecipient> recipients,
      boolean truncated) {
    return ImmutableBounce.of(format, status, recipients, truncated);
  }
}
