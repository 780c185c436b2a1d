package dev.smtpstatus;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The pair breaks a MUST of an RFC: a compile error, exit 2 from {@code smtp-status check}. */
  ERROR,
  /**
   * The pair is allowed but unusual or unknown to receivers: a compiler warning (an error with
   * {@code -Asmtpstatus.strict=true}), exit 1 from {@code smtp-status check}.
   */
  WARNING
}
