package dev.smtpstatus.cli;

/** The exit codes of {@code smtp-status}. */
final class ExitCodes {
  /** Done; for {@code check}: the pair is compatible. */
  static final int OK = 0;

  /** {@code check}: warnings only. */
  static final int WARNINGS = 1;

  /** Errors, or malformed input or arguments. */
  static final int ERROR = 2;

  /** A bug in smtp-status. */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
