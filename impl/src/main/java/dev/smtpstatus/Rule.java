package dev.smtpstatus;

import dev.smtpstatus.api.SmtpCommand;

/**
 * The catalogue of rules: the only list of them. Each has a stable tag, such as {@code
 * smtp-status/ClassMismatch}, that is never renamed once released, a severity, the document it
 * comes from, the {@link Input} its check reads and the {@link Target} its findings are about.
 *
 * <p>Everything else that lists rules derives from this enum or is pinned to it by a test: the
 * checks of the engine (one class per rule, named after its tag), the table in {@code @Replies}'s
 * Javadoc, the annotation member the processor points at, and the command line.
 * docs/CONTRIBUTING.md says how to add one.
 */
public enum Rule {
  /** The status is not {@code class.subject.detail} as RFC 3463 §2 writes it. */
  MALFORMED_STATUS("MalformedStatus", Severity.ERROR, "RFC 3463 §2", Input.PAIR, Target.STATUS),
  /** The reply code is not three digits with the first 2-5 and the second 0-5. */
  MALFORMED_REPLY_CODE(
      "MalformedReplyCode", Severity.ERROR, "RFC 5321 §4.2", Input.PAIR, Target.REPLY_CODE),
  /** An intermediate 3xx reply carries an enhanced status code; they never do. */
  INTERMEDIATE_REPLY(
      "IntermediateReply", Severity.ERROR, "RFC 2034 §3", Input.PAIR, Target.REPLY_CODE),
  /** The status class differs from the reply code's first digit. */
  CLASS_MISMATCH(
      "ClassMismatch", Severity.ERROR, "RFC 2034 §3, RFC 3463 §3.1", Input.PAIR, Target.STATUS),
  /** The subject or detail is not in the IANA registry. */
  UNREGISTERED_STATUS(
      "UnregisteredStatus", Severity.WARNING, "RFC 3463 §2", Input.PAIR, Target.STATUS),
  /** The status is deprecated by IANA (X.6.10, a duplicate of X.6.8). */
  DEPRECATED_STATUS(
      "DeprecatedStatus", Severity.WARNING, "IANA registry, RFC 6531", Input.PAIR, Target.STATUS),
  /**
   * The reply code is not among the codes the registry associates with the status, where the
   * registry names codes of that class.
   */
  UNLISTED_REPLY_CODE(
      "UnlistedReplyCode", Severity.WARNING, "RFC 5248 §2", Input.PAIR, Target.REPLY_CODE),
  /** The registry says the status is meant for other classes (permanent only, transient only…). */
  UNINTENDED_CLASS(
      "UnintendedClass", Severity.WARNING, "IANA registry description", Input.PAIR, Target.STATUS),
  /** No RFC defines the reply code. */
  UNDEFINED_REPLY_CODE(
      "UndefinedReplyCode", Severity.WARNING, "RFC 5321 §4.2", Input.PAIR, Target.REPLY_CODE),
  /**
   * The lines of a multiline reply carry different enhanced status codes, or some carry one and
   * others none. The reply keeps the first status it carries; see {@link SmtpReply#getStatus()}.
   */
  MIXED_STATUS("MixedStatus", Severity.WARNING, "RFC 2034 §4", Input.REPLY, Target.REPLY_LINES),
  /**
   * The reply code is not one the SMTP command it answers may receive (RFC 5321 §4.3.2 and the
   * extensions' RFCs; docs/decisions/0800 has the table).
   */
  REPLY_CODE_NOT_FOR_COMMAND(
      "ReplyCodeNotForCommand",
      Severity.WARNING,
      "RFC 5321 §4.3.2 and the extensions' RFCs",
      Input.COMMAND,
      Target.REPLY_CODE),
  /**
   * The status is about a recipient's address or mailbox (X.1.1-X.1.6, X.1.10, X.2.x), but answers
   * a command that comes before any recipient: the greeting, EHLO/HELO, STARTTLS, AUTH or MAIL.
   */
  STATUS_NOT_FOR_COMMAND(
      "StatusNotForCommand", Severity.WARNING, "RFC 3463 §3.2, §3.3", Input.COMMAND, Target.STATUS),
  /** A handler builds a reply that its {@code @Replies} does not declare. */
  UNDECLARED_REPLY(
      "UndeclaredReply", Severity.WARNING, "the handler's @Replies", Input.DECLARED, Target.REPLY),
  /**
   * A delivery status notification's recipient has an Action that does not fit its Status class:
   * failed goes with 5.x.x, delayed with 4.x.x, delivered, relayed and expanded with 2.x.x.
   */
  ACTION_STATUS_MISMATCH(
      "ActionStatusMismatch",
      Severity.WARNING,
      "RFC 3464 §2.3.3",
      Input.DSN_RECIPIENT,
      Target.STATUS),
  /**
   * A delivery status notification's recipient has a Status whose class differs from its
   * Diagnostic-Code reply's.
   */
  STATUS_DIAGNOSTIC_MISMATCH(
      "StatusDiagnosticMismatch",
      Severity.WARNING,
      "RFC 3464 §2.3.4, RFC 2034 §3",
      Input.DSN_RECIPIENT,
      Target.STATUS),
  /**
   * A line's text starts where RFC 2034 §4 puts the status with digits and dots that look like an
   * attempted enhanced status code but break RFC 3463 §2 ({@code 5.01.1}, {@code 5.1}, {@code
   * 6.1.1}): the reply has no status and keeps the token in its text (docs/decisions/0610).
   */
  MALFORMED_STATUS_IN_TEXT(
      "MalformedStatusInText",
      Severity.WARNING,
      "RFC 2034 §4, RFC 3463 §2",
      Input.REPLY,
      Target.STATUS);

