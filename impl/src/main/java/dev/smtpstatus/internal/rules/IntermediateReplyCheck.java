package dev.smtpstatus.internal.rules;

import dev.smtpstatus.Rule;

/**
 * {@code smtp-status/IntermediateReply}: an intermediate 3xx reply carries an enhanced status code;
 * RFC 2034 §3 gives them to 2xx, 4xx and 5xx replies only. The fix is the bare reply, or the
 * registry's codes for the status.
 */
public final class IntermediateReplyCheck implements Check<Pair> {
  @Override
  public Rule rule() {
    return Rule.INTERMEDIATE_REPLY;
  }

  @Override
  public boolean matches(Pair input) {
    return input.code().isIntermediate();
  }

  @Override
  public String message(Pair input) {
    return "reply code "
        + input.code()
        + " is an intermediate reply (3xx), which carries no enhanced status code ("
        + rule().getReference()
        + "): send "
        + input.code()
        + " without a status, or use "
        + Fixes.codesWith(input.status(), input.entry())
        + ".";
  }
}
