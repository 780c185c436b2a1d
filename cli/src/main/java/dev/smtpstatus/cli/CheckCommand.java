package dev.smtpstatus.cli;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.SmtpCommand;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code smtp-status check [--command COMMAND] REPLY_CODE STATUS}: whether a reply code and an
 * enhanced status code go together and, with {@code --command}, whether they fit the SMTP command
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
   * The engine's findings for the pair as typed (a reply code that is not a number is one too) and,
   * where a command is given and the pair has no error, the command rules.
   */
  static List<Finding> check(@Nullable SmtpCommand command, String replyCode, String status) {
    List<Finding> findings = Compatibility.check(replyCode, status);
    if (command == null || Compatibility.hasErrors(findings)) {
      return findings;
    }
    // No error: both are well formed.
    return Compatibility.check(
        command, ReplyCode.parse(replyCode), EnhancedStatusCode.parse(status));
  }

  /** " (the registry lists this pair)" for a listed pair ({@link Compatibility#isListed}). */
  private String listed() {
    ReplyCode code = ReplyCode.parseOrNull(replyCode);
    EnhancedStatusCode s = EnhancedStatusCode.parseOrNull(status);
    if (code != null && s != null && Compatibility.isListed(code, s)) {
      RegistryEntry entry = Objects.requireNonNull(StatusCodeRegistry.iana().get(s));
      return " (the registry lists " + code + " for " + entry + ")";
    }
    return "";
  }
}
