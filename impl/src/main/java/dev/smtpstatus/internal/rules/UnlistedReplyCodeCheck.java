package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.Wording.orList;

import dev.smtpstatus.AssociatedReplyCodes;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import java.util.List;

/**
 * {@code smtp-status/UnlistedReplyCode}: the registry names reply codes of the reply's class for
 * the status, but not this one. RFC 5248 §2 makes the list non-exclusive, so this is a warning, and
 * only where the registry names codes of the reply's class at all ({@code 452} with {@code 4.2.2}
 * is clean: no 4xx code is named for X.2.2). The fix is the listed codes.
 */
public final class UnlistedReplyCodeCheck implements Check<Pair> {
  @Override
  public Rule rule() {
    return Rule.UNLISTED_REPLY_CODE;
  }

  @Override
  public boolean matches(Pair input) {
    RegistryEntry entry = input.entry();
    if (entry == null) {
      return false;
    }
    AssociatedReplyCodes associated = entry.getAssociatedReplyCodes();
    return !associated.lists(input.code()) && associated.namesClass(input.classDigit());
  }

  @Override
  public String message(Pair input) {
    RegistryEntry entry = Fixes.entry(input);
    ReplyCode code = input.code();
    List<ReplyCode> listed = Fixes.listedCodes(entry, input.classDigit());
    return "the registry pairs "
        + input.status()
        + " with "
        + orList(listed)
        + ", not "
        + code
        + " ("
        + entry.getCode()
        + " "
        + entry.getTitle()
        + "); the list is non-exclusive, so this is allowed but unusual ("
        + rule().getReference()
        + "): use "
        + orList(listed)
        + " with "
        + input.status()
        + ", or keep "
        + code
        + " if it is deliberate.";
  }
}
