package dev.smtpstatus;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One result of the compatibility rules: the rule broken, its severity and a message that names the
 * rule with its RFC section, the offending values and a fix, e.g.
 *
 * <pre>
 * [smtp-status/ClassMismatch] reply code 452 is a transient failure (4xx) but status 5.3.4 has
 * class 5 (permanent failure): the class must equal the reply code's first digit (RFC 2034 §3,
 * RFC 3463 §3.1). Use 552 or 554 with 5.3.4, or 452 with 4.3.4.
 * </pre>
 *
 * <p>Immutable. Findings are equal if their rules and messages are equal.
 *
 * <p>Not an Immutables type, on purpose: the parsers attach findings to every reply they read, and
 * composing a message with its computed fix costs far more than deciding which rule applies. The
 * message is therefore composed on first use ({@link #getMessage()}, {@link #equals}, {@link
 * #toString()}) by a pure function of the finding's values, once, and kept.
 */
public final class Finding {
  private final Rule rule;
  private final @Nullable Supplier<String> compose;

  /**
   * The message once composed. Racy single-check: two threads may both compose it, and both get
   * equal strings; a String is safely published through its final fields.
   */
  private @Nullable String message;

  private Finding(Rule rule, @Nullable String message, @Nullable Supplier<String> compose) {
    this.rule = rule;
    this.message = message;
    this.compose = compose;
  }

  /** Returns a finding of a rule with a message. */
  public static Finding of(Rule rule, String message) {
    return new Finding(
        Objects.requireNonNull(rule, "rule == null"),
        Objects.requireNonNull(message, "message == null"),
        null);
  }

  /**
   * Returns a finding whose message {@code compose} writes when it is first needed; {@code compose}
   * must be a pure function of values that never change.
   */
  static Finding lazy(Rule rule, Supplier<String> compose) {
    return new Finding(rule, null, compose);
  }

  /** The rule this finding reports. */
  public Rule getRule() {
    return rule;
  }

  /** The message without the tag: what is wrong, the rule's source and a fix. */
  public String getMessage() {
    String m = message;
    if (m == null) {
      m = Objects.requireNonNull(Objects.requireNonNull(compose).get(), "message == null");
      message = m;
    }
    return m;
  }

  /** The rule's severity. */
  public Severity getSeverity() {
    return rule.getSeverity();
  }

  /** True for {@link Severity#ERROR}. */
  public boolean isError() {
    return getSeverity() == Severity.ERROR;
  }

  /** The rule's stable tag, e.g. {@code smtp-status/ClassMismatch}. */
  public String getTag() {
    return rule.getTag();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || o instanceof Finding
            && ((Finding) o).rule == rule
            && ((Finding) o).getMessage().equals(getMessage());
  }

  @Override
  public int hashCode() {
    return rule.hashCode() * 31 + getMessage().hashCode();
  }

  /** Returns {@code [tag] message}. */
  @Override
  public String toString() {
    return "[" + getTag() + "] " + getMessage();
  }
}
