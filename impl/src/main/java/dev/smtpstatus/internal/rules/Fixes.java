package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.Wording.applicabilityWords;
import static dev.smtpstatus.internal.rules.Wording.orList;

import dev.smtpstatus.AssociatedReplyCodes;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.StatusClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fixes the checks propose, all computed from the registry, never guessed
 * (docs/decisions/0202): the codes the registry pairs with a status, why a proposed pair would
 * still warn, registered codes one edit away, a repaired spelling, the catch-all code of a class.
 */
public final class Fixes {
  /** The order in which fixes name classes: the failures first. */
  static final StatusClass[] CLASS_ORDER = {
    StatusClass.PERMANENT_FAILURE, StatusClass.PERSISTENT_TRANSIENT_FAILURE, StatusClass.SUCCESS
  };

  private Fixes() {}

  /** The registered code of {@code entry} in class {@code c}. */
  static EnhancedStatusCode inClass(RegistryEntry entry, StatusClass c) {
    return entry.toStatusCode(c);
  }

  /** The pair's registry entry; only for checks that match registered statuses alone. */
  static RegistryEntry entry(Pair pair) {
    return Objects.requireNonNull(pair.entry(), "the status is not registered");
  }

  /** The reply codes the registry names one by one for the status, of the class with this digit. */
  static List<ReplyCode> listedCodes(@Nullable RegistryEntry entry, int classDigit) {
    return entry == null ? List.of() : entry.getAssociatedReplyCodes().getCodesOfClass(classDigit);
  }

  /** True if the registry names this very reply code (not by wildcard or "Any") for the status. */
  public static boolean namesExactly(@Nullable RegistryEntry entry, ReplyCode code) {
    return entry != null && entry.getAssociatedReplyCodes().getCodes().contains(code);
  }

  /**
   * "552 or 554 with 5.3.4"; "550 (or another 5xx code) with 5.7.15" where the registry also allows
   * a whole class; "a 5xx reply code with 5.4.4" where it names no code of the class.
   */
  static String codesWith(EnhancedStatusCode status, @Nullable RegistryEntry entry) {
    int digit = status.getClassNumber();
    List<ReplyCode> listed = listedCodes(entry, digit);
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
  static String caveat(
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
    if (code != null && !listed && associated.namesClass(code.getValue() / 100)) {
      return " (though the registry pairs "
          + status
          + " with "
          + orList(associated.getCodesOfClass(code.getValue() / 100))
          + ")";
    }
    return "";
  }

  /**
   * For a malformed reply code: the codes the registry pairs with the status, or the class's
   * catch-all code.
   */
  static String replyCodesFor(int replyCode, @Nullable EnhancedStatusCode status) {
    if (status != null) {
      List<ReplyCode> listed =
          listedCodes(StatusCodeRegistry.iana().get(status), status.getClassNumber());
      if (!listed.isEmpty()) {
        return orList(listed) + " with " + status;
      }
      return catchAll(status.getStatusClass()) + " with " + status;
    }
    StatusClass c = StatusClass.ofOrNull(Math.abs(replyCode) / 100);
    return c == null ? "a code such as 250, 451 or 554" : "a code such as " + catchAll(c);
  }

  /**
   * The status the writer most likely meant: spaces dropped, leading zeros dropped, a registry-form
   * class {@code X} replaced by the reply code's class; null if that is still not a status.
   */
  public static @Nullable EnhancedStatusCode repair(CharSequence status, @Nullable ReplyCode code) {
    String s = status.toString().replaceAll("\\s+", "");
    StatusClass replyClass = code == null ? null : code.getStatusClass();
    if (replyClass != null && (s.startsWith("X.") || s.startsWith("x."))) {
      s = replyClass.getNumber() + s.substring(1);
    }
    s = s.replaceAll("(^|\\.)0+(?=\\d)", "$1");
    return EnhancedStatusCode.parseOrNull(s);
  }

  /**
   * What receivers read an unregistered status as (RFC 3463 §2): X.s.0 where the subject is
   * registered, else X.0.0.
   */
  static EnhancedStatusCode fallback(EnhancedStatusCode status) {
    RegistryEntry subjectEntry = StatusCodeRegistry.iana().get(status.getSubjectNumber(), 0);
    return subjectEntry != null
        ? inClass(subjectEntry, status.getStatusClass())
        : EnhancedStatusCode.of(status.getClassNumber(), 0, 0);
  }

  /** Registered details of the status's class whose "s.d" is within edit distance 1 of it. */
  static List<RegistryEntry> similar(ReplyCode code, EnhancedStatusCode status) {
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

  /**
   * Registered details of the status's subject that the registry pairs with exactly this reply code
   * and that are meant for the status's class: a computed "did you mean".
   */
  static List<RegistryEntry> sameSubjectListing(ReplyCode code, EnhancedStatusCode status) {
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

  /** The defined, not deprecated reply codes of the code's category (RFC 5321 §4.2.1). */
  static List<ReplyCode> definedCodesOfCategory(ReplyCode code) {
    List<ReplyCode> category = new ArrayList<>();
    int decade = code.getValue() / 10 * 10;
    for (int v = decade; v < decade + 10; v++) {
      ReplyCode c = ReplyCode.of(v);
      if (c.isDefined() && !c.isDeprecated()) {
        category.add(c);
      }
    }
    return category;
  }

  /** The Levenshtein distance between two strings. */
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

  /** The code of a class that says least: 250, 451 (local error), 554 (transaction failed). */
  static ReplyCode catchAll(StatusClass c) {
    switch (c) {
      case SUCCESS:
        return ReplyCode.of(250);
      case PERSISTENT_TRANSIENT_FAILURE:
        return ReplyCode.of(451);
      case PERMANENT_FAILURE:
        return ReplyCode.of(554);
    }
    throw new AssertionError(c);
  }

  /** The reply code's class; only for codes that are not intermediate (3xx). */
  static StatusClass classOf(ReplyCode code) {
    return Objects.requireNonNull(code.getStatusClass(), "an intermediate reply has no class");
  }
}
