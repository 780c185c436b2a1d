package dev.smtpstatus;

import dev.smtpstatus.api.Applicability;
import dev.smtpstatus.api.RegisteredDetail;
import dev.smtpstatus.api.Replies;
import dev.smtpstatus.api.SmtpCommand;
import dev.smtpstatus.api.StatusClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The one rule engine that says whether a basic reply code and an enhanced status code go together.
 * The annotation processor, {@code smtp-status check}, the reply parser and run-time callers all
 * use it.
 *
 * <pre>{@code
 * Compatibility.check(552, "5.3.4");   // []: the registry lists the pair
 * Compatibility.check(452, "5.3.4");   // [ClassMismatch error: ... use 552 or 554 with 5.3.4, or 452 with 4.3.4 ...]
 * Compatibility.check(550, "5.3.4");   // [UnlistedReplyCode warning: the registry pairs 5.3.4 with 552 or 554, not 550 ...]
 *
 * // A server that builds replies at run time:
 * List<Finding> warnings = Compatibility.requireCompatible(code, status); // throws on errors
 * }</pre>
 *
 * <p>The rules, each with its {@link Rule} and severity:
 *
 * <ul>
 *   <li>errors: the status is malformed (RFC 3463 §2); the reply code is malformed (RFC 5321 §4.2);
 *       the reply is an intermediate 3xx, which carries no enhanced code (RFC 2034 §3); the status
 *       class differs from the reply code's first digit (RFC 2034 §3, RFC 3463 §3.1);
 *   <li>warnings: the subject or detail is not registered (RFC 3463 §2); the status is deprecated;
 *       the registry names reply codes of the reply's class for the status but not this one (RFC
 *       5248 §2: the list is non-exclusive); the registry means the status for other classes and
 *       does not list the reply code; no RFC defines the reply code.
 * </ul>
 *
 * <p>How the registry's associated codes are read: {@code Any} names every code; {@code Not given}
 * (and X.7.28's bare {@code "."}) names none, so no reply code is "unlisted"; {@code 5XX} names
 * every 5xx code; "(other 4XX or 5XX codes are allowed)" names every 4xx and 5xx code besides those
 * listed. A pair the registry lists by number never warns at all. A pair it admits only by {@code
 * Any} or a wildcard draws no registry warning, but a reply code that no RFC defines is still
 * reported.
 *
 * <p>Errors come first and, where there is one, warnings are not computed: a pair that breaks an
 * RFC's MUST needs fixing before its finer points matter. Every fix a message proposes is computed
 * from the registry, never guessed.
 */
public final class Compatibility {

  private static final StatusClass[] CLASS_ORDER = {
    StatusClass.PERMANENT_FAILURE, StatusClass.PERSISTENT_TRANSIENT_FAILURE, StatusClass.SUCCESS
  };

  private Compatibility() {}

  /**
   * Checks a reply code and a status as written in source or on the command line, including their
   * syntax.
   *
   * <pre>{@code
   * Compatibility.check(452, "4.2.2");  // []
   * Compatibility.check(55, "5.1.1");   // [MalformedReplyCode error]
   * }</pre>
   *
   * @return the findings, errors first; empty if the pair is compatible
   * @throws NullPointerException if {@code status} is null
   */
  public static List<Finding> check(int replyCode, CharSequence status) {
    Objects.requireNonNull(status, "status == null");
    ReplyCode code = ReplyCode.ofOrNull(replyCode);
    EnhancedStatusCode parsed = EnhancedStatusCode.parseOrNull(status);
    if (code != null && parsed != null) {
      return check(code, parsed);
    }
    List<Finding> findings = new ArrayList<>(2);
    if (code == null) {
      findings.add(
          Finding.lazy(Rule.MALFORMED_REPLY_CODE, () -> malformedReplyCode(replyCode, parsed)));
    }
    if (parsed == null) {
      // The message is composed later: keep the text as it is now, not the CharSequence.
      String text = status.toString();
      findings.add(Finding.lazy(Rule.MALFORMED_STATUS, () -> malformedStatus(text, code)));
    }
    return List.copyOf(findings);
  }

  /**
   * Checks a reply code and an enhanced status code against the rules of RFC 2034 §3, RFC 3463 and
   * the IANA registry (RFC 5248).
   *
   * @return the findings, errors first; empty if the pair is compatible
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(ReplyCode code, EnhancedStatusCode status) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(status, "status == null");
    RegistryEntry entry = StatusCodeRegistry.iana().get(status);

    // RFC 2034 §3: enhanced codes go with 2xx, 4xx and 5xx only.
    if (code.isIntermediate()) {
      return List.of(
          Finding.lazy(Rule.INTERMEDIATE_REPLY, () -> intermediate(code, status, entry)));
    }
    // RFC 2034 §3, RFC 3463 §3.1: the class repeats the reply code's first digit.
    StatusClass replyClass = Objects.requireNonNull(code.getStatusClass());
    if (replyClass != status.getStatusClass()) {
      return List.of(Finding.lazy(Rule.CLASS_MISMATCH, () -> classMismatch(code, status, entry)));
    }

    List<Finding> findings = new ArrayList<>(2);
    if (entry == null) {
      findings.add(Finding.lazy(Rule.UNREGISTERED_STATUS, () -> unregistered(code, status)));
    } else {
      AssociatedReplyCodes associated = entry.getAssociatedReplyCodes();
      if (entry.isDeprecated()) {
        findings.add(Finding.lazy(Rule.DEPRECATED_STATUS, () -> deprecated(status, entry)));
      }
      if (!associated.lists(code)) {
        // RFC 5248 §2: the associated codes are a non-exclusive list, so this is a warning, and
        // only where the registry names codes of the reply's class at all.
        if (associated.namesClass(classDigit(code))) {
          findings.add(Finding.lazy(Rule.UNLISTED_REPLY_CODE, () -> unlisted(code, status, entry)));
        }
        // The registry's own pairs win over its descriptions: X.2.2 "should be used as a
        // persistent transient failure" yet lists 552.
        if (!entry.getApplicability().allows(status.getStatusClass())) {
          findings.add(Finding.lazy(Rule.UNINTENDED_CLASS, () -> unintended(code, status, entry)));
        }
      }
    }
    if (!code.isDefined() && !namesExactly(entry, code)) {
      findings.add(Finding.lazy(Rule.UNDEFINED_REPLY_CODE, () -> undefined(code, status, entry)));
    }
    return List.copyOf(findings);
  }

  /**
   * Checks a pair built at run time and returns its warnings, or throws if it has errors: the check
   * for servers that build replies dynamically.
   *
   * <pre>{@code
   * List<Finding> warnings = Compatibility.requireCompatible(code, status);
   * warnings.forEach(w -> log.warn(w.toString()));
   * }</pre>
   *
   * @return the warnings, empty if the pair is compatible
   * @throws IncompatibleReplyException if the pair breaks a rule of severity {@link Severity#ERROR}
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> requireCompatible(ReplyCode code, EnhancedStatusCode status) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(status, "status == null");
    return requireNoErrors(code + " " + status, check(code, status));
  }

  /**
   * Checks a reply code and a status given as text and returns the warnings, or throws if the pair
   * is malformed or has errors.
   *
   * @return the warnings, empty if the pair is compatible
   * @throws IncompatibleReplyException if the pair breaks a rule of severity {@link Severity#ERROR}
   * @throws NullPointerException if {@code status} is null
   */
  public static List<Finding> requireCompatible(int replyCode, CharSequence status) {
    Objects.requireNonNull(status, "status == null");
    return requireNoErrors(replyCode + " " + status, check(replyCode, status));
  }

  /**
   * The findings of a whole reply: those of its code and status by the rules above and, for a
   * parsed multiline reply whose lines disagree on the status, {@link Rule#MIXED_STATUS}. A reply
   * built by {@link SmtpReply#of} has no error; a parsed one keeps what the server sent and may.
   *
   * <pre>{@code
   * Compatibility.check(SmtpReply.parse("451 5.7.3 STARTTLS is required\r\n"));  // [ClassMismatch]
   * }</pre>
   *
   * @return the findings, errors first; empty for a correct reply
   * @throws NullPointerException if {@code reply} is null
   */
  public static List<Finding> check(SmtpReply reply) {
    Objects.requireNonNull(reply, "reply == null");
    // The reply's findings come from this engine when it is built or parsed (PairFindings).
    return reply.getFindings();
  }

  /**
   * Checks a whole reply, e.g. one parsed from an upstream server before it is relayed, and returns
   * its warnings, or throws if it has errors.
   *
   * @return the warnings, empty for a correct reply
   * @throws IncompatibleReplyException if the reply breaks a rule of severity {@link
   *     Severity#ERROR}
   * @throws NullPointerException if {@code reply} is null
   */
  public static List<Finding> requireCompatible(SmtpReply reply) {
    Objects.requireNonNull(reply, "reply == null");
    EnhancedStatusCode status = reply.getStatus();
    return requireNoErrors(
        status == null ? reply.getCode().toString() : reply.getCode() + " " + status, check(reply));
  }

  /**
   * Checks a pair as the reply to an SMTP command: the findings of {@link #check(int,
   * CharSequence)} and, where those hold no error, whether the command may receive the reply code
   * ({@link Rule#REPLY_CODE_NOT_FOR_COMMAND}, docs/decisions/0800) and whether the status fits a
   * command that comes before any recipient ({@link Rule#STATUS_NOT_FOR_COMMAND}). For a client
   * that knows which command it sent, and for the processor's {@code @RepliesTo}.
   *
   * <pre>{@code
   * Compatibility.check(SmtpCommand.RCPT, 550, "5.1.1");  // []
   * Compatibility.check(SmtpCommand.RCPT, 221, "2.0.0");  // [ReplyCodeNotForCommand warning]
   * Compatibility.check(SmtpCommand.MAIL, 550, "5.1.1");  // [StatusNotForCommand warning]
   * }</pre>
   *
   * @return the findings, errors first; empty if the pair is compatible and fits the command
   * @throws NullPointerException if {@code command} or {@code status} is null
   */
  public static List<Finding> check(SmtpCommand command, int replyCode, CharSequence status) {
    Objects.requireNonNull(command, "command == null");
    Objects.requireNonNull(status, "status == null");
    ReplyCode code = ReplyCode.ofOrNull(replyCode);
    EnhancedStatusCode parsed = EnhancedStatusCode.parseOrNull(status);
    if (code == null || parsed == null) {
      return check(replyCode, status);
    }
    return check(command, code, parsed);
  }

  /**
   * Checks a pair as the reply to an SMTP command; see {@link #check(SmtpCommand, int,
   * CharSequence)}.
   *
   * @return the findings, errors first; empty if the pair is compatible and fits the command
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(
      SmtpCommand command, ReplyCode code, EnhancedStatusCode status) {
    Objects.requireNonNull(command, "command == null");
    List<Finding> pair = check(code, status);
    return withCommand(pair, command, code, status);
  }

  /**
   * Checks a whole reply, such as one a client read, as the answer to the command it sent: the
   * reply's own findings ({@link #check(SmtpReply)}) and, where those hold no error, the command
   * rules. A reply without a status is checked for its reply code only.
   *
   * <pre>{@code
   * SmtpReply reply = reader.next();
   * Compatibility.check(SmtpCommand.QUIT, reply);  // [ReplyCodeNotForCommand] if QUIT got 250
   * }</pre>
   *
   * @return the findings, errors first; empty for a correct reply that fits the command
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(SmtpCommand command, SmtpReply reply) {
    Objects.requireNonNull(command, "command == null");
    Objects.requireNonNull(reply, "reply == null");
    return withCommand(check(reply), command, reply.getCode(), reply.getStatus());
  }

  private static List<Finding> withCommand(
      List<Finding> findings,
      SmtpCommand command,
      ReplyCode code,
      @Nullable EnhancedStatusCode status) {
    if (hasErrors(findings)) {
      return findings; // errors first, and alone (docs/decisions/0004)
    }
    List<Finding> more = CommandFindings.of(command, code, status);
    if (more.isEmpty()) {
      return findings;
    }
    List<Finding> all = new ArrayList<>(findings.size() + more.size());
    all.addAll(findings);
    all.addAll(more);
    return List.copyOf(all);
  }

  /**
   * Checks a reply code on its own, as {@link ReplyCode#of(int)} would take it.
   *
   * @return a {@link Rule#MALFORMED_REPLY_CODE} error if it is not a reply code, else empty
   */
  public static List<Finding> checkReplyCode(int replyCode) {
    if (ReplyCode.ofOrNull(replyCode) != null) {
      return List.of();
    }
    return List.of(
        Finding.lazy(Rule.MALFORMED_REPLY_CODE, () -> malformedReplyCode(replyCode, null)));
  }

  /**
   * Checks a reply code written as text, as {@link ReplyCode#parse} would take it: exactly three
   * ASCII digits, the first 2-5 and the second 0-5.
   *
   * @return a {@link Rule#MALFORMED_REPLY_CODE} error if it is not a reply code, else empty
   * @throws NullPointerException if {@code text} is null
   */
  public static List<Finding> checkReplyCode(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    if (ReplyCode.parseOrNull(text) != null) {
      return List.of();
    }
    String t = text.toString();
    return List.of(Finding.lazy(Rule.MALFORMED_REPLY_CODE, () -> malformedReplyCodeText(t)));
  }

  /**
   * Checks a status on its own, as {@link EnhancedStatusCode#parse} would take it.
   *
   * @return a {@link Rule#MALFORMED_STATUS} error if it is not {@code class.subject.detail}, else
   *     empty
   * @throws NullPointerException if {@code status} is null
   */
  public static List<Finding> checkStatus(CharSequence status) {
    Objects.requireNonNull(status, "status == null");
    if (EnhancedStatusCode.parseOrNull(status) != null) {
      return List.of();
    }
    String text = status.toString();
    return List.of(Finding.lazy(Rule.MALFORMED_STATUS, () -> malformedStatus(text, null)));
  }

  /**
   * Checks that a handler declares a reply it builds: a {@link Rule#UNDECLARED_REPLY} warning if no
   * {@code @Replies} among {@code declared} names the pair. The processor applies it to the
   * constant pairs a {@code @Replies} method builds; a server can apply it at run time to a
   * handler's {@code method.getAnnotationsByType(Replies.class)}.
   *
   * @param handler the handler's name as a reader knows it, e.g. {@code "InboundHandler.recipient"}
   * @return the warning, or empty if the pair is declared
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> checkDeclared(
      String handler, int replyCode, CharSequence status, List<? extends Replies> declared) {
    Objects.requireNonNull(handler, "handler == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(declared, "declared == null");
    EnhancedStatusCode parsed = EnhancedStatusCode.parseOrNull(status);
    String text = status.toString();
    for (Replies r : declared) {
      if (r.code() == replyCode
          && (text.equals(r.status())
              || (parsed != null && parsed.equals(EnhancedStatusCode.parseOrNull(r.status()))))) {
        return List.of();
      }
    }
    List<String> pairs = new ArrayList<>(declared.size());
    for (Replies r : declared) {
      pairs.add(r.code() + " " + r.status());
    }
    return List.of(
        Finding.lazy(Rule.UNDECLARED_REPLY, () -> undeclared(handler, replyCode, text, pairs)));
  }

  private static String undeclared(String handler, int code, String status, List<String> pairs) {
    return handler
        + " builds "
        + code
        + " "
        + status
        + ", which its @Replies "
        + (pairs.isEmpty()
            ? "does not declare"
            : "does not declare (it declares " + and(pairs) + ")")
        + ", so readers of the handler and the compiler's checks do not know it is sent ("
        + Rule.UNDECLARED_REPLY.getReference()
        + "): add @Replies(code = "
        + code
        + ", status = \""
        + status
        + "\") to "
        + handler
        + ", or build one of the declared replies.";
  }

  private static String and(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append(i == items.size() - 1 ? " and " : ", ");
      }
      b.append(items.get(i));
    }
    return b.toString();
  }

  private static String malformedReplyCodeText(String text) {
    SmtpSyntaxException e;
    try {
      ReplyCode.parse(text);
      throw new AssertionError(text);
    } catch (SmtpSyntaxException x) {
      e = x;
    }
    return "reply code " + e.getMessage() + "; use " + suggestReplyCodes(-1, null) + ".";
  }

  /** True if any finding is an error. */
  public static boolean hasErrors(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings == null");
    for (Finding f : findings) {
      if (f.isError()) {
        return true;
      }
    }
    return false;
  }

  private static List<Finding> requireNoErrors(String pair, List<Finding> findings) {
    if (hasErrors(findings)) {
      throw new IncompatibleReplyException(pair, findings);
    }
    return findings;
  }

  // ---------------------------------------------------------------------------------------------
  // Messages: what is wrong, the rule's source in parentheses, then a fix computed from the
  // registry.

  private static String malformedReplyCode(int replyCode, @Nullable EnhancedStatusCode status) {
    return "reply code "
        + replyCode
        + " is not valid: a reply code is three digits, the first 2-5 and the second 0-5 ("
        + Rule.MALFORMED_REPLY_CODE.getReference()
        + "); use "
        + suggestReplyCodes(replyCode, status)
        + ".";
  }

  /** Codes the registry pairs with the status, or the class's catch-all code. */
  private static String suggestReplyCodes(int replyCode, @Nullable EnhancedStatusCode status) {
    if (status != null) {
      RegistryEntry entry = StatusCodeRegistry.iana().get(status);
      List<ReplyCode> listed =
          entry == null
              ? List.of()
              : entry.getAssociatedReplyCodes().getCodesOfClass(status.getClassNumber());
      if (!listed.isEmpty()) {
        return orList(listed) + " with " + status;
      }
      return catchAll(status.getStatusClass()) + " with " + status;
    }
    StatusClass c = StatusClass.ofOrNull(Math.abs(replyCode) / 100);
    return c == null ? "a code such as 250, 451 or 554" : "a code such as " + catchAll(c);
  }

  private static String malformedStatus(CharSequence status, @Nullable ReplyCode code) {
    SmtpSyntaxException e = StatusGrammar.explain(status, 0, status.length());
    EnhancedStatusCode repaired = repair(status, code);
    String fix;
    if (repaired != null && !repaired.toString().contentEquals(status)) {
      fix = "did you mean " + repaired + "?";
    } else {
      StatusClass c = code == null ? null : code.getStatusClass();
      fix =
          "write class.subject.detail, e.g. "
              + EnhancedStatusCode.of(c == null ? 5 : c.getNumber(), 0, 0)
              + ".";
    }
    return "status " + e.getMessage() + "; " + fix;
  }

  /**
   * The status the writer most likely meant: spaces dropped, leading zeros dropped, a registry-form
   * class {@code X} replaced by the reply code's class; null if that is still not a status.
   */
  static @Nullable EnhancedStatusCode repair(CharSequence status, @Nullable ReplyCode code) {
    String s = status.toString().replaceAll("\\s+", "");
    StatusClass replyClass = code == null ? null : code.getStatusClass();
    if (replyClass != null && (s.startsWith("X.") || s.startsWith("x."))) {
      s = replyClass.getNumber() + s.substring(1);
    }
    s = s.replaceAll("(^|\\.)0+(?=\\d)", "$1");
    return EnhancedStatusCode.parseOrNull(s);
  }

  private static String intermediate(
      ReplyCode code, EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    return "reply code "
        + code
        + " is an intermediate reply (3xx), which carries no enhanced status code ("
        + Rule.INTERMEDIATE_REPLY.getReference()
        + "): send "
        + code
        + " without a status, or use "
        + codesWith(status, entry)
        + ".";
  }

  private static String classMismatch(
      ReplyCode code, EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    StatusClass replyClass = Objects.requireNonNull(code.getStatusClass());
    EnhancedStatusCode sameClass = status.withStatusClass(replyClass);
    return "reply code "
        + code
        + " is "
        + article(replyClass)
        + " ("
        + classDigit(code)
        + "xx) but status "
        + status
        + " is "
        + article(status.getStatusClass())
        + " (class "
        + status.getClassNumber()
        + "); the class must equal the reply code's first digit ("
        + Rule.CLASS_MISMATCH.getReference()
        + "): use "
        + codesWith(status, entry)
        + caveat(null, status, entry)
        + ", or "
        + code
        + " with "
        + sameClass
        + caveat(code, sameClass, entry)
        + ".";
  }

  private static String unlisted(ReplyCode code, EnhancedStatusCode status, RegistryEntry entry) {
    List<ReplyCode> listed = entry.getAssociatedReplyCodes().getCodesOfClass(classDigit(code));
    return "the registry pairs "
        + status
        + " with "
        + orList(listed)
        + ", not "
        + code
        + " ("
        + entry.getCode()
        + " "
        + entry.getTitle()
        + "); the list is non-exclusive, so this is allowed but unusual ("
        + Rule.UNLISTED_REPLY_CODE.getReference()
        + "): use "
        + orList(listed)
        + " with "
        + status
        + ", or keep "
        + code
        + " if it is deliberate.";
  }

  private static String unintended(ReplyCode code, EnhancedStatusCode status, RegistryEntry entry) {
    Applicability a = entry.getApplicability();
    List<String> fixes = new ArrayList<>(3);
    for (StatusClass c : CLASS_ORDER) {
      if (a.allows(c)) {
        fixes.add(codesWith(status.withStatusClass(c), entry));
      }
    }
    StringBuilder b =
        new StringBuilder()
            .append(status)
            .append(" is ")
            .append(article(status.getStatusClass()))
            .append(", but the registry means ")
            .append(entry.getCode())
            .append(" (")
            .append(entry.getTitle())
            .append(") for ")
            .append(applicabilityWords(a))
            .append(" (")
            .append(Rule.UNINTENDED_CLASS.getReference())
            .append("): use ")
            .append(String.join(", or ", fixes));
    List<RegistryEntry> better = sameSubjectListing(code, status);
    if (!better.isEmpty()) {
      StringJoiner j = new StringJoiner(" or ", "; or, for " + code + ", ", "");
      for (RegistryEntry e : better) {
        j.add(e.withStatusClass(status.getStatusClass()) + " (" + e.getTitle() + ")");
      }
      b.append(j);
    }
    return b.append('.').toString();
  }

  /**
   * Registered details of the status's subject that the registry pairs with exactly this reply code
   * and that are meant for the status's class: a computed "did you mean".
   */
  private static List<RegistryEntry> sameSubjectListing(ReplyCode code, EnhancedStatusCode status) {
    List<RegistryEntry> out = new ArrayList<>(2);
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      if (e.getDetail().getSubject().getNumber() == status.getSubjectNumber()
          && e.getDetail().getNumber() != status.getDetailNumber()
          && !e.isDeprecated()
          && e.getAssociatedReplyCodes().getCodes().contains(code)
          && e.getApplicability().allows(status.getStatusClass())) {
        out.add(e);
      }
    }
    return out.subList(0, Math.min(3, out.size()));
  }

  private static String deprecated(EnhancedStatusCode status, RegistryEntry entry) {
    RegisteredDetail canonical = entry.getDetail().getCanonical();
    return status
        + " is deprecated: IANA lists "
        + entry.getCode()
        + " as a duplicate of "
        + canonical.getCode()
        + " ("
        + Rule.DEPRECATED_STATUS.getReference()
        + "): use "
        + EnhancedStatusCode.of(status.getStatusClass(), canonical)
        + " ("
        + canonical.getTitle()
        + ").";
  }

  private static String unregistered(ReplyCode code, EnhancedStatusCode status) {
    RegistryEntry fallback = StatusCodeRegistry.iana().get(status.getSubjectNumber(), 0);
    EnhancedStatusCode read =
        fallback != null
            ? fallback.withStatusClass(status.getStatusClass())
            : EnhancedStatusCode.of(status.getClassNumber(), 0, 0);
    RegistryEntry readEntry = Objects.requireNonNull(StatusCodeRegistry.iana().get(read));
    StringBuilder b =
        new StringBuilder()
            .append(status)
            .append(" is not in the IANA registry, so receivers read it as ")
            .append(read)
            .append(" (")
            .append(readEntry.getTitle())
            .append(") (")
            .append(Rule.UNREGISTERED_STATUS.getReference())
            .append(")");
    List<RegistryEntry> similar = similar(code, status);
    if (!similar.isEmpty()) {
      StringJoiner j = new StringJoiner(" or ", ": did you mean ", "?");
      for (RegistryEntry e : similar) {
        j.add(e.withStatusClass(status.getStatusClass()) + " (" + e.getTitle() + ")");
      }
      b.append(j);
    } else {
      b.append(": use ").append(read).append(" or another registered code.");
    }
    return b.toString();
  }

  private static String undefined(
      ReplyCode code, EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    String fix;
    List<ReplyCode> listed =
        entry == null
            ? List.of()
            : entry.getAssociatedReplyCodes().getCodesOfClass(classDigit(code));
    if (!listed.isEmpty()) {
      // The codes the registry pairs with the status: they never warn.
      fix = orList(listed) + " with " + status + ", as the registry pairs them";
    } else {
      // Else the defined codes of the same category (second digit, RFC 5321 §4.2.1).
      List<ReplyCode> category = new ArrayList<>();
      int decade = code.getValue() / 10 * 10;
      for (int v = decade; v < decade + 10; v++) {
        ReplyCode c = ReplyCode.of(v);
        if (c.isDefined() && !c.isDeprecated()) {
          category.add(c);
        }
      }
      if (!category.isEmpty()) {
        fix = orList(category) + " with " + status + ", the defined codes of its category";
      } else {
        // No defined code of that category: the class's catch-all code.
        ReplyCode c = ReplyCode.of(catchAllValue(Objects.requireNonNull(code.getStatusClass())));
        fix = c + " (" + c.getMeaning() + ") with " + status;
      }
    }
    return "reply code "
        + code
        + " is not defined by RFC 5321 or an SMTP extension, so a client acts on its first digit"
        + " only ("
        + Rule.UNDEFINED_REPLY_CODE.getReference()
        + "): use "
        + fix
        + ".";
  }

  /** Registered details of the status's class whose "s.d" is within edit distance 1 of it. */
  private static List<RegistryEntry> similar(ReplyCode code, EnhancedStatusCode status) {
    String target = status.getSubjectNumber() + "." + status.getDetailNumber();
    List<RegistryEntry> out = new ArrayList<>();
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      String candidate = e.getDetail().getSubject().getNumber() + "." + e.getDetail().getNumber();
      if (!e.isDeprecated() && editDistance(target, candidate) == 1) {
        out.add(e);
      }
    }
    // Those the registry pairs with this reply code first, then those meant for the class, then
    // registry order (the sort is stable).
    out.sort(
        Comparator.comparing((RegistryEntry e) -> !e.getAssociatedReplyCodes().lists(code))
            .thenComparing(e -> !e.getApplicability().allows(status.getStatusClass())));
    return out.subList(0, Math.min(3, out.size()));
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** True if the registry names this very reply code (not by wildcard or "Any") for the status. */
  private static boolean namesExactly(@Nullable RegistryEntry entry, ReplyCode code) {
    return entry != null && entry.getAssociatedReplyCodes().getCodes().contains(code);
  }

  /**
   * "552 or 554 with 5.3.4"; "550 (or another 5xx code) with 5.7.15" where the registry also allows
   * a whole class; "a 5xx reply code with 5.4.4" where it names no code of the class.
   */
  private static String codesWith(EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    int digit = status.getClassNumber();
    List<ReplyCode> listed =
        entry == null ? List.of() : entry.getAssociatedReplyCodes().getCodesOfClass(digit);
    if (listed.isEmpty()) {
      return "a " + digit + "xx reply code with " + status;
    }
    boolean wildcard =
        entry != null && entry.getAssociatedReplyCodes().getClassWildcards().contains(digit);
    return orList(listed)
        + (wildcard ? " (or another " + digit + "xx code)" : "")
        + " with "
        + status;
  }

  /**
   * Why a proposed pair would still draw a warning, in parentheses, or "" if it would not. {@code
   * code} is null for "the codes the registry lists", which never draw one for their own reason.
   */
  private static String caveat(
      @Nullable ReplyCode code, EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    if (entry == null) {
      return "";
    }
    AssociatedReplyCodes associated = entry.getAssociatedReplyCodes();
    boolean listed =
        code == null
            ? !associated.getCodesOfClass(status.getClassNumber()).isEmpty()
            : associated.lists(code);
    if (!listed && !entry.getApplicability().allows(status.getStatusClass())) {
      return " (though the registry means "
          + entry.getCode()
          + " for "
          + applicabilityWords(entry.getApplicability())
          + ")";
    }
    if (code != null && !listed && associated.namesClass(classDigit(code))) {
      return " (though the registry pairs "
          + status
          + " with "
          + orList(associated.getCodesOfClass(classDigit(code)))
          + ")";
    }
    return "";
  }

  private static int classDigit(ReplyCode code) {
    return code.getValue() / 100;
  }

  /** The code of a class that says least: 250, 451 (local error), 554 (transaction failed). */
  private static int catchAllValue(StatusClass c) {
    switch (c) {
      case SUCCESS:
        return 250;
      case PERSISTENT_TRANSIENT_FAILURE:
        return 451;
      case PERMANENT_FAILURE:
        return 554;
    }
    throw new AssertionError(c);
  }

  private static String catchAll(StatusClass c) {
    return Integer.toString(catchAllValue(c));
  }

  private static String orList(List<ReplyCode> codes) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      if (i > 0) {
        b.append(i == codes.size() - 1 ? " or " : ", ");
      }
      b.append(codes.get(i));
    }
    return b.toString();
  }

  private static String article(StatusClass c) {
    switch (c) {
      case SUCCESS:
        return "a success";
      case PERSISTENT_TRANSIENT_FAILURE:
        return "a transient failure";
      case PERMANENT_FAILURE:
        return "a permanent failure";
    }
    throw new AssertionError(c);
  }

  static String applicabilityWords(Applicability a) {
    switch (a) {
      case ANY:
        return "any class";
      case FAILURE:
        return "failures, transient or permanent";
      case PERMANENT_FAILURE:
        return "permanent failures only";
      case PERSISTENT_TRANSIENT_FAILURE:
        return "persistent transient failures only";
      case SUCCESS:
        return "success (positive delivery reports) only";
      case SUCCESS_OR_PERMANENT_FAILURE:
        return "success, or a permanent failure where lossy conversion was prohibited";
    }
    throw new AssertionError(a);
  }
}
