package dev.smtpstatus;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * One result of the compatibility rules: the rule broken, its severity and a message that names the
 * rule with its RFC section, the offending values and a fix, e.g.
 *
 * <pre>
 * [smtp-status/ClassMismatch] reply code 452 is a transient failure (4xx) but status 5.3.4 has
 * class 5 (permanent failure): the class must equal the reply code's first digit (RFC 2034 §3,
 * RFC 3463 §3.1). Use 552 or 554 with 5.3.4, or 452 with 4.3.4.
 * </pre>
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /** The rule this finding reports. */
  public abstract Rule getRule();

  /** The message without the tag: what is wrong, the rule's source and a fix. */
  public abstract String getMessage();

  /** The rule's severity. */
  public Severity getSeverity() {
    return getRule().getSeverity();
  }

  /** True for {@link Severity#ERROR}. */
  public boolean isError() {
    return getSeverity() == Severity.ERROR;
  }

  /** The rule's stable tag, e.g. {@code smtp-status/ClassMismatch}. */
  public String getTag() {
    return getRule().getTag();
  }

  /** Returns a finding of a rule with a message. */
  public static Finding of(Rule rule, String message) {
    return ImmutableFinding.of(
        Objects.requireNonNull(rule, "rule == null"),
        Objects.requireNonNull(message, "message == null"));
  }

  /** Returns {@code [tag] message}. */
  @Override
  public String toString() {
    return "[" + getTag() + "] " + getMessage();
  }
}
