package dev.smtpstatus.processor;

import static dev.smtpstatus.processor.RepliesToProcessorTest.located;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.Replies;
import dev.smtpstatus.api.SmtpCommand;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The body scan: each checked call fails on its argument (kind, tag, message, line and column) and
 * passes with a fixed or non-constant argument; undeclared pairs, the command rules in bodies,
 * suppression, {@code @Replies} where annotation processing does not reach, strict mode, and that
 * an error in a body fails javac.
 */
class BodyScanTest {

  static List<Processor> processors() {
    return List.of(new RepliesProcessor(), new BodyScanProcessor());
  }

  static Compilation compile(List<String> options, String... lines) {
    return Compilations.compile(processors(), options, lines);
  }

  static Compilation compile(String... lines) {
    return compile(List.of(), lines);
  }

  /** "line:column" of {@code token} on 1-based {@code line} of the source. */
  static String at(String[] lines, int line, String token) {
    int i = lines[line - 1].indexOf(token);
    assertTrue(i >= 0, token + " in " + lines[line - 1]);
    return line + ":" + (i + 1);
  }

  /** "line:column" of the dot javac places a call {@code Type.name(} at. */
  static String callAt(String[] lines, int line, String typeDotName) {
    int i = lines[line - 1].indexOf(typeDotName + "(");
    assertTrue(i >= 0, typeDotName + " in " + lines[line - 1]);
    return line + ":" + (i + typeDotName.indexOf('.') + 1);
  }

  static String diagnostic(Finding f, String where, boolean strict) {
    return Message.findingKind(f.isError(), strict)
        + " "
        + where
        + " "
        + Message.findingText(f.getTag(), f.getMessage(), strict && !f.isError());
  }

  static List<String> sorted(List<String> l) {
    List<String> s = new ArrayList<>(l);
    s.sort(null);
    return s;
  }

  /** A handler whose method returns {@code expression} on line 8. */
  static String[] returning(String expression) {
    return new String[] {
      "package test;", // 1
      "import dev.smtpstatus.*;", // 2
      "import java.util.List;", // 3
      "class Handler {", // 4
      "  static final int CODE = 450 + 2;", // 5
      "  static final String STATUS = \"5.\" + 3 + \".4\";", // 6
      "  Object m() {", // 7
      "    return " + expression + ";", // 8
      "  }", // 9
      "  static Object of(int code, String status) { return null; }", // 10
      "}",
    };
  }

