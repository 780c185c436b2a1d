package dev.smtpstatus.dsn.write;

import dev.smtpstatus.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a recipient's fields contradict each other by the rules of the engine ({@link
 * dev.smtpstatus.Compatibility}): an Action that does not fit the Status class (RFC 3464 §2.3.3,
 * {@code smtp-status/ActionStatusMismatch}), a Diagnostic-Code reply of another class than the
 * Status ({@code smtp-status/StatusDiagnosticMismatch}), or a Diagnostic-Code reply whose own pair
 * is an error ({@code smtp-status/ClassMismatch}, {@code smtp-status/IntermediateReply}). A reader
 * reports these as findings; a writer refuses them (docs/decisions/1100-writing-reports.md). The
 * message gives each finding with its tag and fix.
 */
public final class InconsistentReportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // List.copyOf of Finding: never serialized in practice
  private final List<Finding> findings;

  InconsistentReportException(String recipient, List<Finding> findings) {
    super(
        "recipient "
            + recipient
            + ": "
            + findings.stream()
                .map(f -> "[" + f.getTag() + "] " + f.getMessage())
                .collect(Collectors.joining("; ")));
    this.findings = List.copyOf(findings);
  }

  /** The findings that made the report inconsistent, at least one. */
  public List<Finding> getFindings() {
    return findings;
  }
}
