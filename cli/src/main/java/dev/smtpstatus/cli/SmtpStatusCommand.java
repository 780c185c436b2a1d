package dev.smtpstatus.cli;

import dev.smtpstatus.StatusCodeRegistry;
import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code smtp-status} command. */
@Command(
    name = "smtp-status",
    mixinStandardHelpOptions = true,
    versionProvider = SmtpStatusCommand.Version.class,
    description =
        "Explains SMTP reply codes and enhanced status codes (RFC 5321, RFC 3463), checks that a"
            + " reply code and a status go together, lists IANA's registry and parses replies.",
    subcommands = {
      ExplainCommand.class,
      CheckCommand.class,
      ListCommand.class,
      ParseCommand.class,
      BounceCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  smtp-status explain 5.7.1",
      "  smtp-status explain '452 4.2.2 Mailbox over quota'",
      "  smtp-status check 452 5.3.4",
      "  smtp-status list --format tsv",
      "  printf '250-a\\r\\n250 2.0.0 b\\r\\n' | smtp-status parse --format json",
      "  smtp-status bounce --format json bounce1.eml bounce2.eml",
    })
final class SmtpStatusCommand implements Runnable {
  private final InputStream in;

  SmtpStatusCommand(InputStream in) {
    this.in = in;
  }

  /** Standard input, for subcommands that read replies from it. */
  InputStream in() {
    return in;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "a subcommand is required (explain, check, list, parse, …)");
  }

  /** Prints the version and the registry date. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Package p = SmtpStatusCommand.class.getPackage();
      String v = p == null ? null : p.getImplementationVersion();
      return new String[] {
        "smtp-status " + (v == null ? "(development build)" : v),
        "IANA SMTP Enhanced Status Codes registry of "
            + StatusCodeRegistry.iana().getUpdated()
            + " ("
            + StatusCodeRegistry.iana().size()
            + " codes)",
      };
    }
  }
}
