package dev.smtpstatus;

import dev.smtpstatus.api.StatusClass;
import org.jspecify.annotations.Nullable;

/** What the first digit of a reply code says (RFC 5321 §4.2.1). */
public enum ReplyType {
  /** {@code 2yz}: the requested action has been successfully completed. */
  POSITIVE_COMPLETION(StatusClass.SUCCESS),
  /** {@code 3yz}: accepted, but held until more information arrives (e.g. 354 after DATA). */
  POSITIVE_INTERMEDIATE(null),
  /** {@code 4yz}: not accepted, but the error condition is temporary; the client may retry. */
  TRANSIENT_NEGATIVE_COMPLETION(StatusClass.PERSISTENT_TRANSIENT_FAILURE),
  /** {@code 5yz}: not accepted; the client should not repeat the exact request. */
  PERMANENT_NEGATIVE_COMPLETION(StatusClass.PERMANENT_FAILURE);

  private final @Nullable StatusClass statusClass;

  ReplyType(@Nullable StatusClass statusClass) {
    this.statusClass = statusClass;
  }

  /**
   * The enhanced status class that goes with this type (RFC 2034 §3), or null for intermediate
   * replies, which carry no enhanced status code.
   */
  public @Nullable StatusClass getStatusClass() {
    return statusClass;
  }

  /** The first digit of reply codes of this type, 2 to 5. */
  public int getDigit() {
    return ordinal() + 2;
  }
}
