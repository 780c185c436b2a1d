package dev.smtpstatus.testkit;

/**
 * Which enhanced status codes a generator draws. The first three are valid codes ({@code
 * EnhancedStatusCode} values), the last two are texts that are not codes ({@code String}s).
 */
public enum StatusCodeKind {
  /** Codes whose subject and detail IANA registers, in any of the classes 2, 4 and 5. */
  REGISTERED,
  /** Well-formed codes that IANA does not register, such as {@code 5.1.99} or {@code 4.8.0}. */
  UNREGISTERED,
  /** Any well-formed code (RFC 3463 §2), registered or not, up to {@code 5.999.999}. */
  WELL_FORMED,
  /**
   * Texts one defect away from a code: {@code 5.01.1}, {@code 6.1.1}, {@code 5.1.1.}, {@code 5.
   * 1.1}, {@code ٥.1.1}, {@code X.1.1}. A strict parser rejects every one.
   */
  NEAR_MISS,
  /** Texts that are not codes: near misses, the empty text, and junk built around a defect. */
  MALFORMED;

  /** True for the kinds that draw valid codes. */
  public boolean isValid() {
    return this == REGISTERED || this == UNREGISTERED || this == WELL_FORMED;
  }
}
