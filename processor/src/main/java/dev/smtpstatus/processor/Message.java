package dev.smtpstatus.processor;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import java.util.Locale;
import java.util.Objects;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Every diagnostic the {@code @Replies} processor prints: its text, kind, tag and, for the findings
 * of the rule engine, the annotation member it points at. Each text starts with its tag, e.g.
 * {@code [smtp-status/ClassMismatch]}, followed by the rule with its RFC section, the offending
 * value and a fix.
 *
 * <p>The findings' own sentences come from the rule engine ({@code dev.smtpstatus.Compatibility}),
 * which {@code smtp-status check} and run-time callers share, so that all three say the same thing;
 * this catalogue frames them. A rule newer than this catalogue is printed as {@link #OTHER_RULE}.
 *
 * <pre>{@code
 * Finding f = Compatibility.check(452, "5.3.4").get(0);
 * Message m = Message.of(f.getRule());          // CLASS_MISMATCH
 * m.getKind(false);                             // ERROR
 * m.format(f, false);                           // "[smtp-status/ClassMismatch] reply code 452 ..."
 * }</pre>
 */
public enum Message {
  /** {@code status} is not {@code class.subject.detail} (RFC 3463 §2). */
  MALFORMED_STATUS("MalformedStatus", Member.STATUS),
  /** {@code code} is not three digits, the first 2-5, the second 0-5 (RFC 5321 §4.2). */
  MALFORMED_REPLY_CODE("MalformedReplyCode", Member.CODE),
  /** {@code code} is an intermediate 3xx reply, which carries no status (RFC 2034 §3). */
  INTERMEDIATE_REPLY("IntermediateReply", Member.CODE),
  /** The class of {@code status} differs from the first digit of {@code code} (RFC 2034 §3). */
  CLASS_MISMATCH("ClassMismatch", Member.STATUS),
  /** {@code status} is not in the IANA registry (RFC 3463 §2). */
  UNREGISTERED_STATUS("UnregisteredStatus", Member.STATUS),
  /** {@code status} is deprecated by IANA (X.6.10). */
  DEPRECATED_STATUS("DeprecatedStatus", Member.STATUS),
  /** The registry pairs {@code status} with other codes of the class (RFC 5248 §2). */
  UNLISTED_REPLY_CODE("UnlistedReplyCode", Member.CODE),
  /** The registry means {@code status} for other classes. */
  UNINTENDED_CLASS("UnintendedClass", Member.STATUS),
  /** No RFC defines {@code code}. */
  UNDEFINED_REPLY_CODE("UndefinedReplyCode", Member.CODE),
  /**
   * {@code code} is not a reply the command named by {@code @RepliesTo} may receive (RFC 5321
   * §4.3.2 and the extensions' RFCs).
   */
  REPLY_CODE_NOT_FOR_COMMAND("ReplyCodeNotForCommand", Member.CODE),
  /**
   * {@code status} is about a recipient, but the command named by {@code @RepliesTo} comes before
   * any recipient (RFC 3463 §3.2, §3.3).
   */
  STATUS_NOT_FOR_COMMAND("StatusNotForCommand", Member.STATUS),
  /**
   * A finding of a rule that this catalogue does not list yet; printed with the rule's own tag and
   * severity, on {@code status}.
   */
  OTHER_RULE(null, Member.STATUS),

  /** The value of {@code -Asmtpstatus.strict} is neither {@code true} nor {@code false}. */
  BAD_STRICT_OPTION(
      Diagnostic.Kind.WARNING,
      "smtp-status/BadOption",
      "-A"
          + RepliesProcessor.STRICT_OPTION
          + "=%s is neither true nor false, so warnings stay warnings: write -A"
          + RepliesProcessor.STRICT_OPTION
          + "=true to make them errors, or false."),
  /** The rule engine (artifact {@code smtp-status}) is missing from the processor path. */
  ENGINE_MISSING(
      Diagnostic.Kind.ERROR,
      "smtp-status/EngineMissing",
      "the @Replies checker cannot run: %s is not on the annotation processor path. Put"
          + " dev.smtpstatus:smtp-status-processor there with its dependencies (Maven's"
          + " annotationProcessorPaths and Gradle's annotationProcessor/kapt configurations resolve"
          + " them), not the processor jar alone."),
  /** A bug in the processor: reported once, never thrown at the compiler. */
  INTERNAL_ERROR(
      Diagnostic.Kind.ERROR,
      "smtp-status/InternalError",
      "the @Replies checker failed on %s with %s. This is a bug in smtp-status, not in your code;"
          + " the other elements are still checked, and later failures are not repeated.%n"
          + "Please report it to the smtp-status issue tracker with this message:%n%s");

  /** Appended to a warning that {@code -Asmtpstatus.strict=true} makes an error. */
  public static final String STRICT_SUFFIX =
      " (a warning, made an error by -A" + RepliesProcessor.STRICT_OPTION + "=true)";

  /** The {@code @Replies} member a diagnostic points at. */
  public enum Member {
    /** {@code code()}: the basic reply code. */
    CODE,
    /** {@code status()}: the enhanced status code. */
    STATUS;

    /** The member's name in {@code @Replies}: {@code code} or {@code status}. */
    public String getName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  // Rules are named by tag, not by Rule constants, so that this catalogue loads (and can say
  // ENGINE_MISSING) even where the rule engine is missing from the processor path.
  private final boolean forRule;
  private final @Nullable Member member;
  private final Diagnostic.@Nullable Kind kind;
  private final @Nullable String tag;
  private final String text;

  Message(@Nullable String rule, Member member) {
    this.forRule = true;
    this.member = member;
    this.kind = null;
    this.tag = rule == null ? null : "smtp-status/" + rule;
    this.text = "[" + (tag == null ? "%s" : tag) + "] %s";
  }

  Message(Diagnostic.Kind kind, String tag, String text) {
    this.forRule = false;
    this.member = null;
    this.kind = kind;
    this.tag = tag;
    this.text = "[" + tag + "] " + text;
  }

  /** The entry for a rule's findings, or {@link #OTHER_RULE} for a rule newer than this enum. */
  public static Message of(Rule rule) {
    Objects.requireNonNull(rule, "rule == null");
    for (Message m : values()) {
      if (m.forRule && rule.getTag().equals(m.tag)) {
        return m;
      }
    }
    return OTHER_RULE;
  }

  /** True for the entries that print the rule engine's findings. */
  public boolean isForRule() {
    return forRule;
  }

  /**
   * The tag, e.g. {@code smtp-status/ClassMismatch}, or null for {@link #OTHER_RULE}, whose tag is
   * the finding's.
   */
  public @Nullable String getTag() {
    return tag;
  }

  /**
   * The text as a {@link String#format} pattern: for a rule's entry {@code "[tag] %s"} with the
   * finding's message; for the processor's own, the tag and the sentence with its arguments.
   */
  public String getText() {
    return text;
  }

  /**
   * The annotation member a finding points at, or null for the processor's own messages, which
   * point at the annotated element or at nothing.
   */
  public @Nullable Member getMember() {
    return member;
  }

  /**
   * The diagnostic kind of this entry for a finding of the given severity (ignored for the
   * processor's own messages): an error stays an error, a warning becomes an error when {@code
   * strict}.
   */
  public Diagnostic.Kind getKind(Severity severity, boolean strict) {
    Objects.requireNonNull(severity, "severity == null");
    if (kind != null) {
      return kind;
    }
    return severity == Severity.ERROR || strict ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
  }

  /**
   * The kind of this entry: for a rule's entry that of the rule's severity (an error for {@link
   * #OTHER_RULE}), else the fixed kind of the processor's own message.
   */
  public Diagnostic.Kind getKind(boolean strict) {
    if (kind != null) {
      return kind;
    }
    for (Rule r : Rule.values()) {
      if (r.getTag().equals(tag)) {
        return getKind(r.getSeverity(), strict);
      }
    }
    return Diagnostic.Kind.ERROR;
  }

  /**
   * The text for a finding: {@code [tag] message}, and for a warning under strict mode the {@link
   * #STRICT_SUFFIX}.
   *
   * @throws IllegalArgumentException if this entry is not for the finding's rule
   */
  public String format(Finding finding, boolean strict) {
    Objects.requireNonNull(finding, "finding == null");
    if (this != of(finding.getRule())) {
      throw new IllegalArgumentException(this + " is not the entry for " + finding.getRule());
    }
    String formatted =
        this == OTHER_RULE
            ? String.format(text, finding.getTag(), finding.getMessage())
            : String.format(text, finding.getMessage());
    return strict && !finding.isError() ? formatted + STRICT_SUFFIX : formatted;
  }

  /** The text of one of the processor's own messages with its arguments. */
  public String format(Object... args) {
    return String.format(Locale.ROOT, text, args);
  }
}
