package dev.smtpstatus.internal.rules;

import dev.smtpstatus.Rule;
import java.util.List;

/**
 * {@code smtp-status/UndeclaredReply}: a handler builds a pair that none of its {@code @Replies}
 * declares, so its declaration, which readers and the compiler's checks trust, is incomplete. A
 * warning: the pair itself may be fine. The fix is the {@code @Replies} to add, or a declared pair.
 */
public final class UndeclaredReplyCheck implements Check<BuiltReply> {
  @Override
  public Rule rule() {
    return Rule.UNDECLARED_REPLY;
  }

  @Override
  public boolean matches(BuiltReply input) {
    for (BuiltReply.Declared d : input.declared()) {
      if (d.declares(input.code(), input.status())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String message(BuiltReply input) {
    List<BuiltReply.Declared> declared = input.declared();
    StringBuilder b =
        new StringBuilder()
            .append(input.handler())
            .append(" builds ")
            .append(input.code())
            .append(' ')
            .append(input.status())
            .append(", which its @Replies does not declare");
    if (!declared.isEmpty()) {
      b.append(" (it declares ");
      for (int i = 0; i < declared.size(); i++) {
        if (i > 0) {
          b.append(i == declared.size() - 1 ? " and " : ", ");
        }
        b.append(declared.get(i));
      }
      b.append(')');
    }
    return b.append(", so readers of the handler and the checks of its replies do not see it (")
        .append(rule().getReference())
        .append("): add @Replies(code = ")
        .append(input.code())
        .append(", status = \"")
        .append(input.status())
        .append("\") to ")
        .append(input.handler())
        .append(", or build one of the declared replies.")
        .toString();
  }
}
