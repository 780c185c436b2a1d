package dev.smtpstatus.testkit;

/**
 * Which valid enhanced status codes a generator draws. Texts that are not codes have their own
 * kind, {@link InvalidStatusCodeKind}.
 */
public enum StatusCodeKind {
  /** Codes whose subject and detail IANA registers, in any of the classes 2, 4 and 5. */
  REGISTERED,
  /** Well-formed codes that IANA does not register, such as {@code 5.1.99} or {@code 4.8.0}. */
  UNREGISTERED,
  /** Any well-formed code (RFC 3463 §2), registered or not, up to {@code 5.999.999}. */
  WELL_FORMED
}
