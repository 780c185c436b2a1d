package dev.smtpstatus.cli;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.SmtpCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code smtp-status check [--command COMMAND] REPLY_CODE STATUS}: whether a reply code and an
 * enhanced status code go together, and, with {@code --command}, whether they fit the SMTP command
 * they answer, by the same rules as the {@code @Replies}/{@code @RepliesTo} processor and the
 * run-time check.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Checks that a reply code and a status go together.",
    description =
        "Checks that a reply code and an enhanced status code go together (RFC 2034 §3, RFC"
            + " 3463, the IANA registry) and prints each finding with its fix. With --command, also"
            + " whether the command may receive them (RFC 5321 §4.3.2 and the extensions' RFCs).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:compatible",
      "1:warnings only (allowed, but unusual or unknown to receivers)",
      "2:errors, or malformed input",
    },
    footer = {
      "",
      "Examples:",
      "  smtp-status check 552 5.3.4     # compatible",
      "  smtp-status check 550 5.3.4     # warning: the registry pairs 5.3.4 with 552 or 554",
      "  smtp-status check 452 5.3.4     # error: the class must match the first digit",
      "  smtp-status check --command RCPT 221 2.0.0   # warning: RCPT never gets 221",
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-c", "--command"},
      paramLabel = "COMMAND",
      description =
          "The SMTP command the reply answers: ${COMPLETION-CANDIDATES} (GREETING is the reply to"
              + " opening the connection; case does not matter).")
  @Nullable SmtpCommand command;

  @Parameters(index = "0", paramLabel = "REPLY_CODE", description = "A reply code, e.g. 552.")
  String replyCode;

  @Parameters(
      index = "1",
      paramLabel = "STATUS",
      description = "An enhanced status code, e.g. 5.3.4.")
  String status;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Finding> findings = check(command, replyCode, status);
    if (findings.isEmpty()) {
      out.println(replyCode + " " + status + ": compatible" + listed());
    }
    for (Finding f : findings) {
      out.println(f.getSeverity().name().toLowerCase(Locale.ROOT) + ": " + f);
    }
    out.flush();
    if (Compatibility.hasErrors(findings)) {
      return ExitCodes.ERROR;
    }
    return findings.isEmpty() ? ExitCodes.OK : ExitCodes.WARNINGS;
  }

  /**
   * The engine's findings, with the command rules where a command is given; a reply code that is
   * not even a number is a MalformedReplyCode too.
   */
  static List<Finding> check(@Nullable SmtpCommand command, String replyCode, String status) {
    Integer value = asciiNumber(replyCode);
    if (value != null) {
      return command == null
          ? Compatibility.check(value, status)
          : Compatibility.check(command, value, status);
    }
    List<Finding> findings = new ArrayList<>(Compatibility.checkReplyCode(replyCode));
    // The status's own syntax findings, as the engine words them.
    for (Finding f : Compatibility.check(0, status)) {
      if (f.getRule() == Rule.MALFORMED_STATUS) {
        findings.add(f);
      }
    }
    return findings;
  }

  /**
   * The value of 1-9 ASCII digits, or null for anything else: a sign, a space or another script's
   * digits, which {@link Integer#parseInt} would take, make the reply code malformed; so does a
   * leading zero, which would otherwise be reported as a different number.
   */
  private static @Nullable Integer asciiNumber(String s) {
    if (s.isEmpty() || s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) {
      return null;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** " (the registry lists this pair)" where it does by number, else "". */
  private String listed() {
    ReplyCode code = ReplyCode.parseOrNull(replyCode);
    EnhancedStatusCode s = EnhancedStatusCode.parseOrNull(status);
    RegistryEntry entry = s == null ? null : StatusCodeRegistry.iana().get(s);
    if (code != null
        && entry != null
        && entry.getAssociatedReplyCodes().getCodes().contains(code)) {
      return " (the registry lists " + code + " for " + entry + ")";
    }
    return "";
  }
}
