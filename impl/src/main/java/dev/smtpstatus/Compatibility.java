package dev.smtpstatus;

import dev.smtpstatus.api.Applicability;
import dev.smtpstatus.api.RegisteredDetail;
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
 * Compatibility.check(452, "5.3.4");   // [ClassMismatch error: use 552 or 554 with 5.3.4, or 452 with 4.3.4]
 * Compatibility.check(550, "5.3.4");   // [UnlistedReplyCode warning: the registry pairs 5.3.4 with 552 or 554]
 * }</pre>
 *
 * <p>Errors come first and, where there is one, warnings are not computed: a pair that breaks an
 * RFC's MUST needs fixing before its finer points matter. A pair the registry itself lists never
 * warns, except that a code no RFC defines is reported unless the registry names that very code.
 */
public final class Compatibility {

  private Compatibility() {}

  /**
   * Checks a reply code and a status as written in source or on the command line, including their
   * syntax.
   *
   * @return the findings, errors first; empty if the pair is compatible
   */
  public static List<Finding> check(int replyCode, CharSequence status) {
    Objects.requireNonNull(status, "status == null");
    List<Finding> findings = new ArrayList<>(2);
    ReplyCode code = ReplyCode.ofOrNull(replyCode);
    if (code == null) {
      findings.add(
          Finding.of(
              Rule.MALFORMED_REPLY_CODE,
              "reply code "
                  + replyCode
                  + " is not valid: a reply code is three digits, the first 2-5 and the second"
                  + " 0-5 (RFC 5321 §4.2). Use a code such as "
                  + suggestReplyCode(replyCode)
                  + "."));
    }
    EnhancedStatusCode parsed = EnhancedStatusCode.parseOrNull(status);
    if (parsed == null) {
      SmtpSyntaxException e = StatusGrammar.explain(status, 0, status.length());
      findings.add(
          Finding.of(
              Rule.MALFORMED_STATUS,
              "status "
                  + e.getMessage()
                  + ". Write class.subject.detail, e.g. "
                  + suggestStatus(code)
                  + "."));
    }
    if (code == null || parsed == null) {
      return List.copyOf(findings);
    }
    return check(code, parsed);
  }

  /**
   * Checks a reply code and an enhanced status code against the rules of RFC 2034 §3, RFC 3463 and
   * the IANA registry (RFC 5248).
   *
   * @return the findings, errors first; empty if the pair is compatible
   */
  public static List<Finding> check(ReplyCode code, EnhancedStatusCode status) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(status, "status == null");
    RegistryEntry entry = StatusCodeRegistry.iana().get(status);

    // RFC 2034 §3: enhanced codes go with 2xx, 4xx and 5xx only.
    if (code.isIntermediate()) {
      return List.of(
          Finding.of(
              Rule.INTERMEDIATE_REPLY,
              "reply code "
                  + code
                  + " is an intermediate reply (3xx), which carries no enhanced status code (RFC"
                  + " 2034 §3). Send "
                  + code
                  + " without "
                  + status
                  + ", or use "
                  + status
                  + " with a "
                  + status.getClassNumber()
                  + "xx completion reply."));
    }
    // RFC 2034 §3, RFC 3463 §3.1: the class repeats the reply code's first digit.
    StatusClass replyClass = Objects.requireNonNull(code.getStatusClass());
    if (replyClass != status.getStatusClass()) {
      return List.of(Finding.of(Rule.CLASS_MISMATCH, classMismatch(code, status, entry)));
    }

