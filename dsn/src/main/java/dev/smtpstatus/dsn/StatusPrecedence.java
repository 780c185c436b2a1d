package dev.smtpstatus.dsn;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import org.jspecify.annotations.Nullable;

/**
 * Which status tells what happened when a DSN's {@code Status} field and its {@code
 * Diagnostic-Code} reply disagree (docs/decisions/0702-status-precedence.md):
 *
 * <ol>
 *   <li>If only one is given, it.
 *   <li>Consistent first: a status whose class differs from the diagnostic's reply code (RFC 2034
 *       §3) loses to one whose class matches it.
 *   <li>Then specific: of two consistent statuses of the same class, the one with more non-zero
 *       parts wins ({@code 5.1.1} over {@code 5.0.0}, {@code 5.7.0} over {@code 5.0.0}).
 *   <li>Otherwise the Status field, which RFC 3464 §2.3.4 makes the report's own statement.
 * </ol>
 */
final class StatusPrecedence {
  private StatusPrecedence() {}

  static @Nullable EnhancedStatusCode effective(
      @Nullable EnhancedStatusCode field,
      @Nullable ReplyCode code,
      @Nullable EnhancedStatusCode diagnostic) {
    if (diagnostic == null) {
      return field;
    }
    if (field == null) {
      return diagnostic;
    }
    int c = code == null || code.getStatusClass() == null ? 0 : code.getValue() / 100;
    boolean fieldFits = c == 0 || field.getClassNumber() == c;
    boolean diagnosticFits = c == 0 || diagnostic.getClassNumber() == c;
    if (fieldFits != diagnosticFits) {
      return fieldFits ? field : diagnostic;
    }
    if (field.getClassNumber() == diagnostic.getClassNumber()
        && specificity(diagnostic) > specificity(field)) {
      return diagnostic;
    }
    return field;
  }

  private static int specificity(EnhancedStatusCode s) {
    return (s.getSubjectNumber() != 0 ? 1 : 0) + (s.getDetailNumber() != 0 ? 1 : 0);
  }
}
