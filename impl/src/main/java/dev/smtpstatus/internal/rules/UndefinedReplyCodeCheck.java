package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.Wording.orList;

import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import java.util.List;

/**
 * {@code smtp-status/UndefinedReplyCode}: no RFC defines the reply code (RFC 5321 §4.2 and the
 * extensions), so a client acts on its first digit only. Exempt where the registry names that very
 * code for the status (525 with 5.7.13); {@code Any} or {@code 5XX} does not define 559. The fix
 * is, in order, the codes the registry pairs with the status, the defined codes of the same
 * category (RFC 5321 §4.2.1), or the class's catch-all code.
 */
public final class UndefinedReplyCodeCheck implements Check<Pair> {
  @Override
  public Rule rule() {
    return Rule.UNDEFINED_REPLY_CODE;
  }

  @Override
  public boolean matches(Pair input) {
    return !input.code().isDefined() && !Fixes.namesExactly(input.entry(), input.code());
  }

  @Override
  public String message(Pair input) {
    ReplyCode code = input.code();
    String fix;
    List<ReplyCode> listed = Fixes.listedCodes(input.entry(), input.classDigit());
    List<ReplyCode> category;
    if (!listed.isEmpty()) {
      // The codes the registry pairs with the status: they never warn.
      fix = orList(listed) + " with " + input.status() + ", as the registry pairs them";
    } else if (!(category = Fixes.definedCodesOfCategory(code)).isEmpty()) {
      fix = orList(category) + " with " + input.status() + ", the defined codes of its category";
    } else {
      // No defined code of that category: the class's catch-all code.
      ReplyCode c = Fixes.catchAll(Fixes.classOf(code));
      fix = c + " (" + c.getMeaning() + ") with " + input.status();
    }
    return "reply code "
        + code
        + " is not defined by RFC 5321 or an SMTP extension, so a client acts on its first digit"
        + " only ("
        + rule().getReference()
        + "): use "
        + fix
        + ".";
  }
}
