package dev.smtpstatus.api;

import org.jspecify.annotations.Nullable;

/**
 * A well-formed subject number that IANA does not register (8 to 999). RFC 3463 §2 asks receivers
 * to read an unknown subject as {@code X.0.0}; this type keeps the number so that nothing sent is
 * lost.
 */
public final class UnregisteredSubject implements Subject {
  private final int number;

  /**
   * Creates an unregistered subject.
   *
   * @throws IllegalArgumentException if {@code number} is outside 8 to 999: 0 to 7 are registered
   *     (use {@link Subject#of(int)}), and RFC 3463 §2 allows at most three digits
   */
  public UnregisteredSubject(int number) {
    if (number < 0 || number > 999) {
      throw new IllegalArgumentException(
          "subject " + number + " is out of range: RFC 3463 §2 allows 0 to 999 (1-3 digits)");
    }
    if (RegisteredSubject.ofOrNull(number) != null) {
      throw new IllegalArgumentException(
          "subject " + number + " is registered: use Subject.of(" + number + ")");
    }
    this.number = number;
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnregisteredSubject && ((UnregisteredSubject) o).number == number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /** Returns the subject in registry form, e.g. {@code X.9.YYY}. */
  @Override
  public String toString() {
    return "X." + number + ".YYY";
  }
}
