package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.Wording.applicabilityWords;
import static dev.smtpstatus.internal.rules.Wording.article;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.Applicability;
import dev.smtpstatus.api.StatusClass;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code smtp-status/UnintendedClass}: the registry's description means the status for other
 * classes (permanent failures only, transient only…) and the registry does not list the reply code
 * for it. The registry's own pairs win over its descriptions: X.2.2 "should be used as a persistent
 * transient failure" yet lists 552. The fix is the status in each class it is meant for and, for
 * success replies above all, registered details of the same subject that the registry pairs with
 * this very reply code.
 */
public final class UnintendedClassCheck implements Check<Pair> {
  @Override
  public Rule rule() {
    return Rule.UNINTENDED_CLASS;
  }

  @Override
  public boolean matches(Pair input) {
    RegistryEntry entry = input.entry();
    return entry != null
        && !entry.getAssociatedReplyCodes().lists(input.code())
        && !entry.getApplicability().allows(input.status().getStatusClass());
  }

  @Override
  public String message(Pair input) {
    EnhancedStatusCode status = input.status();
    RegistryEntry entry = Fixes.entry(input);
    Applicability a = entry.getApplicability();
    List<String> fixes = new ArrayList<>(3);
    for (StatusClass c : Fixes.CLASS_ORDER) {
      if (a.allows(c)) {
        fixes.add(Fixes.codesWith(status.withStatusClass(c), entry));
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
            .append(rule().getReference())
            .append("): use ")
            .append(String.join(", or ", fixes));
    List<RegistryEntry> better = Fixes.sameSubjectListing(input.code(), status);
    if (!better.isEmpty()) {
      StringJoiner j = new StringJoiner(" or ", "; or, for " + input.code() + ", ", "");
      for (RegistryEntry e : better) {
        j.add(Fixes.inClass(e, status.getStatusClass()) + " (" + e.getTitle() + ")");
      }
      b.append(j);
    }
    return b.append('.').toString();
  }
}
