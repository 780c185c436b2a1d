package dev.smtpstatus.cli;

import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.StatusCodeRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smtp-status list}: the whole registry. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    header = "Lists IANA's registry of enhanced status codes.",
    description =
        "Lists every code of IANA's SMTP Enhanced Status Codes registry with its title,"
            + " associated reply codes, references, applicability and description.")
final class ListCommand implements Runnable {
  enum Format {
    text,
    tsv,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (aligned, for people), tsv (with a header line) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    List<RegistryEntry> entries = StatusCodeRegistry.iana().getEntries();
    switch (format) {
      case tsv:
        out.println("code\ttitle\treply_codes\treference\tapplicability\tdeprecated\tdescription");
        for (RegistryEntry e : entries) {
          out.println(
              String.join(
                  "\t",
                  e.getCode(),
                  cell(e.getTitle()),
                  cell(e.getAssociatedReplyCodes().getWording()),
                  cell(String.join("; ", e.getReferences())),
                  e.getApplicability().name().toLowerCase(Locale.ROOT),
                  Boolean.toString(e.isDeprecated()),
                  cell(e.getDescription())));
        }
        break;
      case json:
        out.println("[");
        for (int i = 0; i < entries.size(); i++) {
          RegistryEntry e = entries.get(i);
          out.print(
              "  {\"code\": "
                  + Json.string(e.getCode())
                  + ", \"title\": "
                  + Json.string(e.getTitle())
                  // Arrays, like "reference": the listed codes, the classes listed as "4XX"
                  // or "5XX", and the registry's own wording.
                  + ", \"reply_codes\": "
                  + numbers(e.getAssociatedReplyCodes().getCodes())
                  + ", \"reply_code_classes\": "
                  + e.getAssociatedReplyCodes().getClassWildcards()
                  + ", \"reply_codes_text\": "
                  + Json.string(e.getAssociatedReplyCodes().getWording())
                  + ", \"reference\": "
                  + Json.strings(e.getReferences())
                  + ", \"applicability\": "
                  + Json.string(e.getApplicability().name().toLowerCase(Locale.ROOT))
                  + ", \"deprecated\": "
                  + e.isDeprecated()
                  + ", \"description\": "
                  + Json.string(e.getDescription())
                  + "}");
          out.println(i < entries.size() - 1 ? "," : "");
        }
        out.println("]");
        break;
      case text:
        for (RegistryEntry e : entries) {
          String title = e.isDeprecated() ? "(deprecated, use X.6.8)" : e.getTitle();
          out.printf(
              "%-7s %-62s %s%n", e.getCode(), title, e.getAssociatedReplyCodes().getWording());
        }
        break;
    }
    out.flush();
  }

  /** A JSON array of reply code numbers: {@code [552, 554]}. */
  private static String numbers(List<ReplyCode> codes) {
    StringBuilder b = new StringBuilder("[");
    for (ReplyCode c : codes) {
      b.append(b.length() > 1 ? ", " : "").append(c.getValue());
    }
    return b.append(']').toString();
  }

  /** A TSV cell: tabs and line breaks would break the row, so they become spaces. */
  private static String cell(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
