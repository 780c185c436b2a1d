package dev.smtpstatus.api;

import org.jspecify.annotations.Nullable;

/**
 * A well-formed subject and detail pair that IANA does not register, such as {@code X.1.99} or
 * {@code X.9.0}. RFC 3463 §2 asks receivers to fall back to {@code X.s.0} and then {@code X.0.0};
 * this type keeps the numbers as sent. See {@link #getFallback()}.
 */
public final class UnregisteredDetail implements Detail {
  private final Subject subject;
  private final int number;

  /**
   * Creates an unregistered detail.
   *
   * @throws IllegalArgumentException if a number is outside 0 to 999 (RFC 3463 §2), or if IANA
   *     registers the pair (use {@link Detail#of(int, int)})
   */
  public UnregisteredDetail(int subject, int number) {
    if (number < 0 || number > 999) {
      throw new IllegalArgumentException(
          "detail " + number + " is out of range: RFC 3463 §2 allows 0 to 999 (1-3 digits)");
    }
    this.subject = Subject.of(subject);
    if (RegisteredDetail.ofOrNull(subject, number) != null) {
      throw new IllegalArgumentException(
          "X."
              + subject
              + "."
              + number
              + " is registered: use Detail.of("
              + subject
              + ", "
              + number
              + ")");
    }
    this.number = number;
  }

  @Override
  public Subject getSubject() {
    return subject;
  }

  @Override
  public int getNumber() {
    return number;
  }

  /** Always false. */
  @Override
  public boolean isRegistered() {
    return false;
  }

  /**
   * The registered detail a receiver should read this one as (RFC 3463 §2): {@code X.s.0} for a
   * registered subject, {@code X.0.0} otherwise.
   */
  public RegisteredDetail getFallback() {
    RegisteredDetail subjectDefault = RegisteredDetail.ofOrNull(subject.getNumber(), 0);
    return subjectDefault != null ? subjectDefault : OtherDetail.OTHER_UNDEFINED;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnregisteredDetail
        && ((UnregisteredDetail) o).number == number
        && ((UnregisteredDetail) o).subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return subject.getNumber() * 1000 + number;
  }

  /** Returns the detail in registry form, e.g. {@code X.1.99}. */
  @Override
  public String toString() {
    return "X." + subject.getNumber() + "." + number;
  }
}
