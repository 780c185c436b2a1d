package dev.smtpstatus.api;

import org.jspecify.annotations.Nullable;

/**
 * The class of an enhanced status code: its first number, which says whether the reply reports
 * success, a persistent transient failure or a permanent failure (RFC 3463 §3.1).
 *
 * <pre>{@code
 * StatusClass c = StatusClass.of(5);     // PERMANENT_FAILURE
 * boolean retry = c.isTransient();        // false: resending as is will not help
 * }</pre>
 */
public enum StatusClass {
  /** {@code 2.XXX.YYY}: the DSN reports a positive delivery action. */
  SUCCESS(
      2,
      "Success",
      "The DSN reports a positive delivery action; detail sub-codes may report transformations"
          + " that delivery required."),
  /**
   * {@code 4.XXX.YYY}: the message is valid, but a temporary condition persisted; a later retry may
   * succeed.
   */
  PERSISTENT_TRANSIENT_FAILURE(
      4,
      "Persistent Transient Failure",
      "The message as sent is valid, but a persisting temporary condition made delivery attempts"
          + " be abandoned or delayed; sending later may succeed."),
  /** {@code 5.XXX.YYY}: resending the message in its current form is unlikely to succeed. */
  PERMANENT_FAILURE(
      5,
      "Permanent Failure",
      "Resending the message in its current form is unlikely to succeed; the message or the"
          + " destination must change for delivery to work.");

  private final int number;
  private final String title;
  private final String description;

  StatusClass(int number, String title, String description) {
    this.number = number;
    this.title = title;
    this.description = description;
  }

  /**
   * Returns the class with the given number.
   *
   * @throws IllegalArgumentException if {@code number} is not 2, 4 or 5 (RFC 3463 §3.1)
   */
  public static StatusClass of(int number) {
    StatusClass c = ofOrNull(number);
    if (c == null) {
      throw new IllegalArgumentException(
          "class " + number + " is not a status class: RFC 3463 §3.1 defines 2, 4 and 5 only");
    }
    return c;
  }

  /** Returns the class with the given number, or null if it is not 2, 4 or 5. */
  public static @Nullable StatusClass ofOrNull(int number) {
    switch (number) {
      case 2:
        return SUCCESS;
      case 4:
        return PERSISTENT_TRANSIENT_FAILURE;
      case 5:
        return PERMANENT_FAILURE;
      default:
        return null;
    }
  }

  /** The number of this class as written on the wire: 2, 4 or 5. */
  public int getNumber() {
    return number;
  }

  /** The registry's name of this class, e.g. {@code "Permanent Failure"}. */
  public String getTitle() {
    return title;
  }

  /** A one-sentence description of this class, after the registry. */
  public String getDescription() {
    return description;
  }

  /** True for {@link #SUCCESS}. */
  public boolean isSuccess() {
    return this == SUCCESS;
  }

  /** True for {@link #PERSISTENT_TRANSIENT_FAILURE}: the same message may be delivered later. */
  public boolean isTransient() {
    return this == PERSISTENT_TRANSIENT_FAILURE;
  }

  /** True for {@link #PERMANENT_FAILURE}: resending the same message will not help. */
  public boolean isPermanent() {
    return this == PERMANENT_FAILURE;
  }

  /** True for both failure classes, 4 and 5. */
  public boolean isFailure() {
    return this != SUCCESS;
  }
}
