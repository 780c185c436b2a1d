package dev.smtpstatus;

import dev.smtpstatus.api.Replies;
import dev.smtpstatus.api.SmtpCommand;
import dev.smtpstatus.internal.rules.BuiltReply;
import dev.smtpstatus.internal.rules.Check;
import dev.smtpstatus.internal.rules.Checks;
import dev.smtpstatus.internal.rules.CommandReply;
import dev.smtpstatus.internal.rules.DsnRecipient;
import dev.smtpstatus.internal.rules.Fixes;
import dev.smtpstatus.internal.rules.LineStart;
import dev.smtpstatus.internal.rules.Pair;
import dev.smtpstatus.internal.rules.PairText;
import dev.smtpstatus.internal.rules.ReplyLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * <p>The rules are the constants of {@link Rule}, each with its severity and source; each is
 * checked by one class named after its tag. This class owns the policy that runs them: <b>errors
 * first</b>, and where there is one, warnings are not computed, because a pair that breaks an RFC's
 * MUST needs fixing before its finer points matter. Every fix a message proposes is computed from
 * the registry, never guessed, and no fix proposes an error (docs/decisions/0202).
 *
 * <p><b>Listed pairs are clean.</b> A pair whose reply code the registry names one by one for the
 * status ({@link #isListed}) draws no finding at all: this is the promise every other mention of
 * "pairs the registry lists" refers to, and {@code CompatibilityTest.listedPairsAreClean} checks it
 * for every such pair. How the registry's associated codes are read: {@code Any} names every code;
 * {@code Not given} (and X.7.28's bare {@code "."}) names none, so no reply code is "unlisted";
 * {@code 5XX} names every 5xx code; "(other 4XX or 5XX codes are allowed)" names every 4xx and 5xx
 * code besides those listed. A pair the registry admits only by {@code Any} or a wildcard draws no
 * registry warning, but a reply code that no RFC defines is still reported (docs/decisions/0004).
 *
 * <p>Findings compose their messages on first use (docs/decisions/0005), so deciding costs registry
 * lookups only.
 */
public final class Compatibility {

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
    return run(Checks.PAIR_TEXT, List.of(), PairText.of(replyCode, status));
  }

  /**
   * Checks a reply code and a status both given as text, as a person types them: the reply code is
   * read as a number only if it is plain ASCII digits, so {@code "+550"}, {@code "055"} or {@code
   * "٥٥٠"} are a {@link Rule#MALFORMED_REPLY_CODE} finding, not another number.
   *
   * <pre>{@code
   * Compatibility.check("552", "5.3.4");  // []
   * Compatibility.check("55x", "5.3.4");  // [MalformedReplyCode error]
   * }</pre>
   *
   * @return the findings, errors first; empty if the pair is compatible
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(CharSequence replyCode, CharSequence status) {
    Objects.requireNonNull(replyCode, "replyCode == null");
    Objects.requireNonNull(status, "status == null");
    PairText text = PairText.of(replyCode, status);
    ReplyCode code = text.code();
    EnhancedStatusCode parsed = text.status();
    if (code != null && parsed != null) {
      return check(code, parsed);
    }
    return run(Checks.PAIR_TEXT, List.of(), text);
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
    return run(Checks.PAIR_ERRORS, Checks.PAIR_WARNINGS, Pair.of(code, status));
  }

  /**
   * The findings of a parsed reply: those of its code and status, then those of how its lines go
   * together, which the reply parser reports and this engine decides and words.
   */
  static List<Finding> check(List<Finding> pairFindings, ReplyLines lines) {
    List<Finding> lineFindings = run(List.of(), Checks.REPLY_LINES, lines);
    if (lineFindings.isEmpty()) {
      return pairFindings;
    }
    List<Finding> all = new ArrayList<>(pairFindings.size() + lineFindings.size());
    all.addAll(pairFindings);
    all.addAll(lineFindings);
    return List.copyOf(all);
  }

  /**
   * Checks a pair as the reply to an SMTP command: the findings of {@link #check(int,
   * CharSequence)} and, where those hold no error, whether the command may receive the reply code
   * ({@link Rule#REPLY_CODE_NOT_FOR_COMMAND}, docs/decisions/0800) and whether the status fits a
   * stage that comes before any recipient ({@link Rule#STATUS_NOT_FOR_COMMAND}). For a client that
   * knows which command it sent, {@code smtp-status check --command} and the processor's
   * {@code @RepliesTo}.
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
    return withCommand(check(code, status), CommandReply.of(command, code, status));
  }

  /**
   * Checks a whole reply, such as one a client read, as the answer to the command it sent: the
   * reply's own findings ({@link #check(SmtpReply)}) and, where those hold no error, the command
   * rules. A reply without a status is checked for its reply code only. The reader itself stays
   * command-blind; this is for the caller who knows the command.
   *
   * <pre>{@code
   * Compatibility.check(SmtpCommand.QUIT, reply);  // [ReplyCodeNotForCommand] if QUIT got 250
   * }</pre>
   *
   * @return the findings, errors first; empty for a correct reply that fits the command
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(SmtpCommand command, SmtpReply reply) {
    Objects.requireNonNull(command, "command == null");
    Objects.requireNonNull(reply, "reply == null");
    return withCommand(check(reply), CommandReply.of(command, reply.getCode(), reply.getStatus()));
  }

  /** The reply's own findings, then, where they hold no error, the command's. */
  private static List<Finding> withCommand(List<Finding> own, CommandReply input) {
    if (hasErrors(own)) {
      return own; // errors first, and alone (docs/decisions/0004)
    }
    List<Finding> more = run(List.of(), Checks.COMMAND_WARNINGS, input);
    if (more.isEmpty()) {
      return own;
    }
    List<Finding> all = new ArrayList<>(own.size() + more.size());
    all.addAll(own);
    all.addAll(more);
    return List.copyOf(all);
  }

  /**
   * The findings of a parsed reply with a line whose text starts like a malformed status: those
   * found so far, then {@link Rule#MALFORMED_STATUS_IN_TEXT}'s.
   */
  static List<Finding> check(List<Finding> findings, LineStart start) {
    List<Finding> more = run(List.of(), Checks.LINE_START, start);
    if (more.isEmpty()) {
      return findings;
    }
    List<Finding> all = new ArrayList<>(findings.size() + more.size());
    all.addAll(findings);
    all.addAll(more);
    return List.copyOf(all);
  }

  /**
   * Checks a reply code on its own, as {@link ReplyCode#of(int)} takes it: the processor's check of
   * {@code ReplyCode.of(55)} in code.
   *
   * @return a {@link Rule#MALFORMED_REPLY_CODE} error if it is not a reply code, else empty
   */
  public static List<Finding> checkReplyCode(int replyCode) {
    return run(grammar(Rule.MALFORMED_REPLY_CODE), List.of(), PairText.of(replyCode, ""));
  }

  /**
   * Checks a reply code written as text, as {@link ReplyCode#parse} takes it: exactly three ASCII
   * digits, the first 2-5 and the second 0-5.
   *
   * @return a {@link Rule#MALFORMED_REPLY_CODE} error if it is not a reply code, else empty
   * @throws NullPointerException if {@code text} is null
   */
  public static List<Finding> checkReplyCode(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    PairText input =
        ReplyCode.parseOrNull(text) != null
            ? PairText.of(ReplyCode.parse(text).getValue(), "")
            : new PairText(text.toString(), null, "", null, null);
    return run(grammar(Rule.MALFORMED_REPLY_CODE), List.of(), input);
  }

  /**
   * Checks a status on its own, as {@link EnhancedStatusCode#parse} takes it.
   *
   * @return a {@link Rule#MALFORMED_STATUS} error if it is not {@code class.subject.detail}, else
   *     empty
   * @throws NullPointerException if {@code status} is null
   */
  public static List<Finding> checkStatus(CharSequence status) {
    Objects.requireNonNull(status, "status == null");
    return run(grammar(Rule.MALFORMED_STATUS), List.of(), PairText.of(0, status));
  }

  private static List<Check<PairText>> grammar(Rule rule) {
    List<Check<PairText>> out = new ArrayList<>(1);
    for (Check<PairText> c : Checks.PAIR_TEXT) {
      if (c.rule() == rule) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Checks that a handler declares a pair it builds: a {@link Rule#UNDECLARED_REPLY} warning if no
   * {@code @Replies} among {@code declared} names it (statuses compare as values). The processor
   * applies it to the constant pairs a {@code @Replies} method builds; a server can apply it at run
   * time with a handler's {@code method.getAnnotationsByType(Replies.class)}.
   *
   * <pre>{@code
   * Replies[] declared = handler.getAnnotationsByType(Replies.class);
   * Compatibility.checkDeclared("Inbound.recipient", 452, "4.2.2", List.of(declared));
   * }</pre>
   *
   * @param handler the handler as a reader knows it, e.g. {@code "InboundHandler.recipient"}
   * @return the warning, or empty if the pair is declared
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> checkDeclared(
      String handler, int replyCode, CharSequence status, List<? extends Replies> declared) {
    Objects.requireNonNull(handler, "handler == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(declared, "declared == null");
    List<BuiltReply.Declared> pairs = new ArrayList<>(declared.size());
    for (Replies r : declared) {
      pairs.add(new BuiltReply.Declared(r.code(), r.status()));
    }
    return run(
        List.of(),
        Checks.DECLARED_WARNINGS,
        new BuiltReply(handler, replyCode, status.toString(), pairs));
  }

  /**
   * The findings of one recipient of a delivery status notification (RFC 3464 §2.3): whether its
   * Action fits its Status class (§2.3.3, {@code smtp-status/ActionStatusMismatch}) and whether its
   * Status class is its Diagnostic-Code reply's ({@code smtp-status/StatusDiagnosticMismatch}). The
   * reply's own pair and line findings are in {@link SmtpReply#getFindings()}.
   *
   * <pre>{@code
   * Compatibility.checkDsnRecipient("failed", EnhancedStatusCode.parse("4.0.0"), null);
   * // [smtp-status/ActionStatusMismatch] Action failed goes with a 5.x.x status …
   * }</pre>
   *
   * @param action the Action field's value ({@code failed}, {@code delayed}, …), or null if absent;
   *     an unknown action is not checked
   * @param status the Status field, or null if absent or malformed
   * @param diagnostic the Diagnostic-Code read as a reply, or null
   */
  public static List<Finding> checkDsnRecipient(
      @Nullable CharSequence action,
      @Nullable EnhancedStatusCode status,
      @Nullable SmtpReply diagnostic) {
    DsnRecipient input =
        new DsnRecipient(
            DsnRecipient.actionOf(action),
            status,
            diagnostic == null ? null : diagnostic.getCode(),
            diagnostic == null ? null : diagnostic.getStatus());
    return run(List.of(), Checks.DSN_RECIPIENT, input);
  }

  /**
   * The policy: the error checks first; the warning checks only if no error matched. Each finding
   * composes its message when it is first read.
   */
  static <S> List<Finding> run(
      List<? extends Check<S>> errors, List<? extends Check<S>> warnings, S input) {
    @Nullable List<Finding> findings = null;
    for (Check<S> c : errors) {
      findings = add(findings, c, input);
    }
    if (findings == null) {
      for (Check<S> c : warnings) {
        findings = add(findings, c, input);
      }
    }
    return findings == null ? List.of() : List.copyOf(findings);
  }

  private static <S> @Nullable List<Finding> add(
      @Nullable List<Finding> findings, Check<S> check, S input) {
    if (!check.matches(input)) {
      return findings;
    }
    List<Finding> out = findings == null ? new ArrayList<>(2) : findings;
    out.add(Finding.lazy(check.rule(), () -> check.message(input)));
    return out;
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
   * True if the IANA registry names this very reply code for the status (not by a class wildcard or
   * {@code Any}): a listed pair, which draws no finding ("listed pairs are clean").
   *
   * <pre>{@code
   * Compatibility.isListed(ReplyCode.of(552), EnhancedStatusCode.parse("5.3.4"));  // true
   * Compatibility.isListed(ReplyCode.of(550), EnhancedStatusCode.parse("5.3.4"));  // false
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  public static boolean isListed(ReplyCode code, EnhancedStatusCode status) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(status, "status == null");
    return Fixes.namesExactly(StatusCodeRegistry.iana().get(status), code);
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
}
