package dev.smtpstatus.cli;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.StatusCodeRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code smtp-status check REPLY_CODE STATUS}: whether a reply code and an enhanced status code go
 * together, by the same rules as the {@code @Replies} processor and the run-time check.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Checks that a reply code and a status go together.",
    description =
        "Checks that a reply code and an enhanced status code go together (RFC 2034 §3, RFC"
            + " 3463, the IANA registry) and prints each finding with its fix.",
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
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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
    List<Finding> findings = check(replyCode, status);
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

  /** The engine's findings for the pair as typed; a reply code that is not a number is one too. */
  static List<Finding> check(String replyCode, String status) {
    return Compatibility.check(replyCode, status);
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