    List<Finding> findings = new ArrayList<>(2);
    if (entry == null) {
      findings.add(Finding.of(Rule.UNREGISTERED_STATUS, unregistered(code, status)));
    } else {
      AssociatedReplyCodes associated = entry.getAssociatedReplyCodes();
      if (entry.isDeprecated()) {
        RegisteredDetail canonical = entry.getDetail().getCanonical();
        findings.add(
            Finding.of(
                Rule.DEPRECATED_STATUS,
                status
                    + " is deprecated: IANA lists X.6.10 as a duplicate of X.6.8 (RFC 6531). Use "
                    + EnhancedStatusCode.of(status.getStatusClass(), canonical)
                    + " ("
                    + canonical.getTitle()
                    + ")."));
      }
      if (!associated.lists(code)) {
        // RFC 5248 §2: the associated codes are a non-exclusive list, so this is a warning, and
        // only where the registry names codes of the reply's class at all.
        if (associated.namesClass(code.getValue() / 100)) {
          findings.add(Finding.of(Rule.UNLISTED_REPLY_CODE, unlisted(code, status, entry)));
        }
        Applicability applicability = entry.getApplicability();
        if (!applicability.allows(status.getStatusClass())) {
          findings.add(Finding.of(Rule.UNINTENDED_CLASS, unintended(status, entry)));
        }
      }
    }
    if (!code.isDefined()
        && (entry == null || !entry.getAssociatedReplyCodes().getCodes().contains(code))) {
      findings.add(Finding.of(Rule.UNDEFINED_REPLY_CODE, undefined(code, status, entry)));
    }
    return List.copyOf(findings);
  }

  /** True if any finding is an error. */
  public static boolean hasErrors(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.isError()) {
        return true;
      }
    }
    return false;
  }

  private static String classMismatch(
      ReplyCode code, EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    StatusClass replyClass = Objects.requireNonNull(code.getStatusClass());
    return "reply code "
        + code
        + " is "
        + article(replyClass)
        + " ("
        + code.getValue() / 100
        + "xx) but status "
        + status
        + " has class "
        + status.getClassNumber()
        + " ("
        + status.getStatusClass().getTitle().toLowerCase(java.util.Locale.ROOT)
        + "): the class must equal the reply code's first digit (RFC 2034 §3, RFC 3463 §3.1). Use "
        + codesWith(status, entry)
        + ", or "
        + code
        + " with "
        + status.withStatusClass(replyClass)
        + ".";
  }

  private static String unlisted(ReplyCode code, EnhancedStatusCode status, RegistryEntry entry) {
    List<ReplyCode> listed =
        entry.getAssociatedReplyCodes().getCodesOfClass(status.getClassNumber());
    String pairs =
        listed.isEmpty()
            ? "codes of other classes (" + entry.getAssociatedReplyCodes().getWording() + ")"
            : orList(listed);
    return "the registry pairs "
        + status
        + " ("
        + entry.getTitle()
        + ") with "
        + pairs
        + ", not "
        + code
        + "; the list is non-exclusive, so this is allowed but unusual (RFC 5248 §2). Use "
        + (listed.isEmpty() ? "a listed code" : orList(listed))
        + " with "
        + status
        + ", or keep "
        + code
        + " if it is deliberate.";
  }

  private static String unintended(EnhancedStatusCode status, RegistryEntry entry) {
    Applicability a = entry.getApplicability();
    List<String> fixes = new ArrayList<>(2);
    for (StatusClass c :
        new StatusClass[] {
          StatusClass.PERMANENT_FAILURE,
          StatusClass.PERSISTENT_TRANSIENT_FAILURE,
          StatusClass.SUCCESS
        }) {
      if (a.allows(c)) {
        fixes.add(codesWith(status.withStatusClass(c), entry));
      }
    }
    return status
        + " is "
        + article(status.getStatusClass())
        + ", but the registry says "
        + entry.getCode()
        + " ("
        + entry.getTitle()
        + ") is meant for "
        + applicabilityWords(a)
        + " (IANA registry description). Use "
        + String.join(", or ", fixes)
        + ".";
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
            .append(" is not in the IANA registry: receivers read it as ")
            .append(read)
            .append(" (")
            .append(readEntry.getTitle())
            .append(") (RFC 3463 §2).");
    List<RegistryEntry> similar = similar(code, status);
    if (!similar.isEmpty()) {
      StringJoiner j = new StringJoiner(" or ", " Did you mean ", "?");
      for (RegistryEntry e : similar) {
        j.add(e.withStatusClass(status.getStatusClass()) + " (" + e.getTitle() + ")");
      }
      b.append(j);
    } else {
      b.append(" Use ").append(read).append(" or another registered code.");
    }
    return b.toString();
  }

  private static String undefined(
      ReplyCode code, EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    List<ReplyCode> candidates = new ArrayList<>();
    if (entry != null) {
      for (ReplyCode c : entry.getAssociatedReplyCodes().getCodesOfClass(code.getValue() / 100)) {
        if (c.isDefined()) {
          candidates.add(c);
        }
      }
    }
    if (candidates.isEmpty()) {
      for (int v = code.getValue() / 10 * 10; v < code.getValue() / 10 * 10 + 10; v++) {
        ReplyCode c = ReplyCode.of(v);
        if (c.isDefined() && !c.isDeprecated()) {
          candidates.add(c);
        }
      }
    }
    if (candidates.isEmpty()) {
      for (int v = code.getValue() / 100 * 100; v < code.getValue() / 100 * 100 + 60; v++) {
        ReplyCode c = ReplyCode.ofOrNull(v);
        if (c != null && c.isDefined() && !c.isDeprecated()) {
          candidates.add(c);
        }
      }
      candidates.sort(Comparator.comparingInt(c -> Math.abs(c.getValue() - code.getValue())));
      candidates = candidates.subList(0, Math.min(2, candidates.size()));
    }
    StringJoiner j = new StringJoiner(" or ");
    for (ReplyCode c : candidates) {
      j.add(c + " (" + c.getMeaning() + ")");
    }
    return "reply code "
        + code
        + " is not defined by RFC 5321 §4.2 or an SMTP extension RFC; a client may act on its"
        + " first digit only. Use "
        + j
        + " with "
        + status
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
    // Those the registry pairs with this reply code first, then registry order.
    out.sort(Comparator.comparing(e -> !e.getAssociatedReplyCodes().getCodes().contains(code)));
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

  /** "552 or 554 with 5.3.4", or "a 5xx reply code with 5.4.4" where the registry names none. */
  private static String codesWith(EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    List<ReplyCode> listed =
        entry == null
            ? List.of()
            : entry.getAssociatedReplyCodes().getCodesOfClass(status.getClassNumber());
    return (listed.isEmpty() ? "a " + status.getClassNumber() + "xx reply code" : orList(listed))
        + " with "
        + status;
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

  private static String suggestReplyCode(int replyCode) {
    // Keep the caller's first digit where it is a completion class, else fall back to 554.
    int first = replyCode / 100;
    return first == 2 ? "250" : first == 4 ? "451" : "554";
  }

  private static String suggestStatus(@Nullable ReplyCode code) {
    StatusClass c = code == null ? null : code.getStatusClass();
    return (c == null ? 5 : c.getNumber()) + ".0.0";
  }
}
