package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.SmtpSyntaxException;
import dev.smtpstatus.api.StatusClass;
import java.util.Objects;

/**
 * {@code smtp-status/MalformedStatus}: the status is not {@code class.subject.detail} as RFC 3463
 * §2 writes it. The fix is the repaired spelling where one exists ({@link Fixes#repair}), else the
 * shape in the reply code's class.
 */
public final class MalformedStatusCheck implements Check<PairText> {
  @Override
  public Rule rule() {
    return Rule.MALFORMED_STATUS;
  }

  @Override
  public boolean matches(PairText input) {
    return input.status() == null;
  }

  @Override
  public String message(PairText input) {
    String status = input.statusText();
    ReplyCode code = input.code();
    EnhancedStatusCode repaired = Fixes.repair(status, code);
    String fix;
    if (repaired != null && !repaired.toString().equals(status)) {
      fix = "did you mean " + repaired + "?";
    } else {
      StatusClass c = code == null ? null : code.getStatusClass();
      fix =
          "write class.subject.detail, e.g. "
              + EnhancedStatusCode.of(c == null ? 5 : c.getNumber(), 0, 0)
              + ".";
    }
    return "status " + explain(status) + "; " + fix;
  }

  /**
   * Why {@code text} is not a status, in the grammar's words ({@code StatusGrammar}); shared with
   * {@link MalformedStatusInTextCheck}.
   */
  static String explain(String text) {
    try {
      EnhancedStatusCode.parse(text);
    } catch (SmtpSyntaxException e) {
      return Objects.requireNonNull(e.getMessage(), "message == null");
    }
    throw new IllegalArgumentException(text + " is a valid status");
  }
}
