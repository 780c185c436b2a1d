package dev.smtpstatus;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@link Compatibility#requireCompatible} when a reply code and an enhanced status code
 * break a rule of severity {@link Severity#ERROR}. The message quotes the pair and gives every
 * finding, each with its tag, rule source and fix, e.g. {@code "452 5.3.4": [smtp-status/
 * ClassMismatch] reply code 452 is a transient failure (4xx) but status 5.3.4 is ...}.
 */
public class IncompatibleReplyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pair;
  private final List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param pair the reply code and status as the caller gave them, e.g. {@code "452 5.3.4"}
   * @param findings every finding of the pair, errors first; at least one error
   */
  public IncompatibleReplyException(String pair, List<Finding> findings) {
    super(message(pair, findings));
    this.pair = pair;
    this.findings = List.copyOf(findings);
  }

  private static String message(String pair, List<Finding> findings) {
    Objects.requireNonNull(pair, "pair == null");
    Objects.requireNonNull(findings, "findings == null");
    StringBuilder b = new StringBuilder(SmtpSyntaxException.quote(pair)).append(':');
    for (Finding f : findings) {
      b.append(findings.size() == 1 ? " " : "\n  ").append(f);
    }
    return b.toString();
  }

  /** The reply code and status as the caller gave them, e.g. {@code "452 5.3.4"}. */
  public String getPair() {
    return pair;
  }

  /** Every finding of the pair, errors first. */
  public List<Finding> getFindings() {
    return findings;
  }
}