  /**
   * Each call: the engine's verdict for its constant arguments, the code token and the status token
   * that a finding about each points at.
   */
  static Stream<Arguments> calls() {
    return Stream.of(
        // SmtpReply.of(int, String, ...): an error, a warning, a clean pair.
        call("SmtpReply.of(452, \"5.3.4\", \"x\")", "452", "\"5.3.4\"", check(452, "5.3.4")),
        call("SmtpReply.of(550, \"5.3.4\", \"x\")", "550", "\"5.3.4\"", check(550, "5.3.4")),
        call("SmtpReply.of(552, \"5.3.4\", \"x\")", "552", "\"5.3.4\"", check(552, "5.3.4")),
        call("SmtpReply.of(55, \"5.1.1\")", "55", "\"5.1.1\"", check(55, "5.1.1")),
        call("SmtpReply.of(550, \"5.01.1\")", "550", "\"5.01.1\"", check(550, "5.01.1")),
        // Constants: static final fields and constant expressions, javac's values.
        call("SmtpReply.of(CODE, STATUS)", "CODE", "STATUS", check(452, "5.3.4")),
        // javac places a binary expression at its operator; its parser joins string literals.
        call("SmtpReply.of(400 + 52, \"5.\" + \"3.4\")", "+ 52", "\"5.\"", check(452, "5.3.4")),
        call("SmtpReply.of(452, \"5.\" + 3 + \".4\")", "452", "+ \".4\"", check(452, "5.3.4")),
        call("SmtpReply.of((int) 452L, \"5.3.4\")", "(int)", "\"5.3.4\"", check(452, "5.3.4")),
        // Only one argument constant: the call still rejects a malformed one.
        call("SmtpReply.of(55, String.valueOf(1))", "55", "55", Compatibility.checkReplyCode(55)),
        call("SmtpReply.of(Integer.parseInt(\"4\"), \"5.1\")", "\"5.1\"", "\"5.1\"", status("5.1")),
        // Non-constant arguments: left to run time.
        call("SmtpReply.of(Integer.parseInt(\"452\"), \"5.3.4\")", "", "", List.of()),
        call("SmtpReply.of(452, String.valueOf(\"5.3.4\"))", "", "", List.of()),
        call("SmtpReply.of(452, null, \"x\")", "", "", List.of()),
        // Nested factories: the pair on the nested arguments.
        call(
            "SmtpReply.of(ReplyCode.of(452), EnhancedStatusCode.parse(\"5.3.4\"), List.of())",
            "452",
            "\"5.3.4\"",
            check(452, "5.3.4")),
        call(
            "SmtpReply.of(ReplyCode.parse(\"550\"), EnhancedStatusCode.parse(\"5.3.4\"), List.of())",
            "\"550\"",
            "\"5.3.4\"",
            check(550, "5.3.4")),
        call(
            "SmtpReply.of(ReplyCode.of(552), EnhancedStatusCode.of(5, 3, 4), List.of())",
            "552",
            "",
            check(552, "5.3.4")),
        // The factories on their own.
        call("ReplyCode.of(55)", "55", "55", Compatibility.checkReplyCode(55)),
        call("ReplyCode.of(250)", "250", "250", Compatibility.checkReplyCode(250)),
        call("ReplyCode.parse(\"+50\")", "\"+50\"", "\"+50\"", Compatibility.checkReplyCode("+50")),
        call("ReplyCode.parse(\"250\")", "", "", Compatibility.checkReplyCode("250")),
        call("EnhancedStatusCode.parse(\"5.01.1\")", "\"5.01.1\"", "\"5.01.1\"", status("5.01.1")),
        call("EnhancedStatusCode.parse(\"5.1.1\")", "", "", status("5.1.1")),
        call("EnhancedStatusCode.of(6, 1, 1)", "6", "6", status("6.1.1")),
        call("EnhancedStatusCode.of(5, 1, 1000)", "1000", "1000", status("5.1.1000")),
        call("EnhancedStatusCode.of(5, 1, 1)", "", "", status("5.1.1")),
        // requireCompatible: the same as the run-time check.
        call(
            "Compatibility.requireCompatible(452, \"5.3.4\")",
            "452",
            "\"5.3.4\"",
            check(452, "5.3.4")),
        call(
            "Compatibility.requireCompatible(550, \"5.3.4\")",
            "550",
            "\"5.3.4\"",
            check(550, "5.3.4")),
        call(
            "Compatibility.requireCompatible(ReplyCode.of(452), EnhancedStatusCode.parse(\"5.3.4\"))",
            "452",
            "\"5.3.4\"",
            check(452, "5.3.4")),
        // Same names, other owners: nothing.
        call("List.of(452, \"5.3.4\")", "", "", List.of()),
        call("of(452, \"5.3.4\")", "", "", List.of()));
  }

  static Arguments call(String expression, String codeToken, String statusToken, List<Finding> f) {
    return Arguments.of(expression, codeToken, statusToken, f);
  }

  static List<Finding> check(int code, String status) {
    return Compatibility.check(code, status);
  }

