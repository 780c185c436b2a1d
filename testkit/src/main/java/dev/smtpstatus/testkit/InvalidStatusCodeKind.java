package dev.smtpstatus.testkit;

/**
 * Which texts that are not enhanced status codes a generator draws. A strict parser (RFC 3463 §2)
 * rejects every one. Valid codes have their own kind, {@link StatusCodeKind}.
 */
public enum InvalidStatusCodeKind {
  /**
   * Texts one defect away from a code: {@code 5.01.1}, {@code 6.1.1}, {@code 5.1.1.}, {@code 5.
   * 1.1}, {@code ٥.1.1}, {@code X.1.1}.
   */
  NEAR_MISS,
  /** Texts that are not codes: near misses, the empty text, and junk built around a defect. */
  MALFORMED
}
