package dev.smtpstatus;

import dev.smtpstatus.internal.rules.Check;
import dev.smtpstatus.internal.rules.Checks;
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
