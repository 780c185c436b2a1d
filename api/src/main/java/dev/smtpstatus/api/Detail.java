package dev.smtpstatus.api;

/**
 * The detail of an enhanced status code: its third number, read together with the subject. IANA
 * registers 81 details ({@link RegisteredDetail}, one enum per subject); any other well-formed pair
 * is kept as an {@link UnregisteredDetail}.
 *
 * <p>Sealed all the way down, so a Kotlin {@code when} is exhaustive without {@code else}:
 *
 * <pre>{@code
 * when (detail) {
 *   is OtherDetail, is AddressingDetail, is MailboxDetail, is MailSystemDetail,
 *   is RoutingDetail, is ProtocolDetail, is MediaDetail, is SecurityDetail -> detail.title
 *   is UnregisteredDetail -> "unregistered"
 * }
 * }</pre>
 */
public sealed interface Detail permits RegisteredDetail, UnregisteredDetail {

  /** The subject this detail belongs to. */
  Subject getSubject();

  /** The detail number as written on the wire, 0 to 999. */
  int getNumber();

  /** True if IANA registers this subject and detail. */
  boolean isRegistered();

  /**
   * Returns the detail for the given subject and detail numbers: the registered constant where IANA
   * registers one, otherwise an {@link UnregisteredDetail} that keeps both numbers. Looking up a
   * registered detail allocates nothing.
   *
   * @throws IllegalArgumentException if either number is outside 0 to 999 (RFC 3463 §2)
   */
  static Detail of(int subject, int detail) {
    RegisteredDetail registered = RegisteredDetail.ofOrNull(subject, detail);
    return registered != null ? registered : new UnregisteredDetail(subject, detail);
  }
}
