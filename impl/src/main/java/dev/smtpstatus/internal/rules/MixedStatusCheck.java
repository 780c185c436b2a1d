package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Rule;

/**
 * {@code smtp-status/MixedStatus}: the lines of a multiline reply carry different enhanced status
 * codes, or some carry one and others none, where RFC 2034 §4 asks for the same on every line. The
 * reply keeps the first status it carries (docs/decisions/0101); the fix is to send it on every
 * line.
 */
public final class MixedStatusCheck implements Check<ReplyLines> {
  @Override
  public Rule rule() {
    return Rule.MIXED_STATUS;
  }

  @Override
  public boolean matches(ReplyLines input) {
    return input.disagreeLine() != 0;
  }

  @Override
  public String message(ReplyLines input) {
    EnhancedStatusCode st = input.status();
    EnhancedStatusCode other = input.disagreeStatus();
    return "line "
        + input.statusLine()
        + " of the reply carries status "
        + st
        + " but line "
        + input.disagreeLine()
        + (other == null ? " carries none" : " carries " + other)
        + ": every line of a multiline reply carries the same enhanced status code ("
        + rule().getReference()
        + "). The reply's status is "
        + st
        + ", the first one it carries; other lines keep theirs in their text. Send "
        + st
        + " on every line.";
  }
}
