package dev.smtpstatus.cli;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.dsn.Action;
import dev.smtpstatus.dsn.Bounce;
import dev.smtpstatus.dsn.BounceReader;
import dev.smtpstatus.dsn.BounceReason;
import dev.smtpstatus.dsn.BouncedRecipient;
import dev.smtpstatus.dsn.UnreadableMessageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code smtp-status bounce [FILE…]}: reads one bounce per file (standard input when none) and
 * says, per recipient, what happened, whether to retry and why. All files are read in this one
 * process.
 */
@Command(
    name = "bounce",
    mixinStandardHelpOptions = true,
    header = "Reads bounces and says, per recipient, what happened, whether to retry and why.",
    description =
        "Reads one message per FILE (standard input when none): an RFC 3464 delivery status"
            + " notification or the free-text bounce of a common MTA. Exit code: 0 when a"
            + " recipient was found in every message, 1 when a message is readable but names no"
            + " recipient, 2 when a message cannot be read (a message on standard error); with"
            + " several files the worst of them.")
final class BounceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand SmtpStatusCommand parent;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (for people) or json (one object per recipient and line). Default:"
              + " ${DEFAULT-VALUE}.")
  TextOrJson format;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Messages to read.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BounceReader reader = BounceReader.defaults();
    if (files.isEmpty()) {
      return readOne(reader, parent.in(), null, out, err);
    }
    int worst = ExitCodes.OK;
    for (Path file : files) {
      int code;
      try (InputStream in = Files.newInputStream(file)) {
        code = readOne(reader, in, file.toString(), out, err);
      } catch (IOException e) {
        err.println("smtp-status: " + file + ": cannot read: " + e.getMessage());
        code = ExitCodes.ERROR;
      }
      worst = Math.max(worst, code);
    }
    out.flush();
    err.flush();
    return worst;
  }

  private int readOne(
      BounceReader reader,
      InputStream in,
      @Nullable String file,
      PrintWriter out,
      PrintWriter err) {
    String name = file == null ? "standard input" : file;
    Bounce bounce;
    try {
      bounce = reader.read(in);
    } catch (UnreadableMessageException e) {
      err.println("smtp-status: " + name + ": " + e.getMessage());
      return ExitCodes.ERROR;
    } catch (UncheckedIOException e) {
      err.println("smtp-status: " + name + ": cannot read: " + e.getMessage());
      return ExitCodes.ERROR;
    }
    if (bounce.getRecipients().isEmpty()) {
      err.println("smtp-status: " + name + ": no recipient status found in the message");
      return ExitCodes.WARNINGS;
    }
    if (format == TextOrJson.text && file != null && files.size() > 1) {
      out.println("==> " + file + " <==");
    }
    for (BouncedRecipient r : bounce.getRecipients()) {
      if (format == TextOrJson.json) {
        out.println(json(r, bounce, file));
      } else {
        text(r, bounce, out);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void text(BouncedRecipient r, Bounce bounce, PrintWriter out) {
    StringBuilder head =
        new StringBuilder(r.getRecipient().isEmpty() ? "(no address)" : r.getRecipient());
    Action action = r.getAction();
    if (action != null) {
      head.append("  ").append(action.getValue());
    }
    EnhancedStatusCode status = r.getStatus();
    ReplyCode code = r.getCode();
    if (code != null) {
      head.append("  ").append(code);
    }
    if (status != null) {
      head.append("  ").append(status);
    }
    out.println(head);
    Boolean permanent = r.getPermanent();
    String advice =
        r.getReason() == BounceReason.NOT_A_FAILURE
            ? "nothing to retry"
            : permanent == null
                ? "retry: nothing tells"
                : permanent ? "do not retry: permanent" : "retry later: transient";
    out.println("  " + advice + " (" + reason(r) + ")");
    String diagnostic = r.getDiagnostic();
    if (diagnostic != null) {
      out.println("  diagnostic: " + diagnostic);
    }
    out.println("  read from: " + bounce.getFormat());
    for (Finding f : r.getFindings()) {
      out.println("  " + severity(f) + ": " + f);
    }
  }

  private static String reason(BouncedRecipient r) {
    return r.getReason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * One line: {@code {"recipient": …, "action": …, "status": …, "code": …, "permanent": …,
   * "reason": …, "diagnostic": …, "findings": […], "format": …}}, and {@code "file"} when files are
   * named.
   */
  static String json(BouncedRecipient r, Bounce bounce, @Nullable String file) {
    Action action = r.getAction();
    EnhancedStatusCode status = r.getStatus();
    ReplyCode code = r.getCode();
    Boolean permanent = r.getPermanent();
    String diagnostic = r.getDiagnostic();
    String format = bounce.getFormat();
    StringBuilder b = new StringBuilder("{");
    if (file != null) {
      b.append("\"file\": ").append(Json.string(file)).append(", ");
    }
    b.append("\"recipient\": ")
        .append(Json.string(r.getRecipient()))
        .append(", \"action\": ")
        .append(action == null ? "null" : Json.string(action.getValue()))
        .append(", \"status\": ")
        .append(status == null ? "null" : Json.string(status.toString()))
        .append(", \"code\": ")
        .append(code == null ? "null" : Integer.toString(code.getValue()))
        .append(", \"permanent\": ")
        .append(permanent == null ? "null" : permanent.toString())
        .append(", \"reason\": ")
        .append(Json.string(r.getReason().name().toLowerCase(Locale.ROOT)))
        .append(", \"diagnostic\": ")
        .append(diagnostic == null ? "null" : Json.string(diagnostic))
        .append(", \"findings\": [");
    List<Finding> findings = r.getFindings();
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
    b.append("], \"format\": ").append(format == null ? "null" : Json.string(format));
    return b.append('}').toString();
  }

  private static String severity(Finding f) {
    return f.getSeverity().name().toLowerCase(Locale.ROOT);
  }
}
