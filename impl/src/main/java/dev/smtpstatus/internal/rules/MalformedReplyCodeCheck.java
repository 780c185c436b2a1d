package dev.smtpstatus.internal.rules;

import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.SmtpSyntaxException;
import dev.smtpstatus.internal.ReplyCodeGrammar;

/**
 * {@code smtp-status/MalformedReplyCode}: the reply code is not three digits, the first 2-5 and the
 * second 0-5 (RFC 5321 §4.2). The fix is the registry's codes for the status where it is valid,
 * else the catch-all code of the class the first digit suggests.
 */
public final class MalformedReplyCodeCheck implements Check<PairText> {
  @Override
  public Rule rule() {
    return Rule.MALFORMED_REPLY_CODE;
  }

  @Override
  public boolean matches(PairText input) {
    return input.code() == null;
  }

  @Override
  public String message(PairText input) {
    Integer number = input.replyCodeNumber();
    if (number == null) {
      // Not even a number: the grammar says where it breaks.
      return "reply code "
          + explain(input.replyCodeText())
          + "; use a code such as 250, 451 or 554.";
    }
    return "reply code "
        + number
        + " is not valid: "
        + ReplyCodeGrammar.RULE
        + "; use "
        + Fixes.replyCodesFor(number, input.status())
        + ".";
  }

  private static String explain(String text) {
    try {
      ReplyCode.parse(text);
    } catch (SmtpSyntaxException e) {
      return java.util.Objects.requireNonNullElse(e.getMessage(), text);
    }
    throw new IllegalArgumentException(text + " is a valid reply code");
  }
}
