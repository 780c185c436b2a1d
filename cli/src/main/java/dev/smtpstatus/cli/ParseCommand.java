package dev.smtpstatus.cli;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.ReplyReader;
import dev.smtpstatus.ReplySyntaxException;
import dev.smtpstatus.SmtpReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code smtp-status parse}: reads a stream of replies from standard input, as a client would from
 * the server, and prints each reply as soon as it is complete.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    header = "Parses a stream of replies from standard input.",
    description =
        "Reads SMTP replies from standard input (CRLF or LF line endings, UTF-8) and prints each:"
            + " its reply code, enhanced status code, lines of text and what the compatibility"
            + " rules find. Malformed input, or input that ends inside a line (cut off): the"
            + " replies before it, then a message naming the line on standard error, exit code"
            + " 2.")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand SmtpStatusCommand parent;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (for people) or json (one object per reply and line). Default: ${DEFAULT-VALUE}.")
  TextOrJson format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReplyReader reader = ReplyParser.defaults().newReader();
    ReplyReader.Handler print = reply -> print(reply, out);
    byte[] buffer = new byte[8192];
    InputStream in = parent.in();
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        reader.feed(buffer, 0, n, print);
        out.flush();
      }
      reader.finish(print);
    } catch (ReplySyntaxException e) {
      out.flush();
      err.println("smtp-status: malformed reply at " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    } catch (IOException e) {
      out.flush();
      err.println("smtp-status: cannot read standard input: " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void print(SmtpReply reply, PrintWriter out) {
    if (format == TextOrJson.json) {
      out.println(json(reply));
      return;
    }
    // The wire form without CRLF, then the findings, indented.
    for (String line : reply.format().split("\r\n", -1)) {
      if (!line.isEmpty()) {
        out.println(line);
      }
    }
    for (Finding f : reply.getFindings()) {
      out.println("  " + severity(f) + ": " + f);
    }
  }

  /** {@code {"code": 550, "status": "5.1.1", "lines": [...], "findings": [...]}} on one line. */
  static String json(SmtpReply reply) {
    EnhancedStatusCode status = reply.getStatus();
    StringBuilder b =
        new StringBuilder("{\"code\": ")
            .append(reply.getCode().getValue())
            .append(", \"status\": ")
            .append(status == null ? "null" : Json.string(status.toString()))
            .append(", \"lines\": ")
            .append(Json.strings(reply.getLines()))
            .append(", \"findings\": [");
    List<Finding> findings = reply.getFindings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      b.append(i == 0 ? "" : ", ")
          .append("{\"tag\": ")
          .append(Json.string(f.getTag()))
          .append(", \"severity\": ")
          .append(Json.string(severity(f)))
          .append(", \"message\": ")
          .append(Json.string(f.getMessage()))
          .append('}');
    }
    return b.append("]}").toString();
  }

  private static String severity(Finding f) {
    return f.getSeverity().name().toLowerCase(Locale.ROOT);
  }
}
