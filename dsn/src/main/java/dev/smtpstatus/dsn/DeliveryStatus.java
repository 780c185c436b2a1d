package dev.smtpstatus.dsn;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The content of a {@code message/delivery-status} (RFC 3464 §2.1) or {@code
 * message/global-delivery-status} (RFC 6533 §6) part: the per-message fields and one group of
 * fields per recipient.
 */
@Value.Immutable
public abstract class DeliveryStatus {
  /** The field names RFC 3464 §2.2 defines for the message, in lower case. */
  static final List<String> STANDARD =
      List.of(
          "original-envelope-id",
          "reporting-mta",
          "dsn-gateway",
          "received-from-mta",
          "arrival-date");

  DeliveryStatus() {}

  /** The per-message fields in order, unfolded. */
  public abstract List<DsnField> getMessageFields();

  /** The per-recipient groups in order. */
  public abstract List<RecipientFields> getRecipients();

  /** Returns a delivery status of its parts. */
  public static DeliveryStatus of(List<DsnField> messageFields, List<RecipientFields> recipients) {
    return ImmutableDeliveryStatus.of(messageFields, recipients);
  }

  /** The value of the first per-message field named {@code name} (ignoring case), or null. */
  public @Nullable String get(String name) {
    return Fields.first(getMessageFields(), name);
  }

  /** {@code Reporting-MTA} (RFC 3464 §2.2.2), e.g. {@code dns; mail.example.com}, or null. */
  @Value.Derived
  public @Nullable TypedText getReportingMta() {
    return Fields.typed(get("Reporting-MTA"));
  }

  /** {@code Received-From-MTA} (RFC 3464 §2.2.4), or null. */
  @Value.Derived
  public @Nullable TypedText getReceivedFromMta() {
    return Fields.typed(get("Received-From-MTA"));
  }

  /** {@code Arrival-Date} (RFC 3464 §2.2.5), or null if absent or malformed. */
  @Value.Derived
  public @Nullable OffsetDateTime getArrivalDate() {
    return Fields.date(get("Arrival-Date"));
  }

  /** {@code Original-Envelope-Id} (RFC 3464 §2.2.1) as sent, or null. */
  public @Nullable String getOriginalEnvelopeId() {
    return get("Original-Envelope-Id");
  }

  /** The per-message fields RFC 3464 §2.2 does not define, as text. */
  public List<DsnField> getExtensionFields() {
    List<DsnField> out = new ArrayList<>();
    for (DsnField f : getMessageFields()) {
      if (!Fields.isStandard(f.getName(), STANDARD)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }
}
