package dev.smtpstatus.benchmarks;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.api.SmtpCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the sources the processor benchmark compiles: handler classes whose methods each carry
 * one {@code @Replies} and build one reply with constant arguments in their body, as a server's
 * handlers do (issue 9, "Cost").
 *
 * <p>Every class has {@code @RepliesTo} with one of {@link #COMMANDS}; its methods cycle through
 * the pairs listed for that command, which draw no finding from the engine with the command (the
 * generator checks that, so the sources stay clean when the rules change). The body call cycles
 * through three shapes that the processor's body scan reads:
 *
 * <ol>
 *   <li>{@code SmtpReply.of(550, "5.1.1", "…")}: literals;
 *   <li>{@code SmtpReply.of(NO_SUCH_USER, NO_SUCH_USER_STATUS, "…")}: {@code static final}
 *       constants of the class;
 *   <li>{@code SmtpReply.of(ReplyCode.of(550), EnhancedStatusCode.parse("5.1.1"), List.of("…"))}:
 *       the nested factories.
 * </ol>
 *
 * <p>With {@code probe} set, the first method of every class declares {@link #PROBE_CODE} with
 * {@link #PROBE_STATUS} (an unusual pair: warnings on the annotation) and builds a listed pair it
 * does not declare (an {@code UndeclaredReply} warning on the body call), so a benchmark can check
 * that the processor read every class's annotations and every class's bodies. Warnings, not errors:
 * after a processor's error javac stops before attribution, where a body scan may run.
 */
final class HandlerSources {
  private HandlerSources() {}

  /** The commands of the generated classes, in turn. */
  static final List<SmtpCommand> COMMANDS =
      List.of(SmtpCommand.RCPT, SmtpCommand.DATA, SmtpCommand.MAIL);

  /** The reply code the probe declares: the registry pairs 5.3.4 with 552 and 554 only. */
  static final int PROBE_CODE = 550;

  /** The status the probe declares. */
  static final String PROBE_STATUS = "5.3.4";

  /** Pairs each command's handlers declare and build: code, status, and a constant name. */
  private static final Object[][][] PAIRS = {
    { // RCPT
      {550, "5.1.1", "NO_SUCH_USER"},
      {452, "4.2.2", "MAILBOX_FULL"},
      {550, "5.7.1", "NOT_AUTHORIZED"},
      {250, "2.1.5", "RECIPIENT_OK"},
    },
    { // DATA
      {250, "2.0.0", "ACCEPTED"},
      {552, "5.3.4", "TOO_BIG"},
      {451, "4.3.0", "BUSY"},
      {554, "5.6.0", "BAD_CONTENT"},
    },
    { // MAIL
      {250, "2.1.0", "SENDER_OK"},
      {553, "5.1.7", "BAD_SENDER_ADDRESS"},
      {550, "5.7.1", "SENDER_REFUSED"},
      {451, "4.3.0", "TRY_LATER"},
    },
  };

  /** One generated compilation unit: the class's binary name and its text. */
  static final class Source {
    final String className;
    final String text;

    Source(String className, String text) {
      this.className = className;
      this.text = text;
    }
  }

  /**
   * The sources: {@code classes} handler classes of {@code methodsPerClass} methods each, in
   * package {@code bench}.
   *
   * @throws IllegalStateException if a pair the generator uses draws a finding for its command
   */
  static List<Source> generate(int classes, int methodsPerClass, boolean probe) {
    checkPairsAreClean();
    List<Source> sources = new ArrayList<>(classes);
    for (int c = 0; c < classes; c++) {
      sources.add(handlerClass(c, methodsPerClass, probe));
    }
    return sources;
  }

  private static void checkPairsAreClean() {
    for (int k = 0; k < COMMANDS.size(); k++) {
      for (Object[] pair : PAIRS[k]) {
        var findings = Compatibility.check(COMMANDS.get(k), (Integer) pair[0], (String) pair[1]);
        if (!findings.isEmpty()) {
          throw new IllegalStateException(
              COMMANDS.get(k) + " " + pair[0] + " " + pair[1] + ": " + findings);
        }
      }
    }
  }

  /** The command of the {@code c}-th generated class. */
  static SmtpCommand commandOf(int c) {
    return COMMANDS.get(c % COMMANDS.size());
  }

  private static Source handlerClass(int c, int methods, boolean probe) {
    int k = c % COMMANDS.size();
    Object[][] pairs = PAIRS[k];
    String name = "Handlers" + c;
    StringBuilder s = new StringBuilder(methods * 200);
    s.append("package bench;\n\n")
        .append("import dev.smtpstatus.EnhancedStatusCode;\n")
        .append("import dev.smtpstatus.ReplyCode;\n")
        .append("import dev.smtpstatus.SmtpReply;\n")
        .append("import dev.smtpstatus.api.Replies;\n")
        .append("import dev.smtpstatus.api.RepliesTo;\n")
        .append("import dev.smtpstatus.api.SmtpCommand;\n")
        .append("import java.util.List;\n\n")
        .append("@RepliesTo(SmtpCommand.")
        .append(COMMANDS.get(k).name())
        .append(")\n")
        .append("public final class ")
        .append(name)
        .append(" {\n");
    for (Object[] pair : pairs) {
      s.append("  static final int ")
          .append(pair[2])
          .append(" = ")
          .append(pair[0])
          .append(";\n  static final String ")
          .append(pair[2])
          .append("_STATUS = \"")
          .append(pair[1])
          .append("\";\n");
    }
    for (int m = 0; m < methods; m++) {
      Object[] pair = pairs[m % pairs.length];
      int code = (Integer) pair[0];
      String status = (String) pair[1];
      boolean probing = probe && m == 0;
      s.append("\n  @Replies(code = ")
          .append(probing ? PROBE_CODE : code)
          .append(", status = \"")
          .append(probing ? PROBE_STATUS : status)
          .append("\")\n  SmtpReply m")
          .append(m)
          .append("(String arg) {\n    return ");
      String text = "\"" + name + ".m" + m + ": \" + arg";
      switch (m % 3) {
        case 0:
          s.append("SmtpReply.of(")
              .append(code)
              .append(", \"")
              .append(status)
              .append("\", ")
              .append(text)
              .append(");\n");
          break;
        case 1:
          s.append("SmtpReply.of(")
              .append(pair[2])
              .append(", ")
              .append(pair[2])
              .append("_STATUS, ")
              .append(text)
              .append(");\n");
          break;
        default:
          s.append("SmtpReply.of(ReplyCode.of(")
              .append(code)
              .append("), EnhancedStatusCode.parse(\"")
              .append(status)
              .append("\"), List.of(")
              .append(text)
              .append("));\n");
          break;
      }
      s.append("  }\n");
    }
    s.append("}\n");
    return new Source("bench." + name, s.toString());
  }
}
