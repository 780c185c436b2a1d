package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.Wording.article;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.StatusClass;

/**
 * {@code smtp-status/ClassMismatch}: the status class differs from the reply code's first digit
 * (RFC 2034 §3, RFC 3463 §3.1). The fix keeps either side: the registry's codes for the status, or
 * the reply code with the status moved to its class, each with a caveat where it would still warn.
 */
public final class ClassMismatchCheck implements Check<Pair> {
  @Override
  public Rule rule() {
    return Rule.CLASS_MISMATCH;
  }

  @Override
  public boolean matches(Pair input) {
    StatusClass replyClass = input.code().getStatusClass();
    return replyClass != null && replyClass != input.status().getStatusClass();
  }

  @Override
  public String message(Pair input) {
    EnhancedStatusCode status = input.status();
    StatusClass replyClass = Fixes.classOf(input.code());
    EnhancedStatusCode sameClass = status.withStatusClass(replyClass);
    return "reply code "
        + input.code()
        + " is "
        + article(replyClass)
        + " ("
        + input.classDigit()
        + "xx) but status "
        + status
        + " is "
        + article(status.getStatusClass())
        + " (class "
        + status.getClassNumber()
        + "); the class must equal the reply code's first digit ("
        + rule().getReference()
        + "): use "
        + Fixes.codesWith(status, input.entry())
        + Fixes.caveat(null, status, input.entry())
        + ", or "
        + input.code()
        + " with "
        + sameClass
        + Fixes.caveat(input.code(), sameClass, input.entry())
        + ".";
  }
}
