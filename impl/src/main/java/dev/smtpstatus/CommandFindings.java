package dev.smtpstatus;

import dev.smtpstatus.api.SmtpCommand;
import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.internal.CommandReplyTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The two rules that know the SMTP command a reply answers: {@link Rule#REPLY_CODE_NOT_FOR_COMMAND}
 * (RFC 5321 §4.3.2 and the extensions, through {@link CommandReplyTable}) and {@link
 * Rule#STATUS_NOT_FOR_COMMAND} (RFC 3463 §3.2, §3.3). Their messages are composed here, with fixes
 * computed from the command table and the registry.
 */
final class CommandFindings {

  /**
   * The stages before any recipient is named: a status about a recipient's address or mailbox
   * cannot answer them. RCPT and later, VRFY and EXPN (which name an address), and the commands
   * that reset or end a session are left alone: where the RFCs leave a status open, no finding.
   */
  private static final Set<SmtpCommand> BEFORE_RECIPIENTS =
      EnumSet.of(
          SmtpCommand.GREETING,
          SmtpCommand.EHLO,
          SmtpCommand.HELO,
          SmtpCommand.STARTTLS,
          SmtpCommand.AUTH,
          SmtpCommand.MAIL);

  private CommandFindings() {}

  /** The command findings of a pair that has no error of its own. */
  static List<Finding> of(
      SmtpCommand command, ReplyCode code, @Nullable EnhancedStatusCode status) {
    List<Finding> out = new ArrayList<>(2);
    if (!CommandReplyTable.allows(command, code.getValue())) {
      out.add(
          Finding.lazy(Rule.REPLY_CODE_NOT_FOR_COMMAND, () -> codeNotFor(command, code, status)));
    }
    if (status != null && BEFORE_RECIPIENTS.contains(command) && isAboutRecipient(status)) {
      out.add(Finding.lazy(Rule.STATUS_NOT_FOR_COMMAND, () -> statusNotFor(command, code, status)));
    }
    return out;
  }

  /**
   * True for the statuses about a destination address or mailbox: X.1.1 to X.1.6 and X.1.10 (RFC
   * 3463 §3.2; X.1.10 is "Recipient address has null MX", RFC 7505) and every X.2.x (RFC 3463 §3.3,
   * mailbox status). X.1.0, the sender's X.1.7 and X.1.8 (which servers that delay their checks
   * send at RCPT) and X.1.9 (relayed to a non-compliant mailer) are not.
   */
  static boolean isAboutRecipient(EnhancedStatusCode status) {
    int subject = status.getSubjectNumber();
    int detail = status.getDetailNumber();
    return subject == 2 || (subject == 1 && ((detail >= 1 && detail <= 6) || detail == 10));
  }

  private static String name(SmtpCommand command) {
    return command == SmtpCommand.GREETING ? "the greeting" : command.name();
  }

  // ---------------------------------------------------------------------------------------------
  // ReplyCodeNotForCommand

  private static String codeNotFor(
      SmtpCommand command, ReplyCode code, @Nullable EnhancedStatusCode status) {
    List<ReplyCode> sameType = new ArrayList<>();
    for (int v : CommandReplyTable.codes(command)) {
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
            .append(name(command))
            .append(", which receives ");
    if (sameType.isEmpty()) {
      b.append("no ").append(code.getValue() / 100).append("xx reply");
    } else {
      b.append(orList(sameType)).append(" as ").append(typeWords(code));
    }
    b.append(" (").append(Rule.REPLY_CODE_NOT_FOR_COMMAND.getReference()).append("): ");
    List<ReplyCode> better = listedWith(sameType, status);
    if (!better.isEmpty()) {
      b.append("use ").append(orList(better)).append(" with ").append(status).append(", or ");
    } else if (!sameType.isEmpty()) {
      b.append("choose the one that says what happened, or ");
    }
    return b.append("check which command the reply answers.").toString();
  }

  /**
   * Of the command's codes, those the registry pairs with the status; for a success status the
   * command's success codes, all of which go with it. Empty if there is no status or none fits:
   * then no code is proposed, rather than a guess.
   */
  private static List<ReplyCode> listedWith(
      List<ReplyCode> codes, @Nullable EnhancedStatusCode status) {
    if (status == null) {
      return List.of();
    }
    RegistryEntry entry = StatusCodeRegistry.iana().get(status);
    List<ReplyCode> listed = new ArrayList<>();
    for (ReplyCode c : codes) {
      if ((entry != null && entry.getAssociatedReplyCodes().getCodes().contains(c))
          || status.getStatusClass() == StatusClass.SUCCESS) {
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

  // ---------------------------------------------------------------------------------------------
  // StatusNotForCommand

  private static String statusNotFor(
      SmtpCommand command, ReplyCode code, EnhancedStatusCode status) {
    RegistryEntry entry = StatusCodeRegistry.iana().get(status);
    String what =
        status.getSubjectNumber() == 2 ? "a recipient's mailbox" : "a recipient's address";
    StringBuilder b = new StringBuilder().append("status ").append(status);
    if (entry != null) {
      b.append(" (").append(entry.getTitle()).append(')');
    }
    b.append(" is about ")
        .append(what)
        .append(", but ")
        .append(name(command))
        .append(" comes")
        .append(" before any recipient is named (")
        .append(Rule.STATUS_NOT_FOR_COMMAND.getReference())
        .append("): ");
    List<EnhancedStatusCode> fixes = fixes(command, code, status);
    if (!fixes.isEmpty()) {
      StringJoiner j = new StringJoiner(" or ", "use ", "");
      for (EnhancedStatusCode s : fixes) {
        RegistryEntry e = Objects.requireNonNull(StatusCodeRegistry.iana().get(s));
        j.add(s + " (" + e.getTitle() + ")");
      }
      b.append(j).append(" with ").append(code).append(", or ");
    }
    return b.append("send ").append(status).append(" in reply to RCPT.").toString();
  }

  /**
   * Statuses that fit the command: at MAIL the sender's address statuses X.1.7 and X.1.8, and X.3.4
   * where the status was about a message's length (X.2.3: SIZE at MAIL); at the other stages the
   * registered statuses of the same class, about neither an address nor a mailbox, that the
   * registry pairs with this very reply code. Only those the registry means for the class.
   */
  private static List<EnhancedStatusCode> fixes(
      SmtpCommand command, ReplyCode code, EnhancedStatusCode status) {
    StatusClass c = status.getStatusClass();
    List<EnhancedStatusCode> out = new ArrayList<>(3);
    if (command == SmtpCommand.MAIL) {
      if (status.getSubjectNumber() == 2 && status.getDetailNumber() == 3) {
        addIfMeant(out, EnhancedStatusCode.of(c.getNumber(), 3, 4));
      }
      addIfMeant(out, EnhancedStatusCode.of(c.getNumber(), 1, 7));
      addIfMeant(out, EnhancedStatusCode.of(c.getNumber(), 1, 8));
      return out;
    }
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      int subject = e.getDetail().getSubject().getNumber();
      if (out.size() < 3
          && subject != 1
          && subject != 2
          && !e.isDeprecated()
          && e.getAssociatedReplyCodes().getCodes().contains(code)) {
        addIfMeant(out, e.withStatusClass(c));
      }
    }
    return out;
  }

  private static void addIfMeant(List<EnhancedStatusCode> out, EnhancedStatusCode s) {
    RegistryEntry e = StatusCodeRegistry.iana().get(s);
    if (e != null && e.getApplicability().allows(s.getStatusClass())) {
      out.add(s);
    }
  }

  private static String orList(List<ReplyCode> codes) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      if (i > 0) {
        b.append(i == codes.size() - 1 ? " or " : ", ");
      }
      b.append(codes.get(i));
    }
    return b.toString();
  }
}
