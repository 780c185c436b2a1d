package dev.smtpstatus.dsn;

import org.immutables.value.Value;

/**
 * One field of a DSN's per-message or per-recipient group as sent: its name and its unfolded value
 * (RFC 3464 §2.1, with the header syntax of RFC 5322 §2.2). Every field is kept this way, so that a
 * malformed value and an extension field can still be read.
 */
@Value.Immutable
public abstract class DsnField {
  DsnField() {}

  /** The field name as sent, e.g. {@code Final-Recipient}. */
  public abstract String getName();

  /** The value, unfolded and trimmed. */
  public abstract String getValue();

  /** Returns a field of its parts. */
  public static DsnField of(String name, String value) {
    return ImmutableDsnField.of(name, value);
  }

  @Override
  public String toString() {
    return getName() + ": " + getValue();
  }
}