  /**
   * What a rule's check reads. Each input has its own entry point in {@link Compatibility}, and a
   * new kind of input (the command a reply answers, a recipient of a delivery status notification)
   * is a new constant here with its own checks, not an overload of an existing one.
   */
  public enum Input {
    /**
     * A reply code and an enhanced status code, as text or as values: {@link
     * Compatibility#check(int, CharSequence)}, the {@code @Replies} processor, {@code smtp-status
     * check}, and every reply's own code and status.
     */
    PAIR,
    /** The lines of a parsed reply: only {@link SmtpReply#getFindings()} reports these rules. */
    REPLY,
    /**
     * A reply and the SMTP command it answers: {@link Compatibility#check(SmtpCommand, int,
     * CharSequence)}, {@code @RepliesTo} in the processor, {@code smtp-status check --command}.
     */
    COMMAND,
    /**
     * A pair a handler builds and the replies it declares: {@link Compatibility#checkDeclared}, and
     * the processor for the constant pairs a {@code @Replies} method builds.
     */
    DECLARED,
    /**
     * One recipient of a delivery status notification (RFC 3464 §2.3): its Action, Status and
     * Diagnostic-Code reply, {@link Compatibility#checkDsnRecipient}.
     */
    DSN_RECIPIENT
  }

  /**
   * The part of the input a finding is about, and so where a tool points: the processor prints a
   * {@link #REPLY_CODE} finding on {@code @Replies}'s {@code code} and every other on its {@code
   * status}.
   */
  public enum Target {
    /** The basic reply code. */
    REPLY_CODE,
    /** The enhanced status code, or how it goes with the reply code. */
    STATUS,
    /** How the lines of a multiline reply go together. */
    REPLY_LINES,
    /** The reply as a whole: the processor points at the call that builds it. */
    REPLY
  }

  private final String tag;
  private final Severity severity;
  private final String reference;
  private final Input input;
  private final Target target;

  Rule(String name, Severity severity, String reference, Input input, Target target) {
    this.tag = "smtp-status/" + name;
    this.severity = severity;
    this.reference = reference;
    this.input = input;
    this.target = target;
  }

  /** The stable tag, e.g. {@code smtp-status/ClassMismatch}. */
  public String getTag() {
    return tag;
  }

  /** The severity of every finding of this rule. */
  public Severity getSeverity() {
    return severity;
  }

  /** The document and section the rule comes from, e.g. {@code RFC 2034 §3}. */
  public String getReference() {
    return reference;
  }

  /** What the rule's check reads. */
  public Input getInput() {
    return input;
  }

  /** The part of the input the rule's findings are about. */
  public Target getTarget() {
    return target;
  }
}
