package dev.smtpstatus;

/**
 * The compatibility rules between a basic reply code and an enhanced status code. Each has a stable
 * tag, such as {@code smtp-status/ClassMismatch}, that is never renamed once released, a severity
 * and the document it comes from.
 */
public enum Rule {
  /** The status is not {@code class.subject.detail} as RFC 3463 §2 writes it. */
  MALFORMED_STATUS("MalformedStatus", Severity.ERROR, "RFC 3463 §2"),
  /** The reply code is not three digits with the first 2-5 and the second 0-5. */
  MALFORMED_REPLY_CODE("MalformedReplyCode", Severity.ERROR, "RFC 5321 §4.2"),
  /** An intermediate 3xx reply carries an enhanced status code; they never do. */
  INTERMEDIATE_REPLY("IntermediateReply", Severity.ERROR, "RFC 2034 §3"),
  /** The status class differs from the reply code's first digit. */
  CLASS_MISMATCH("ClassMismatch", Severity.ERROR, "RFC 2034 §3, RFC 3463 §3.1"),
  /** The subject or detail is not in the IANA registry. */
  UNREGISTERED_STATUS("UnregisteredStatus", Severity.WARNING, "RFC 3463 §2"),
  /** The status is deprecated by IANA (X.6.10, a duplicate of X.6.8). */
  DEPRECATED_STATUS("DeprecatedStatus", Severity.WARNING, "IANA registry, RFC 6531"),
  /**
   * The reply code is not among the codes the registry associates with the status, where the
   * registry names codes of that class.
   */
  UNLISTED_REPLY_CODE("UnlistedReplyCode", Severity.WARNING, "RFC 5248 §2"),
  /** The registry says the status is meant for other classes (permanent only, transient only…). */
  UNINTENDED_CLASS("UnintendedClass", Severity.WARNING, "IANA registry description"),
  /** No RFC defines the reply code. */
  UNDEFINED_REPLY_CODE("UndefinedReplyCode", Severity.WARNING, "RFC 5321 §4.2"),
  /**
   * The lines of a multiline reply carry different enhanced status codes, or some carry one and
   * others none. The reply keeps the first status it carries; see {@link SmtpReply#getStatus()}.
   */
  MIXED_STATUS("MixedStatus", Severity.WARNING, "RFC 2034 §4"),
  /**
   * The reply code is not one the SMTP command it answers may receive (docs/decisions/0800 lists
   * the table).
   */
  REPLY_CODE_NOT_FOR_COMMAND(
      "ReplyCodeNotForCommand", Severity.WARNING, "RFC 5321 §4.3.2 and the extensions' RFCs"),
  /**
   * The status is about a recipient's address or mailbox (X.1.1-X.1.6, X.1.10, X.2.x), but answers
   * a command that comes before any recipient: the greeting, EHLO/HELO, STARTTLS, AUTH or MAIL.
   */
  STATUS_NOT_FOR_COMMAND("StatusNotForCommand", Severity.WARNING, "RFC 3463 §3.2, §3.3"),
  /** A handler builds a reply that its {@code @Replies} does not declare. */
  UNDECLARED_REPLY("UndeclaredReply", Severity.WARNING, "the handler's @Replies");

  private final String tag;
  private final Severity severity;
  private final String reference;

  Rule(String name, Severity severity, String reference) {
    this.tag = "smtp-status/" + name;
    this.severity = severity;
    this.reference = reference;
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
}
