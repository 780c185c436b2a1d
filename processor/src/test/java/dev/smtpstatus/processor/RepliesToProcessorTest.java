package dev.smtpstatus.processor;

import static dev.smtpstatus.processor.Compilations.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.SmtpCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command rules through {@code @RepliesTo}: each fails on its member (kind, tag, message, line
 * and column) and passes on a fixed pair; a type's command is the default of its methods, and a
 * method's own wins.
 */
class RepliesToProcessorTest {

  /** A handler answering {@code command}, with code on line 6 and status on line 7. */
  static String[] handler(String command, String code, String status) {
    return new String[] {
      "package test;", // 1
      "import dev.smtpstatus.api.Replies;", // 2
      "import dev.smtpstatus.api.RepliesTo;", // 3
      "import dev.smtpstatus.api.SmtpCommand;", // 4
      "class Handler {", // 5
      "  @RepliesTo(SmtpCommand." + command + ") @Replies(code = " + code + ",", // 6
      "      status = \"" + status + "\")", // 7
      "  void handle() {}", // 8
      "}",
    };
  }

  /** "KIND line:column message" for each diagnostic. */
  static List<String> located(Compilation c) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      out.add(
          d.getKind()
              + " "
              + d.getLineNumber()
              + ":"
              + d.getColumnNumber()
              + " "
              + d.getMessage(Locale.ROOT));
    }
    return out;
  }

  private static long column(String line, String token) {
    int i = line.indexOf(token);
    assertTrue(i >= 0, token + " in " + line);
    return i + 1;
  }

  @ParameterizedTest(name = "{0}: {1} {2} {3} fails, {5} {6} passes")
  @CsvSource({
    // rule,                     command, failing pair, member, passing pair
    "REPLY_CODE_NOT_FOR_COMMAND, RCPT,    221, 2.0.0,    REPLY_CODE,   250, 2.0.0",
    "REPLY_CODE_NOT_FOR_COMMAND, QUIT,    250, 2.0.0,    REPLY_CODE,   221, 2.0.0",
    "STATUS_NOT_FOR_COMMAND,     MAIL,    550, 5.1.1,    STATUS, 553, 5.1.7",
    "STATUS_NOT_FOR_COMMAND,     EHLO,    550, 5.2.1,    STATUS, 550, 5.7.1",
  })
  void eachCommandRuleFailsOnItsMemberAndPassesOnAFixedPair(
      Rule rule,
      SmtpCommand command,
      int failCode,
      String failStatus,
      Rule.Target member,
      int passCode,
      String passStatus) {
    List<Finding> findings = Compatibility.check(command, failCode, failStatus);
    assertEquals(List.of(rule), findings.stream().map(Finding::getRule).toList());
    assertEquals(member, rule.getTarget());

    String[] failing = handler(command.name(), Integer.toString(failCode), failStatus);
    Compilation failed = compile(new RepliesProcessor(), failing);
    long line = member == Rule.Target.REPLY_CODE ? 6 : 7;
    long col =
        member == Rule.Target.REPLY_CODE
            ? column(failing[5], Integer.toString(failCode))
            : column(failing[6], "\"" + failStatus + "\"");
    String text = "[" + rule.getTag() + "] " + findings.get(0).getMessage();
    assertEquals(List.of("WARNING " + line + ":" + col + " " + text), located(failed));
    assertEquals(Compilation.Status.SUCCESS, failed.status());

    Compilation passed =
        compile(
            new RepliesProcessor(),
            handler(command.name(), Integer.toString(passCode), passStatus));
    assertEquals(List.of(), located(passed));
  }

  @Test
  void strictMakesACommandRuleAnError() {
    Compilation c =
        compile(
            List.of(new RepliesProcessor()),
            List.of("-Asmtpstatus.strict=true"),
            handler("RCPT", "221", "2.0.0"));
    assertEquals(Compilation.Status.FAILURE, c.status());
    List<String> d = located(c);
    assertEquals(1, d.size(), d::toString);
    assertTrue(d.get(0).startsWith("ERROR 6:"), d::toString);
    assertTrue(d.get(0).contains("[smtp-status/ReplyCodeNotForCommand]"), d::toString);
    assertTrue(d.get(0).endsWith(Message.STRICT_SUFFIX), d::toString);
  }

  @Test
  void aTypesCommandIsTheDefaultAndAMethodsOwnWins() {
    Compilation c =
        compile(
            new RepliesProcessor(),
            "package test;", // 1
            "import dev.smtpstatus.api.Replies;", // 2
            "import dev.smtpstatus.api.RepliesTo;", // 3
            "import dev.smtpstatus.api.SmtpCommand;", // 4
            "@RepliesTo(SmtpCommand.QUIT)", // 5
            "class Handler {", // 6
            "  @Replies(code = 221, status = \"2.0.0\") void bye() {}", // 7: QUIT, fine
            "  @Replies(code = 250, status = \"2.0.0\") void ok() {}", // 8: QUIT gets no 250
            "  @RepliesTo(SmtpCommand.RCPT)", // 9
            "  @Replies(code = 250, status = \"2.1.5\") void rcpt() {}", // 10: RCPT, fine
            "  class Inner {", // 11
            "    @Replies(code = 250, status = \"2.0.0\") void inner() {}", // 12: still QUIT
            "  }",
            "}");
    List<String> d = new ArrayList<>(located(c));
    d.sort(null);
    assertEquals(2, d.size(), d::toString);
    // Sorted as text: line 12 before line 8.
    assertTrue(
        d.get(0).startsWith("WARNING 12:21 [smtp-status/ReplyCodeNotForCommand]"), d::toString);
    assertTrue(
        d.get(1).startsWith("WARNING 8:19 [smtp-status/ReplyCodeNotForCommand]"), d::toString);
    assertTrue(d.get(1).contains("is not a reply to QUIT"), d::toString);
  }

  @Test
  void withoutRepliesToTheCommandRulesDoNotApply() {
    Compilation c =
        compile(
            new RepliesProcessor(),
            "package test;",
            "import dev.smtpstatus.api.Replies;",
            "class Handler {",
            "  @Replies(code = 221, status = \"2.0.0\") void any() {}",
            "}");
    assertEquals(List.of(), located(c));
  }

  @Test
  void suppressingTheTagSilencesTheWarning() {
    Compilation c =
        compile(
            new RepliesProcessor(),
            "package test;",
            "import dev.smtpstatus.api.Replies;",
            "import dev.smtpstatus.api.RepliesTo;",
            "import dev.smtpstatus.api.SmtpCommand;",
            "class Handler {",
            "  @SuppressWarnings(\"smtp-status/ReplyCodeNotForCommand\")",
            "  @RepliesTo(SmtpCommand.RCPT) @Replies(code = 221, status = \"2.0.0\") void h() {}",
            "}");
    assertEquals(List.of(), located(c));
  }

  @Test
  void aPairWithAnErrorGetsTheErrorAloneNotTheCommandRules() {
    Compilation c = compile(new RepliesProcessor(), handler("QUIT", "452", "5.3.4"));
    List<String> d = located(c);
    assertEquals(1, d.size(), d::toString);
    assertTrue(d.get(0).startsWith("ERROR 7:"), d::toString);
    assertTrue(d.get(0).contains("[smtp-status/ClassMismatch]"), d::toString);
  }
}
