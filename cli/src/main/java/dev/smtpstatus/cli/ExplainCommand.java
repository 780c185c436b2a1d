package dev.smtpstatus.cli;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.SmtpSyntaxException;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.RegisteredSubject;
import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.api.Subject;
import dev.smtpstatus.api.UnregisteredDetail;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smtp-status explain}: what a code or a reply means and what to do about it. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Explains a status, a registry code, a reply code or a reply line.",
    description =
        "Explains an enhanced status code (5.3.4), a registry code (X.3.4), a reply code (552)"
            + " or a reply line (452 4.2.2 Mailbox over quota): class, subject, detail, the reply"
            + " codes the registry pairs with it, and what a sender should do.",
    footer = {
      "",
      "Exit status, like check: 0 explained, 1 the reply line's pairing has warnings only,",
      "2 it has errors, or the input is malformed."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "CODE|REPLY",
      description = "A code or a reply line; several words are joined with spaces.")
  List<String> words;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String input = String.join(" ", words).strip();
    int exit = explain(input, out);
    out.flush();
    return exit;
  }

  /**
   * Explains {@code input} and returns the exit code: {@link ExitCodes#OK}, or for a reply line
   * whose pairing has findings {@link ExitCodes#WARNINGS} or {@link ExitCodes#ERROR}, as {@code
   * check} does.
   */
  static int explain(String input, PrintWriter out) {
    if (input.isEmpty()
        || !(Character.isDigit(input.charAt(0))
            || input.charAt(0) == 'X'
            || input.charAt(0) == 'x')) {
      throw new SmtpSyntaxException(
          input,
          "expected an enhanced status code (5.3.4, RFC 3463 §2), a registry code (X.3.4), a"
              + " reply code (552, RFC 5321 §4.2) or a reply line (452 4.2.2 text)",
          0);
    }
    if (input.length() > 1 && (input.charAt(0) == 'X' || input.charAt(0) == 'x')) {
      explainRegistryCode(input, out);
    } else if (input.length() > 3 && (input.charAt(3) == ' ' || input.charAt(3) == '-')) {
      return explainReplyLine(input, out);
    } else if (input.length() == 3) {
      explainReplyCode(ReplyCode.parse(input), out);
    } else {
      explainStatus(EnhancedStatusCode.parse(input), out);
    }
    return ExitCodes.OK;
  }

  private static void explainRegistryCode(String input, PrintWriter out) {
    EnhancedStatusCode asPermanent;
    try {
      asPermanent = EnhancedStatusCode.parse("5" + input.substring(1));
    } catch (SmtpSyntaxException e) {
      throw new SmtpSyntaxException(input, e.getRule(), e.getIndex());
    }
    RegistryEntry entry = StatusCodeRegistry.iana().get(asPermanent);
    String code = "X." + asPermanent.getSubjectNumber() + "." + asPermanent.getDetailNumber();
    out.println(code + "  " + (entry == null ? "(unregistered)" : title(entry)));
    out.println(
        "  class    X  any of 2 (success), 4 (persistent transient failure), 5 (permanent failure)");
    printSubjectAndDetail(asPermanent, entry, out);
    if (entry != null) {
      out.println("  advice   " + meantFor(entry) + " Give it the class that fits the reply.");
    }
  }

  private static void explainStatus(EnhancedStatusCode status, PrintWriter out) {
    RegistryEntry entry = StatusCodeRegistry.iana().get(status);
    out.println(status + "  " + (entry == null ? "(unregistered)" : title(entry)));
    StatusClass c = status.getStatusClass();
    out.println("  class    " + c.getNumber() + "  " + c.getTitle() + ": " + c.getDescription());
    printSubjectAndDetail(status, entry, out);
    out.println("  advice   " + Advice.of(c, status.getSubjectNumber()));
  }

  private static void printSubjectAndDetail(
      EnhancedStatusCode status, @Nullable RegistryEntry entry, PrintWriter out) {
    Subject subject = status.getSubject();
    if (subject instanceof RegisteredSubject) {
      RegisteredSubject s = (RegisteredSubject) subject;
      out.println("  subject  " + s.getNumber() + "  " + s.getTitle() + ": " + s.getDescription());
    } else {
      out.println(
          "  subject  "
              + subject.getNumber()
              + "  unregistered: receivers read the code as "
              + status.getClassNumber()
              + ".0.0 (RFC 3463 §2)");
    }
    if (entry != null) {
      out.println(
          "  detail   " + entry.getCode() + "  " + title(entry) + ": " + entry.getDescription());
      out.println(
          "  replies  "
              + entry.getAssociatedReplyCodes().getWording()
              + " (as the registry words them)");
      out.println("  meant    " + meantFor(entry));
      out.println("  defined  " + String.join(", ", entry.getReferences()));
    } else {
      UnregisteredDetail d = (UnregisteredDetail) status.getDetail();
      out.println(
          "  detail   X."
              + status.getSubjectNumber()
              + "."
              + status.getDetailNumber()
              + "  unregistered: IANA lists no such detail; receivers read it as "
              + EnhancedStatusCode.of(status.getStatusClass(), d.getFallback())
              + " ("
              + d.getFallback().getTitle()
              + ", RFC 3463 §2)");
    }
  }

  private static void explainReplyCode(ReplyCode code, PrintWriter out) {
    String meaning = code.getMeaning();
    out.println(code + "  " + (meaning != null ? meaning : "(not defined by any RFC)"));
    out.println(
        "  type     "
            + code.getValue() / 100
            + "yz "
            + words(code.getType().name())
            + ", x"
            + code.getValue() / 10 % 10
            + "z "
            + words(code.getCategory().name())
            + " (RFC 5321 §4.2.1)");
    String reference = code.getReference();
    if (reference != null) {
      out.println("  defined  " + reference);
    }
    StatusClass c = code.getStatusClass();
    if (c == null) {
      out.println(
          "  advice   An intermediate reply: the server waits for the client's next input.");
    } else {
      out.println("  advice   " + Advice.of(c));
    }
  }

  private static int explainReplyLine(String line, PrintWriter out) {
    // The same parser as `smtp-status parse`, so both read a reply alike.
    SmtpReply reply = SmtpReply.parse(line);
    ReplyCode code = reply.getCode();
    EnhancedStatusCode status = reply.getStatus();
    String text = reply.getText();
    out.println("reply    " + line);
    out.println("text     " + (text.isEmpty() ? "(none)" : text));
    explainReplyCode(code, out);
    int exit = ExitCodes.OK;
    if (status != null) {
      explainStatus(status, out);
      List<Finding> findings = reply.getFindings();
      if (findings.isEmpty()) {
        out.println("pairing  " + code + " with " + status + " is compatible.");
      }
      for (Finding f : findings) {
        out.println(
            "pairing  " + f.getSeverity().name().toLowerCase(java.util.Locale.ROOT) + ": " + f);
        exit = Math.max(exit, f.isError() ? ExitCodes.ERROR : ExitCodes.WARNINGS);
      }
    } else {
      out.println("status   (none: the reply carries no enhanced status code)");
      // E.g. smtp-status/MalformedStatusInText: text that starts like a status but is not one.
      for (Finding f : reply.getFindings()) {
        out.println(
            "finding  " + f.getSeverity().name().toLowerCase(java.util.Locale.ROOT) + ": " + f);
        exit = Math.max(exit, f.isError() ? ExitCodes.ERROR : ExitCodes.WARNINGS);
      }
    }
    return exit;
  }

  private static String title(RegistryEntry entry) {
    return entry.isDeprecated()
        ? "(deprecated duplicate of X.6.8: " + entry.getDetail().getCanonical().getTitle() + ")"
        : entry.getTitle();
  }

  private static String meantFor(RegistryEntry entry) {
    switch (entry.getApplicability()) {
      case ANY:
        return "The registry does not restrict the class.";
      case FAILURE:
        return "Meant for failures, transient (4) or permanent (5).";
      case PERMANENT_FAILURE:
        return "Meant for permanent failures (5) only.";
      case PERSISTENT_TRANSIENT_FAILURE:
        return "Meant for persistent transient failures (4) only.";
      case SUCCESS:
        return "Meant for success (2): positive delivery reports.";
      case SUCCESS_OR_PERMANENT_FAILURE:
        return "Meant for success (2), or a permanent failure (5) where lossy conversion was"
            + " prohibited.";
    }
    throw new AssertionError(entry.getApplicability());
  }

  private static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