  static List<Finding> status(String status) {
    return Compatibility.checkStatus(status);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void eachCallIsCheckedOnItsArgument(
      String expression, String codeToken, String statusToken, List<Finding> findings) {
    String[] lines = returning(expression);
    Compilation c = compile(lines);
    List<String> want = new ArrayList<>();
    for (Finding f : findings) {
      boolean onCode = f.getRule().getTarget() == Rule.Target.REPLY_CODE;
      String token = onCode ? codeToken : statusToken;
      String where =
          token.isEmpty()
              ? callAt(lines, 8, "EnhancedStatusCode.of") // a nested of(c, s, d): the call
              : at(lines, 8, token);
      want.add(diagnostic(f, where, false));
    }
    assertEquals(sorted(want), sorted(located(c)));
    assertEquals(
        Compatibility.hasErrors(findings) ? Compilation.Status.FAILURE : Compilation.Status.SUCCESS,
        c.status());
  }

  @Replies(code = 550, status = "5.1.1")
  @SuppressWarnings("unused")
  private static void declared550() {}

  static List<Replies> declared(String method) throws NoSuchMethodException {
    return Arrays.asList(
        BodyScanTest.class.getDeclaredMethod(method).getAnnotationsByType(Replies.class));
  }

  @Test
  void aPairTheHandlerDoesNotDeclareWarnsOnTheCallInLambdasAndLocalClassesToo() throws Exception {
    String[] lines = {
      "package test;", // 1
      "import dev.smtpstatus.*;", // 2
      "import dev.smtpstatus.api.*;", // 3
      "import java.util.function.Supplier;", // 4
      "class Handler {", // 5
      "  @Replies(code = 550, status = \"5.1.1\")", // 6
      "  SmtpReply rcpt(boolean b) {", // 7
      "    Supplier<SmtpReply> s = () -> SmtpReply.of(552, \"5.3.4\");", // 8
      "    class Local { SmtpReply r() { return SmtpReply.of(552, \"5.3.4\"); } }", // 9
      "    if (b) return SmtpReply.of(550, \"5.1.1\", \"no such user\");", // 10: declared
      "    return SmtpReply.of(ReplyCode.of(552), EnhancedStatusCode.parse(\"5.3.4\"),", // 11
      "        java.util.List.of());", // 12
      "  }", // 13
      "  SmtpReply helper() { return SmtpReply.of(552, \"5.3.4\"); }", // 14: no @Replies
      "}",
    };
    Compilation c = compile(lines);
    Finding f =
        Compatibility.checkDeclared("Handler.rcpt", 552, "5.3.4", declared("declared550")).get(0);
    assertEquals(Rule.UNDECLARED_REPLY, f.getRule());
    List<String> want =
        List.of(
            diagnostic(f, callAt(lines, 8, "SmtpReply.of"), false),
            diagnostic(f, callAt(lines, 9, "SmtpReply.of"), false),
            diagnostic(f, callAt(lines, 11, "SmtpReply.of"), false));
    assertEquals(sorted(want), sorted(located(c)));
    assertEquals(Compilation.Status.SUCCESS, c.status());
    assertTrue(f.getMessage().contains("Handler.rcpt builds 552 5.3.4"), f::getMessage);
    assertTrue(f.getMessage().contains("it declares 550 5.1.1"), f::getMessage);
  }

  @Test
  void aTypesRepliesAreDeclaredForItsMethods() {
    Compilation c =
        compile(
            "package test;",
            "import dev.smtpstatus.*;",
            "import dev.smtpstatus.api.*;",
            "@Replies(code = 552, status = \"5.3.4\")",
            "class Handler {",
            "  @Replies(code = 550, status = \"5.1.1\")",
            "  SmtpReply data() { return SmtpReply.of(552, \"5.3.4\"); }",
            "}");
    assertEquals(List.of(), located(c));
  }

  @Test
  void theCommandRulesApplyToPairsBuiltInARepliesToMethod() {
    String[] lines = {
      "package test;", // 1
      "import dev.smtpstatus.*;", // 2
      "import dev.smtpstatus.api.*;", // 3
      "class Handler {", // 4
      "  @RepliesTo(SmtpCommand.RCPT)", // 5
      "  SmtpReply rcpt() { return SmtpReply.of(221, \"2.0.0\"); }", // 6
      "  @RepliesTo(SmtpCommand.RCPT)", // 7
      "  SmtpReply ok() { return SmtpReply.of(250, \"2.1.5\"); }", // 8
      "}",
    };
    Compilation c = compile(lines);
    List<Finding> findings = Compatibility.check(SmtpCommand.RCPT, 221, "2.0.0");
    assertEquals(
        List.of(Rule.REPLY_CODE_NOT_FOR_COMMAND), findings.stream().map(Finding::getRule).toList());
    assertEquals(List.of(diagnostic(findings.get(0), at(lines, 6, "221"), false)), located(c));
    assertEquals(List.of(), Compatibility.check(SmtpCommand.RCPT, 250, "2.1.5"));
  }

  @Test
  void repliesWhereAnnotationProcessingDoesNotReachAreChecked() {
    String[] lines = {
      "package test;", // 1
      "import dev.smtpstatus.api.*;", // 2
      "class Handler {", // 3
      "  Runnable r = new Runnable() {", // 4
      "    @Replies(code = 452, status = \"5.3.4\") public void run() {}", // 5
      "  };", // 6
      "  void m() {", // 7
      "    class Local {", // 8
      "      @Replies(code = 550, status = \"5.3.4\") void x() {}", // 9
      "      @Replies(code = 552, status = \"5.3.4\") void fine() {}", // 10
      "    }", // 11
      "  }", // 12
      "  enum Stage {", // 13
      "    A { @Replies(code = 452, status = \"4.2.2\") @Replies(code = 354, status = \"2.0.0\")", // 14
      "      @Override void h() {} };", // 15
      "    void h() {}", // 16
      "  }", // 17
      "}",
    };
    Compilation c = compile(lines);
    List<String> want = new ArrayList<>();
    Finding classMismatch = Compatibility.check(452, "5.3.4").get(0);
    want.add(diagnostic(classMismatch, at(lines, 5, "\"5.3.4\""), false));
    Finding unlisted = Compatibility.check(550, "5.3.4").get(0);
    assertEquals(Rule.Target.REPLY_CODE, unlisted.getRule().getTarget());
    want.add(diagnostic(unlisted, at(lines, 9, "550"), false));
    assertEquals(List.of(), Compatibility.check(452, "4.2.2"));
    for (Finding f : Compatibility.check(354, "2.0.0")) {
      boolean onCode = f.getRule().getTarget() == Rule.Target.REPLY_CODE;
      want.add(diagnostic(f, at(lines, 14, onCode ? "354" : "\"2.0.0\""), false));
    }
    assertEquals(sorted(want), sorted(located(c)));
    assertEquals(Compilation.Status.FAILURE, c.status());
  }

  @Test
  void aRepliesTypeOnALocalClassIsChecked() {
    String[] lines = {
      "package test;", // 1
      "import dev.smtpstatus.api.*;", // 2
      "class Handler {", // 3
      "  void m() {", // 4
      "    @Replies(code = 452, status = \"5.3.4\") class Local {}", // 5
      "  }", // 6
      "}",
    };
    Compilation c = compile(lines);
    Finding f = Compatibility.check(452, "5.3.4").get(0);
    assertEquals(List.of(diagnostic(f, at(lines, 5, "\"5.3.4\""), false)), located(c));
  }

  /** A test that expects the run-time exception: the documented way to compile it. */
  @Test
  void suppressingTheTagSilencesAnErrorInABody() {
    String[] lines = {
      "package test;", // 1
      "import dev.smtpstatus.*;", // 2
      "class Handler {", // 3
      "  static void assertThrows(Class<?> type, Runnable r) {}", // 4
      "  @SuppressWarnings(\"smtp-status/ClassMismatch\")", // 5
      "  void rejects() {", // 6
      "    assertThrows(IllegalArgumentException.class, () -> SmtpReply.of(452, \"5.3.4\", \"x\"));",
      "  }", // 8
      "  void local() {", // 9
      "    @SuppressWarnings(\"smtp-status\")", // 10
      "    Runnable r = () -> SmtpReply.of(452, \"5.3.4\", \"x\");", // 11
      "  }", // 12
      "  @SuppressWarnings(\"smtp-status/UnlistedReplyCode\")", // 13: another rule's tag
      "  void other() { SmtpReply.of(452, \"5.3.4\", \"x\"); }", // 14
      "  @SuppressWarnings(\"all\")", // 15: warnings only
      "  void all() { SmtpReply.of(452, \"5.3.4\", \"x\"); SmtpReply.of(550, \"5.3.4\"); }", // 16
      "}",
    };
    Compilation c = compile(lines);
    Finding f = Compatibility.check(452, "5.3.4").get(0);
    assertEquals(
        sorted(
            List.of(
                diagnostic(f, at(lines, 14, "\"5.3.4\""), false),
                diagnostic(f, at(lines, 16, "\"5.3.4\""), false))),
        sorted(located(c)));
  }

  @Test
  void suppressionNeverSilencesAnErrorOnRepliesItself() {
    String[] member = {
      "package test;", // 1
      "import dev.smtpstatus.api.*;", // 2
      "@SuppressWarnings(\"smtp-status\")", // 3
      "class Handler {", // 4
      "  @SuppressWarnings(\"smtp-status/ClassMismatch\")", // 5
      "  @Replies(code = 452, status = \"5.3.4\") void member() {}", // 6
      "}",
    };
    Finding f = Compatibility.check(452, "5.3.4").get(0);
    assertEquals(
        List.of(diagnostic(f, at(member, 6, "\"5.3.4\""), false)), located(compile(member)));
    // Found by the body scan (an anonymous class), with the same rule. A separate compilation:
    // javac does not analyse bodies after a processor's error in the same compilation.
    String[] anonymous = {
      "package test;", // 1
      "import dev.smtpstatus.api.*;", // 2
      "@SuppressWarnings(\"smtp-status\")", // 3
      "class Handler {", // 4
      "  Runnable r = new Runnable() {", // 5
      "    @SuppressWarnings(\"smtp-status/ClassMismatch\")", // 6
      "    @Replies(code = 452, status = \"5.3.4\") public void run() {}", // 7
      "    @Replies(code = 550, status = \"5.3.4\") void warns() {}", // 8: silenced
      "  };", // 9
      "}",
    };
    assertEquals(
        List.of(diagnostic(f, at(anonymous, 7, "\"5.3.4\""), false)), located(compile(anonymous)));
  }

  @Test
  void strictMakesABodyWarningAnError() {
    String[] lines = returning("SmtpReply.of(550, \"5.3.4\")");
    Compilation c = compile(List.of("-Asmtpstatus.strict=true"), lines);
    Finding f = Compatibility.check(550, "5.3.4").get(0);
    assertFalse(f.isError());
    assertEquals(List.of(diagnostic(f, at(lines, 8, "550"), true)), located(c));
    assertEquals(Compilation.Status.FAILURE, c.status());
  }

  @Test
  void anErrorInABodyFailsJavacAndACleanBodyPassesUnderXlintAllWerror() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String bad = String.join("\n", returning("SmtpReply.of(452, \"5.3.4\")"));
    String good = String.join("\n", returning("SmtpReply.of(552, \"5.3.4\")"));
    DiagnosticCollector<JavaFileObject> d = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask failing =
        javac.getTask(
            new StringWriter(),
            null,
            d,
            List.of("-Xlint:all", "-d", tempDir()),
            null,
            List.of(JavaFileObjects.forSourceString("test.Handler", bad)));
    failing.setProcessors(processors());
    assertFalse(failing.call(), () -> d.getDiagnostics().toString());
    assertTrue(
        d.getDiagnostics().stream()
            .anyMatch(
                x ->
                    x.getKind() == Diagnostic.Kind.ERROR
                        && x.getMessage(Locale.ROOT).startsWith("[smtp-status/ClassMismatch]")));

    // A second file without any annotation, and -Xlint:all -Werror: the "*" processor claims
    // nothing and warns about nothing.
    Compilation clean =
        Compiler.javac()
            .withProcessors(processors())
            .withOptions("-Xlint:all", "-Werror")
            .compile(
                JavaFileObjects.forSourceString("test.Handler", good),
                JavaFileObjects.forSourceLines(
                    "test.Plain",
                    "package test;",
                    "class Plain {",
                    "  @Override public String toString() { return \"\"; }",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "test.Declared",
                    "package test;",
                    "class Declared {",
                    "  @dev.smtpstatus.api.Replies(code = 552, status = \"5.3.4\")",
                    "  dev.smtpstatus.SmtpReply d() {",
                    "    return dev.smtpstatus.SmtpReply.of(552, \"5.3.4\");",
                    "  }",
                    "}"));
    assertEquals(List.of(), located(clean));
    assertEquals(Compilation.Status.SUCCESS, clean.status());
  }

  private static String tempDir() {
    try {
      return java.nio.file.Files.createTempDirectory("body-scan").toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
