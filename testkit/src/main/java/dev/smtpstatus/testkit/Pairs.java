package dev.smtpstatus.testkit;

import dev.smtpstatus.AssociatedReplyCodes;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.StatusCodeRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The pair generators. Listed pairs come straight from the registry's associated reply codes;
 * compatible pairs are built with the status class equal to the reply code's first digit (RFC 2034
 * §3); incompatible ones break exactly that, or use an intermediate 3xx reply.
 */
final class Pairs {
  private Pairs() {}

  /** Per registry entry, every pair the registry itself lists, so that no rule finds anything. */
  private static final List<List<ReplyCodeStatusPair>> LISTED_BY_ENTRY = new ArrayList<>();

  /** All listed pairs, ordered by status and then reply code: the order shrinking descends. */
  private static final List<ReplyCodeStatusPair> LISTED_SORTED = new ArrayList<>();

  private static final Comparator<ReplyCodeStatusPair> ORDER =
      Comparator.comparing(ReplyCodeStatusPair::getStatus)
          .thenComparing(ReplyCodeStatusPair::getReplyCode);

  static {
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      if (e.isDeprecated()) {
        continue; // X.6.10 draws a DeprecatedStatus warning whatever the reply code
      }
      AssociatedReplyCodes associated = e.getAssociatedReplyCodes();
      List<ReplyCodeStatusPair> pairs = new ArrayList<>();
      for (int first : new int[] {2, 4, 5}) {
        for (int v = first * 100; v < first * 100 + 60; v++) {
          ReplyCode code = ReplyCode.of(v);
          // Listed by the registry (one by one, by wildcard, or "Any"); a code no RFC defines only
          // where the registry names it one by one (else UndefinedReplyCode would warn).
          if (associated.lists(code)
              && (code.isDefined() || associated.getCodes().contains(code))) {
            pairs.add(
                ReplyCodeStatusPair.of(
                    code, EnhancedStatusCode.of(first, subject(e), e.getDetail().getNumber())));
          }
        }
      }
      if (!pairs.isEmpty()) {
        LISTED_BY_ENTRY.add(List.copyOf(pairs));
        LISTED_SORTED.addAll(pairs);
      }
    }
    LISTED_SORTED.sort(ORDER);
  }

  private static int subject(RegistryEntry e) {
    return e.getDetail().getSubject().getNumber();
  }

  static final Generator<ReplyCodeStatusPair> LISTED =
      Generator.of(
          pairs("552 5.3.4", "550 5.1.1", "250 2.0.0", "452 4.2.2", "552 5.2.2", "550 5.7.1"),
          Pairs::listed,
          Pairs::shrinkListed);

  static final Generator<ReplyCodeStatusPair> COMPATIBLE =
      Generator.of(
          pairs(
              "552 5.3.4",
              "550 5.1.1",
              "250 2.0.0",
              "452 4.2.2",
              "552 5.2.2",
              "550 5.3.4",
              "451 4.7.0",
              "250 2.1.99",
              "421 4.4.2",
              "554 5.999.999",
              "220 2.0.0"),
          Pairs::compatible,
          Pairs::shrinkKeepingClasses);

  static final Generator<ReplyCodeStatusPair> INCOMPATIBLE =
      Generator.of(
          pairs(
              "452 5.3.4",
              "451 5.7.3",
              "354 2.0.0",
              "550 4.2.2",
              "250 5.0.0",
              "334 5.7.8",
              "220 4.0.0",
              "550 2.0.0"),
          Pairs::incompatible,
          Pairs::shrinkKeepingClasses);

  /** An entry uniformly (so every listed entry is reached), then one of its listed pairs. */
  static ReplyCodeStatusPair listed(RandomGenerator r) {
    List<ReplyCodeStatusPair> pairs = LISTED_BY_ENTRY.get(r.nextInt(LISTED_BY_ENTRY.size()));
    return pairs.get(r.nextInt(pairs.size()));
  }

  /** Half listed pairs; half any well-formed status with a 2xx/4xx/5xx code of its class. */
  static ReplyCodeStatusPair compatible(RandomGenerator r) {
    if (r.nextBoolean()) {
      return listed(r);
    }
    EnhancedStatusCode status = StatusCodes.wellFormed(r);
    return ReplyCodeStatusPair.of(
        ReplyCode.of(ReplyCodeGenerators.ofClass(r, status.getClassNumber())), status);
  }

  /** A quarter 3xx with any status (RFC 2034 §3); the rest a code of another class. */
  static ReplyCodeStatusPair incompatible(RandomGenerator r) {
    EnhancedStatusCode status = StatusCodes.wellFormed(r);
    int first;
    if (r.nextInt(4) == 0) {
      first = 3;
    } else {
      int c = status.getClassNumber();
      int[] others = c == 2 ? new int[] {4, 5} : c == 4 ? new int[] {2, 5} : new int[] {2, 4};
      first = others[r.nextInt(2)];
    }
    return ReplyCodeStatusPair.of(ReplyCode.of(ReplyCodeGenerators.ofClass(r, first)), status);
  }

  /** The least listed pair, and the one just below this one in status-then-code order. */
  static List<ReplyCodeStatusPair> shrinkListed(ReplyCodeStatusPair v) {
    List<ReplyCodeStatusPair> out = new ArrayList<>(2);
    int at = LISTED_SORTED.indexOf(v);
    if (at > 0) {
      out.add(LISTED_SORTED.get(0));
      if (at > 1) {
        out.add(LISTED_SORTED.get(at - 1));
      }
    }
    return out;
  }

  /**
   * Simpler statuses (class kept) with the same code, then simpler codes (first digit kept) with
   * the same status: both classes stay as they were, and with them (in)compatibility.
   */
  static List<ReplyCodeStatusPair> shrinkKeepingClasses(ReplyCodeStatusPair v) {
    List<ReplyCodeStatusPair> out = new ArrayList<>();
    for (EnhancedStatusCode s : StatusCodes.shrinkWellFormed(v.getStatus())) {
      out.add(ReplyCodeStatusPair.of(v.getReplyCode(), s));
    }
    for (ReplyCode c : ReplyCodeGenerators.shrinkValid(v.getReplyCode())) {
      out.add(ReplyCodeStatusPair.of(c, v.getStatus()));
    }
    return out;
  }

  private static List<ReplyCodeStatusPair> pairs(String... texts) {
    List<ReplyCodeStatusPair> out = new ArrayList<>(texts.length);
    for (String t : texts) {
      out.add(
          ReplyCodeStatusPair.of(
              ReplyCode.parse(t.substring(0, 3)), EnhancedStatusCode.parse(t.substring(4))));
    }
    return out;
  }
}
