package dev.smtpstatus.api;

/**
 * Which classes a registered detail is meant for, as IANA's description of the code states it
 * ("only useful for permanent failures", "should be used as a persistent transient failure", "for
 * positive delivery reports"…). A code whose description says nothing of the kind is {@link #ANY}.
 *
 * <p>The statement is advice, not a constraint of the syntax: the registry itself pairs X.2.2
 * ("should be used as a persistent transient failure") with the permanent reply code 552. The
 * compatibility rules in {@code smtp-status} therefore report a class outside the applicability as
 * a warning, and never for a reply code the registry itself lists.
 */
public enum Applicability {
  /** The registry states no restriction: success, transient and permanent are all fitting. */
  ANY(true, true, true),
  /**
   * Meant for failures, transient or permanent ("useful for both permanent and persistent transient
   * errors").
   */
  FAILURE(false, true, true),
  /** Meant for permanent failures only ("only useful for permanent failures"). */
  PERMANENT_FAILURE(false, false, true),
  /**
   * Meant for persistent transient failures only ("only useful as a persistent transient error").
   */
  PERSISTENT_TRANSIENT_FAILURE(false, true, false),
  /** Meant for positive delivery reports ("should be used for positive delivery reports"). */
  SUCCESS(true, false, false),
  /** A success code that may also serve as a permanent failure (X.6.4, conversion with loss). */
  SUCCESS_OR_PERMANENT_FAILURE(true, false, true);

  private final boolean success;
  private final boolean transientFailure;
  private final boolean permanentFailure;

  Applicability(boolean success, boolean transientFailure, boolean permanentFailure) {
    this.success = success;
    this.transientFailure = transientFailure;
    this.permanentFailure = permanentFailure;
  }

  /** True if a code with this applicability is meant to be used with the given class. */
  public boolean allows(StatusClass statusClass) {
    switch (statusClass) {
      case SUCCESS:
        return success;
      case PERSISTENT_TRANSIENT_FAILURE:
        return transientFailure;
      case PERMANENT_FAILURE:
        return permanentFailure;
    }
    throw new AssertionError(statusClass);
  }
}
