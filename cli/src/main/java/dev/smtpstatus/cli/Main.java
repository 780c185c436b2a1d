package dev.smtpstatus.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code smtp-status} executable jar. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns its exit code: 0 for success, 1 for
   * warnings only ({@code check}), 2 for errors and malformed input.
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    // Reply text comes from strangers: no control character reaches the terminal as it is
    // (ControlEscapingWriter). Help is therefore plain text, without ANSI colours.
    PrintWriter safeOut = new PrintWriter(new ControlEscapingWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new ControlEscapingWriter(err), true);
    try {
      return execute(args, in, safeOut, safeErr);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  private static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SmtpStatusCommand(in));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setOut(out);
    cli.setErr(err);
    // `--command rcpt` reads as RCPT: SMTP verbs are case-insensitive (RFC 5321 §2.4).
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException) {
            // Bad input: one line naming the rule, no stack trace.
            err.println("smtp-status: " + e.getMessage());
            return ExitCodes.ERROR;
          }
          err.println("smtp-status: internal error: " + e);
          err.println(
              "Please report this, with the command line, to the smtp-status issue tracker.");
          return ExitCodes.INTERNAL;
        });
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          err.println("smtp-status: " + e.getMessage());
          e.getCommandLine().usage(err);
          return ExitCodes.ERROR;
        });
    return cli.execute(args);
  }
}
