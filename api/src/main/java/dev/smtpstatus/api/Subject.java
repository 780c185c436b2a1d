package dev.smtpstatus.api;

/**
 * The subject of an enhanced status code: its second number, which says what the status is about
 * (address, mailbox, mail system, network, protocol, content, security). RFC 3463 §2 allows 0 to
 * 999; IANA registers 0 to 7 ({@link RegisteredSubject}); any other number is kept as an {@link
 * UnregisteredSubject}.
 *
 * <p>Sealed, so a Kotlin {@code when} or Java 21 {@code switch} needs no default:
 *
 * <pre>{@code
 * String about = switch (subject) {
 *   case RegisteredSubject r -> r.getTitle();
 *   case UnregisteredSubject u -> "subject " + u.getNumber();
 * };
 * }</pre>
 */
public sealed interface Subject permits RegisteredSubject, UnregisteredSubject {

  /** The subject number as written on the wire, 0 to 999. */
  int getNumber();

  /** True if IANA registers this subject (0 to 7). */
  boolean isRegistered();

  /**
   * Returns the subject with the given number: the registered constant for 0 to 7, otherwise an
   * {@link UnregisteredSubject} that keeps the number.
   *
   * @throws IllegalArgumentException if {@code number} is outside 0 to 999 (RFC 3463 §2: one to
   *     three digits)
   */
  static Subject of(int number) {
    RegisteredSubject registered = RegisteredSubject.ofOrNull(number);
    return registered != null ? registered : new UnregisteredSubject(number);
  }
}
