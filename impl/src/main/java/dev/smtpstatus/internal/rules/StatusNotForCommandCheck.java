package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.SmtpCommand;
import dev.smtpstatus.api.StatusClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * {@code smtp-status/StatusNotForCommand}: the status is about a recipient's address or mailbox
 * (RFC 3463 §3.2 X.1.1-X.1.6, X.1.10 "Recipient address has null MX", and §3.3's every X.2.x), but
 * answers a stage before any recipient is named: the greeting, EHLO/HELO, STARTTLS, AUTH or MAIL.
 *
 * <p>Where practice legitimately varies, or the RFCs leave it open, there is no finding: the
 * sender's X.1.7/X.1.8 anywhere (servers that delay their checks send them at RCPT), X.3.4 at MAIL
 * (SIZE), X.1.0 and X.1.9, and every status at RCPT, DATA, BDAT, VRFY, EXPN and the commands that
 * reset or end a session. The fix: at MAIL the sender's X.1.7/X.1.8 (and X.3.4 for X.2.3, a length
 * limit, which SIZE at MAIL can only know for the whole system); at the other stages registered
 * statuses about neither an address nor a mailbox that the registry pairs with the reply code.
 */
public final class StatusNotForCommandCheck implements Check<CommandReply> {

  private static final Set<SmtpCommand> BEFORE_RECIPIENTS =
      EnumSet.of(
          SmtpCommand.GREETING,
          SmtpCommand.EHLO,
          SmtpCommand.HELO,
          SmtpCommand.STARTTLS,
          SmtpCommand.AUTH,
          SmtpCommand.MAIL);

  @Override
  public Rule rule() {
    return Rule.STATUS_NOT_FOR_COMMAND;
  }

  @Override
  public boolean matches(CommandReply input) {
    EnhancedStatusCode status = input.status();
    return status != null
        && BEFORE_RECIPIENTS.contains(input.command())
        && isAboutRecipient(status);
  }

  /** X.1.1-X.1.6, X.1.10 and X.2.x. */
  static boolean isAboutRecipient(EnhancedStatusCode status) {
    int subject = status.getSubjectNumber();
    int detail = status.getDetailNumber();
    return subject == 2 || (subject == 1 && ((detail >= 1 && detail <= 6) || detail == 10));
  }

  @Override
  public String message(CommandReply input) {
    EnhancedStatusCode status = Objects.requireNonNull(input.status());
    RegistryEntry entry = input.entry();
    StringBuilder b = new StringBuilder().append("status ").append(status);
    if (entry != null) {
      b.append(" (").append(entry.getTitle()).append(')');
    }
    b.append(" is about ")
        .append(status.getSubjectNumber() == 2 ? "a recipient's mailbox" : "a recipient's address")
        .append(", but ")
        .append(input.commandName())
        .append(" comes before any recipient is named (")
        .append(rule().getReference())
        .append("): ");
    List<EnhancedStatusCode> fixes = fixes(input.command(), input.code(), status);
    if (!fixes.isEmpty()) {
      StringJoiner j = new StringJoiner(" or ", "use ", "");
      for (EnhancedStatusCode s : fixes) {
        RegistryEntry e = Objects.requireNonNull(StatusCodeRegistry.iana().get(s));
        j.add(s + " (" + e.getTitle() + ")");
      }
      b.append(j).append(" with ").append(input.code()).append(", or ");
    }
    return b.append("send ").append(status).append(" in reply to RCPT.").toString();
  }

  private static List<EnhancedStatusCode> fixes(
      SmtpCommand command, ReplyCode code, EnhancedStatusCode status) {
    StatusClass c = status.getStatusClass();
    List<EnhancedStatusCode> out = new ArrayList<>(3);
    if (command == SmtpCommand.MAIL) {
      if (status.getSubjectNumber() == 2 && status.getDetailNumber() == 3) {
        addIfListedFor(out, EnhancedStatusCode.of(c.getNumber(), 3, 4), code);
      }
      addIfListedFor(out, EnhancedStatusCode.of(c.getNumber(), 1, 7), code);
      addIfListedFor(out, EnhancedStatusCode.of(c.getNumber(), 1, 8), code);
      return out;
    }
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      int subject = e.getDetail().getSubject().getNumber();
      if (out.size() < 3
          && subject != 1
          && subject != 2
          && !e.isDeprecated()
          && Fixes.namesExactly(e, code)) {
        addIfMeant(out, Fixes.inClass(e, c));
      }
    }
    return out;
  }

  /**
   * Adds {@code s} unless the registry names other codes of the reply's class for it, so that the
   * fix never draws {@code UnlistedReplyCode} ({@code 550} with X.1.8, which lists 451 and 501).
   */
  private static void addIfListedFor(
      List<EnhancedStatusCode> out, EnhancedStatusCode s, ReplyCode code) {
    RegistryEntry e = StatusCodeRegistry.iana().get(s);
    if (e != null
        && (e.getAssociatedReplyCodes().lists(code)
            || !e.getAssociatedReplyCodes().namesClass(code.getValue() / 100))) {
      addIfMeant(out, s);
    }
  }

  private static void addIfMeant(List<EnhancedStatusCode> out, EnhancedStatusCode s) {
    RegistryEntry e = StatusCodeRegistry.iana().get(s);
    if (e != null && e.getApplicability().allows(s.getStatusClass())) {
      out.add(s);
    }
  }
}
