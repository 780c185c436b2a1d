package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.Wording.orList;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.internal.CommandReplyTable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code smtp-status/ReplyCodeNotForCommand}: the command never receives this reply code by the
 * table of RFC 5321 §4.3.2 and the extensions' RFCs ({@link CommandReplyTable},
 * docs/decisions/0800), such as 221 answering RCPT or 250 answering QUIT. A warning: §4.3.2 lists
 * the usual replies and clients must handle others by their first digit. The fix is the command's
 * codes of the same first digit that the registry pairs with the status (every one of them for a
 * success status); where none is, no code is proposed.
 */
public final class ReplyCodeNotForCommandCheck implements Check<CommandReply> {
  @Override
  public Rule rule() {
    return Rule.REPLY_CODE_NOT_FOR_COMMAND;
  }

  @Override
  public boolean matches(CommandReply input) {
    return !CommandReplyTable.allows(input.command(), input.code().getValue());
  }

  @Override
  public String message(CommandReply input) {
    ReplyCode code = input.code();
    List<ReplyCode> sameType = new ArrayList<>();
    for (int v : CommandReplyTable.codes(input.command())) {
      if (v / 100 == code.getValue() / 100) {
        sameType.add(ReplyCode.of(v));
      }
    }
    StringBuilder b =
        new StringBuilder()
            .append("reply code ")
            .append(code)
            .append(" (")
            .append(code.getMeaning())
            .append(") is not a reply to ")
            .append(input.commandName())
            .append(", which receives ");
    if (sameType.isEmpty()) {
      b.append("no ").append(code.getValue() / 100).append("xx reply");
    } else {
      b.append(orList(sameType)).append(" as ").append(typeWords(code));
    }
    b.append(" (").append(rule().getReference()).append("): ");
    List<ReplyCode> better = listedWith(sameType, input);
    if (!better.isEmpty()) {
      b.append("use ").append(orList(better)).append(" with ").append(input.status());
      b.append(", or ");
    } else if (!sameType.isEmpty()) {
      b.append("choose the one that says what happened, or ");
    }
    return b.append("check which command the reply answers.").toString();
  }

  /**
   * Of the command's codes, those the registry pairs with the status; for a success status every
   * one of them. Empty without a status or where none fits: then no code is proposed, not a guess.
   */
  private static List<ReplyCode> listedWith(List<ReplyCode> codes, CommandReply input) {
    EnhancedStatusCode status = input.status();
    if (status == null) {
      return List.of();
    }
    RegistryEntry entry = input.entry();
    List<ReplyCode> listed = new ArrayList<>();
    for (ReplyCode c : codes) {
      if (status.getStatusClass() == StatusClass.SUCCESS || Fixes.namesExactly(entry, c)) {
        listed.add(c);
      }
    }
    return listed;
  }

  private static String typeWords(ReplyCode code) {
    switch (code.getValue() / 100) {
      case 2:
        return "success";
      case 3:
        return "intermediate replies";
      case 4:
        return "transient failures";
      default:
        return "permanent failures";
    }
  }
}
