package dev.smtpstatus.processor;

import static dev.smtpstatus.processor.Compilations.compile;
import static dev.smtpstatus.processor.Compilations.diagnostics;
import static dev.smtpstatus.processor.Compilations.expected;
import static dev.smtpstatus.processor.Compilations.line;
import static dev.smtpstatus.processor.Compilations.literal;
import static dev.smtpstatus.processor.Compilations.ours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule through the processor: a failing compilation that asserts kind, message and line (the
 * line of the member the finding is about), and a passing one with no diagnostic at all.
 */
class RepliesProcessorTest {

  /** Lines 5 and 6 hold code and status, so the line tells which member a diagnostic is on. */
  static String[] handler(String code, String status) {
    return new String[] {
      "package test;", // 1
      "import dev.smtpstatus.api.Replies;", // 2
      "class Handler {", // 3
      "  @Replies(", // 4
      "      code = " + code + ",", // 5
      "      status = " + status + ")", // 6
      "  void handle() {}", // 7
      "}",
    };
  }

  @ParameterizedTest(name = "{0}: {1} {2} fails, {4} {5} passes")
  @CsvSource({
    // rule,              failing pair, member,  passing pair
    "MALFORMED_STATUS,     550, 5.01.1, status, 550, 5.1.1",
    "MALFORMED_REPLY_CODE, 55,  5.1.1,  code,   550, 5.1.1",
    "INTERMEDIATE_REPLY,   354, 5.3.4,  code,   552, 5.3.4",
    "CLASS_MISMATCH,       452, 5.3.4,  status, 452, 4.2.2",
    "UNREGISTERED_STATUS,  550, 5.1.99, status, 550, 5.1.9",
    "DEPRECATED_STATUS,    550, 5.6.10, status, 550, 5.6.8",
    "UNLISTED_REPLY_CODE,  550, 5.3.4,  code,   552, 5.3.4",
    "UNINTENDED_CLASS,     450, 4.3.4,  status, 552, 5.2.2",
    "UNDEFINED_REPLY_CODE, 559, 5.0.0,  code,   422, 4.7.12",
  })
  void eachRuleFailsOnItsMemberAndPassesOnAFixedPair(
      Rule rule, int failCode, String failStatus, String member, int passCode, String passStatus) {
    // The rule's single finding, from the engine.
    List<Finding> findings = Compatibility.check(failCode, failStatus);
    assertEquals(List.of(rule), findings.stream().map(Finding::getRule).toList());
    Finding finding = findings.get(0);

    RepliesProcessor failing = new RepliesProcessor();
    Compilation failed = compile(failing, handler(Integer.toString(failCode), literal(failStatus)));
    Diagnostic.Kind kind =
        rule.getSeverity() == dev.smtpstatus.Severity.ERROR
            ? Diagnostic.Kind.ERROR
            : Diagnostic.Kind.WARNING;
    long line = member.equals("code") ? 5 : 6;
    String text = "[" + rule.getTag() + "] " + finding.getMessage();
    assertEquals(List.of(line(kind, line, text)), diagnostics(failed));
    assertEquals(
        kind == Diagnostic.Kind.ERROR ? Compilation.Status.FAILURE : Compilation.Status.SUCCESS,
        failed.status());
    assertFalse(failing.isStrict());

    Compilation passed =
        compile(new RepliesProcessor(), handler(Integer.toString(passCode), literal(passStatus)));
    assertEquals(List.of(), diagnostics(passed));
    assertEquals(Compilation.Status.SUCCESS, passed.status());
  }

  @ParameterizedTest
  @CsvSource({
    "452, 5.3.4, use 552 or 554 with 5.3.4, or 452 with 4.3.4",
    "550, 5.3.4, the registry pairs 5.3.4 with 552 or 554",
  })
  void messagesCarryTheRegistrysFix(int code, String status, String fix) {
    Compilation c =
        compile(new RepliesProcessor(), handler(Integer.toString(code), literal(status)));
    List<String> ours = ours(c);
    assertEquals(1, ours.size(), ours::toString);
    assertTrue(ours.get(0).contains(fix), ours::toString);
  }

  /**
   * The member each rule points at, as docs/decisions/0201 lists them: pinned here so that a new
   * rule's target is a decision, not an accident. The processor reads it from Rule.getTarget().
   */
  @Test
  void everyPairRuleTargetsTheMemberItIsAbout() {
    Set<Rule> onCode =
        Set.of(
            Rule.MALFORMED_REPLY_CODE,
            Rule.INTERMEDIATE_REPLY,
            Rule.UNLISTED_REPLY_CODE,
            Rule.UNDEFINED_REPLY_CODE);
    Set<Rule> onStatus =
        Set.of(
            Rule.MALFORMED_STATUS,
            Rule.CLASS_MISMATCH,
            Rule.UNREGISTERED_STATUS,
            Rule.DEPRECATED_STATUS,
            Rule.UNINTENDED_CLASS);
    for (Rule rule : Rule.values()) {
      if (rule.getInput() != Rule.Input.PAIR) {
        continue;
      }
      assertTrue(onCode.contains(rule) || onStatus.contains(rule), () -> rule + " is not pinned");
      assertEquals(
          onCode.contains(rule) ? Rule.Target.REPLY_CODE : Rule.Target.STATUS,
          rule.getTarget(),
          rule::toString);
    }
  }

  @Test
  void aFindingIsFramedWithItsTagAndStrictModeSaysSo() {
    Finding mixed = Finding.of(Rule.MIXED_STATUS, "lines disagree");
    assertEquals(
        "[smtp-status/MixedStatus] lines disagree",
        Message.findingText(mixed.getTag(), mixed.getMessage(), false));
    assertEquals(
        "[smtp-status/MixedStatus] lines disagree" + Message.STRICT_SUFFIX,
        Message.findingText(mixed.getTag(), mixed.getMessage(), true));
    assertEquals(Diagnostic.Kind.ERROR, Message.findingKind(false, true));
    assertEquals(Diagnostic.Kind.WARNING, Message.findingKind(false, false));
    assertEquals(Diagnostic.Kind.ERROR, Message.findingKind(true, false));
  }

  @Test
  void expectedHelperAgreesWithTheCatalogue() {
    // Sanity of the helper the other tests use: 452 5.3.4 is one error on the status line.
    assertEquals(
        List.of(
            "ERROR 6: [smtp-status/ClassMismatch] "
                + Compatibility.check(452, "5.3.4").get(0).getMessage()),
        expected(452, "5.3.4", 5, 6, false));
  }

  @Nested
  class Strict {
    @Test
    void strictTurnsWarningsIntoErrors() {
      RepliesProcessor processor = new RepliesProcessor();
      Compilation c =
          compile(
              List.of(processor),
              List.of("-Asmtpstatus.strict=true"),
              handler("550", literal("5.3.4")));
      assertTrue(processor.isStrict());
      assertEquals(expected(550, "5.3.4", 5, 6, true), diagnostics(c));
      assertTrue(diagnostics(c).get(0).startsWith("ERROR 5: [smtp-status/UnlistedReplyCode]"));
      assertTrue(diagnostics(c).get(0).endsWith(Message.STRICT_SUFFIX));
      assertEquals(Compilation.Status.FAILURE, c.status());
    }

    @Test
    void aBareOptionIsOn() {
      RepliesProcessor processor = new RepliesProcessor();
      Compilation c =
          compile(List.of(processor), List.of("-Asmtpstatus.strict"), handler("550", "\"5.3.4\""));
      assertTrue(processor.isStrict());
      assertEquals(Compilation.Status.FAILURE, c.status());
    }

    @Test
    void strictFalseKeepsWarnings() {
      RepliesProcessor processor = new RepliesProcessor();
      Compilation c =
          compile(
              List.of(processor),
              List.of("-Asmtpstatus.strict=false"),
              handler("550", literal("5.3.4")));
      assertFalse(processor.isStrict());
      assertEquals(expected(550, "5.3.4", 5, 6, false), diagnostics(c));
      assertEquals(Compilation.Status.SUCCESS, c.status());
    }

    @Test
    void aBadValueIsReportedAndIgnored() {
      RepliesProcessor processor = new RepliesProcessor();
      Compilation c =
          compile(
              List.of(processor),
              List.of("-Asmtpstatus.strict=yes"),
              handler("552", literal("5.3.4")));
      assertFalse(processor.isStrict());
      assertEquals(
          List.of(line(Diagnostic.Kind.WARNING, -1, Message.BAD_STRICT_OPTION.format("yes"))),
          diagnostics(c));
    }

    @Test
    void strictLeavesErrorsAsTheyAre() {
      Compilation c =
          compile(
              List.of(new RepliesProcessor()),
              List.of("-Asmtpstatus.strict=true"),
              handler("452", literal("5.3.4")));
      assertEquals(expected(452, "5.3.4", 5, 6, true), diagnostics(c));
      assertFalse(diagnostics(c).get(0).endsWith(Message.STRICT_SUFFIX));
    }
  }

  @Nested
  class Claiming {
    @Test
    void claimsItsAnnotationsSoXlintAllWithWerrorCompilesAGoodPair() {
      // Before it claimed them, javac warned "No processor claimed any of these annotations".
      Compilation c =
          compile(
              List.of(new RepliesProcessor()),
              List.of("-Xlint:all", "-Werror"),
              "package test;",
              "import dev.smtpstatus.api.Replies;",
              "class Handler {",
              "  @Replies(code = 552, status = \"5.3.4\")",
              "  @Replies(code = 250, status = \"2.0.0\")",
              "  void handle() {}",
              "  @Replies(code = 550, status = \"5.1.1\")",
              "  void other() {}",
              "}");
      assertEquals(List.of(), diagnostics(c));
      assertEquals(Compilation.Status.SUCCESS, c.status());
    }
  }

  @Nested
  class Suppression {
    private String[] source(
        String classAnnotation, String methodAnnotation, int code, String status) {
      return new String[] {
        "package test;", // 1
        "import dev.smtpstatus.api.Replies;", // 2
        classAnnotation, // 3
        "class Handler {", // 4
        "  static class Inner {", // 5
        "    " + methodAnnotation, // 6
        "    @Replies(code = " + code + ",", // 7
        "        status = " + literal(status) + ")", // 8
        "    void handle() {}", // 9
        "  }", // 10
        "}",
      };
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "|@SuppressWarnings(\"smtp-status\")",
          "@SuppressWarnings(\"smtp-status\")|",
          "@SuppressWarnings({\"unchecked\", \"smtp-status\"})|",
          "|@SuppressWarnings(\"smtp-status/UnlistedReplyCode\")",
          "|@SuppressWarnings(\"all\")",
          "@SuppressWarnings({\"all\"})|",
        })
    void onTheMethodOrAnEnclosingClassSilencesWarnings(String onClass, String onMethod) {
      RepliesProcessor processor = new RepliesProcessor();
      Compilation c = compile(processor, source(text(onClass), text(onMethod), 550, "5.3.4"));
      assertEquals(List.of(), diagnostics(c));
      // Without it, the same source warns.
      Compilation unsuppressed = compile(new RepliesProcessor(), source("", "", 550, "5.3.4"));
      assertEquals(expected(550, "5.3.4", 7, 8, false), diagnostics(unsuppressed));
    }

    @Test
    void otherTokensAndOtherRulesDoNotSilence() {
      Compilation c =
          compile(
              new RepliesProcessor(),
              source(
                  "@SuppressWarnings(\"unchecked\")",
                  "@SuppressWarnings(\"smtp-status/UndefinedReplyCode\")",
                  550,
                  "5.3.4"));
      assertEquals(expected(550, "5.3.4", 7, 8, false), diagnostics(c));
    }

    @Test
    void errorsAreNeverSuppressed() {
      Compilation c =
          compile(
              new RepliesProcessor(),
              source(
                  "@SuppressWarnings(\"smtp-status\")",
                  "@SuppressWarnings(\"smtp-status\")",
                  452,
                  "5.3.4"));
      assertEquals(expected(452, "5.3.4", 7, 8, false), diagnostics(c));
      assertEquals(Compilation.Status.FAILURE, c.status());
    }

    @Test
    void allDoesNotSilenceErrors() {
      Compilation c =
          compile(new RepliesProcessor(), source("@SuppressWarnings(\"all\")", "", 452, "5.3.4"));
      assertEquals(expected(452, "5.3.4", 7, 8, false), diagnostics(c));
      assertEquals(Compilation.Status.FAILURE, c.status());
    }

    @Test
    void suppressedWarningsStaySilentUnderStrict() {
      Compilation c =
          compile(
              List.of(new RepliesProcessor()),
              List.of("-Asmtpstatus.strict=true"),
              source("@SuppressWarnings(\"smtp-status\")", "", 550, "5.3.4"));
      assertEquals(List.of(), diagnostics(c));
      assertEquals(Compilation.Status.SUCCESS, c.status());
    }

    private String text(String s) {
      return s == null ? "" : s;
    }
  }

  @Test
  void repeatedAnnotationsAreEachCheckedOnTheirOwnLine() {
    RepliesProcessor processor = new RepliesProcessor();
    Compilation c =
        compile(
            processor,
            "package test;", // 1
            "import dev.smtpstatus.api.Replies;", // 2
            "@Replies(code = 250, status = \"2.0.0\")", // 3
            "@Replies(code = 550,", // 4
            "    status = \"5.3.4\")", // 5
            "class Handler {", // 6
            "  @Replies(code = 552, status = \"5.3.4\")", // 7
            "  @Replies(code = 452,", // 8
            "      status = \"5.3.4\")", // 9
            "  @Replies(code = 354,", // 10
            "      status = \"5.3.4\")", // 11
            "  void handle() {}", // 12
            "  @Replies.List({", // 13
            "    @Replies(code = 452, status = \"4.2.2\"),", // 14
            "    @Replies(code = 550,", // 15
            "        status = \"2.1.1\")", // 16
            "  })", // 17
            "  void explicitContainer() {}", // 18
            "}");
    List<String> want = new ArrayList<>();
    want.addAll(expected(550, "5.3.4", 4, 5, false));
    want.addAll(expected(452, "5.3.4", 8, 9, false));
    want.addAll(expected(354, "5.3.4", 10, 11, false));
    want.addAll(expected(550, "2.1.1", 15, 16, false));
    assertEquals(sorted(want), sorted(diagnostics(c)));
  }

  @Test
  void constantExpressionsAreCheckedByTheirValue() {
    Compilation c =
        compile(
            new RepliesProcessor(),
            "package test;", // 1
            "import dev.smtpstatus.api.Replies;", // 2
            "class Handler {", // 3
            "  static final int BASE = 450;", // 4
            "  static final String PREFIX = \"5.\";", // 5
            "  @Replies(code = BASE + 2,", // 6
            "      status = PREFIX + \"3.4\")", // 7
            "  void tooBig() {}", // 8
            "  @Replies(code = Codes.FULL,", // 9
            "      status = Codes.FULL_STATUS)", // 10
            "  void full() {}", // 11
            "  @Replies(code = 500 + 52, status = PREFIX + \"3.\" + 4)", // 12
            "  void fine() {}", // 13
            "}",
            "class Codes {", // 15
            "  static final int FULL = 550;", // 16
            "  static final String FULL_STATUS = \"5.\" + 2 + \".2\";", // 17
            "}");
    List<String> want = new ArrayList<>();
    want.addAll(expected(452, "5.3.4", 6, 7, false));
    want.addAll(expected(550, "5.2.2", 9, 10, false));
    assertEquals(sorted(want), sorted(diagnostics(c)));
  }

  @Nested
  class BrokenSources {
    @Test
    void anUnrelatedErrorAddsNoNoiseAndTheCheckStillRuns() {
      Compilation c =
          compile(
              new RepliesProcessor(),
              "package test;", // 1
              "import dev.smtpstatus.api.Replies;", // 2
              "import does.not.Exist;", // 3
              "class Handler {", // 4
              "  Missing field;", // 5
              "  @Replies(code = 552, status = \"5.3.4\")", // 6
              "  Exist handle(Undefined u) { return nowhere(); }", // 7
              "  @Replies(code = 452,", // 8
              "      status = \"5.3.4\")", // 9
              "  void bad() { int x = \"not an int\"; }", // 10
              "}");
      assertEquals(Compilation.Status.FAILURE, c.status());
      assertEquals(expected(452, "5.3.4", 8, 9, false), ours(c));
      assertFalse(c.errors().isEmpty());
    }

    @Test
    void valuesTheCompilerCannotResolveAreLeftToIt() {
      Compilation c =
          compile(
              new RepliesProcessor(),
              "package test;", // 1
              "import dev.smtpstatus.api.Replies;", // 2
              "class Handler {", // 3
              "  @Replies(code = Missing.CODE, status = \"5.3.4\")", // 4
              "  void a() {}", // 5
              "  @Replies(code = 452, status = Missing.STATUS)", // 6
              "  void b() {}", // 7
              "  @Replies(code = 452, status = UNKNOWN + \".3.4\")", // 8
              "  void c() {}", // 9
              "  @Replies(code = \"452\", status = 5.34)", // 10
              "  void d() {}", // 11
              "  @Replies(code = 452)", // 12
              "  void e() {}", // 13
              "}");
      assertEquals(Compilation.Status.FAILURE, c.status());
      assertEquals(List.of(), ours(c));
      assertFalse(c.errors().isEmpty());
    }

    @Test
    void aMissingImportOfTheAnnotationIsTheCompilersError() {
      Compilation c =
          compile(
              new RepliesProcessor(),
              "package test;",
              "class Handler {",
              "  @Replies(code = 452, status = \"5.3.4\")",
              "  void handle() {}",
              "}");
      assertEquals(Compilation.Status.FAILURE, c.status());
      assertEquals(List.of(), ours(c));
    }
  }

  @Nested
  class Failures {
    @Test
    void anInternalFailureIsOneErrorAskingForAReport() {
      RepliesProcessor processor =
          new RepliesProcessor(
              (command, code, status) -> {
                throw new IllegalStateException("boom " + code);
              });
      Compilation c =
          compile(
              processor,
              "package test;",
              "import dev.smtpstatus.api.Replies;",
              "class Handler {",
              "  @Replies(code = 552, status = \"5.3.4\")",
              "  void a() {}",
              "  @Replies(code = 452, status = \"4.2.2\")",
              "  void b() {}",
              "}");
      assertEquals(Compilation.Status.FAILURE, c.status());
      List<String> ours = ours(c);
      assertEquals(1, ours.size(), ours::toString);
      assertTrue(ours.get(0).startsWith("ERROR 5: [smtp-status/InternalError] "), ours::toString);
      assertTrue(ours.get(0).contains("boom 552"), ours::toString);
      assertTrue(ours.get(0).contains("Please report it"), ours::toString);
      assertEquals(1, c.errors().size());
    }

    @Test
    void anInternalFailureOnOneElementDoesNotStopTheOthersFromBeingChecked() {
      RepliesProcessor processor =
          new RepliesProcessor(
              (command, code, status) -> {
                if (code == 552) {
                  throw new IllegalStateException("boom " + code);
                }
                return dev.smtpstatus.Compatibility.check(code, status);
              });
      Compilation c =
          compile(
              processor,
              "package test;",
              "import dev.smtpstatus.api.Replies;",
              "class Handler {",
              "  @Replies(code = 552, status = \"5.3.4\")",
              "  void a() {}",
              "  @Replies(code = 452, status = \"5.3.4\")",
              "  void b() {}",
              "}");
      List<String> ours = ours(c);
      assertEquals(2, ours.size(), () -> diagnostics(c).toString());
      assertTrue(ours.get(0).startsWith("ERROR 5: [smtp-status/InternalError] "), ours::toString);
      assertTrue(ours.get(1).startsWith("ERROR 6: [smtp-status/ClassMismatch] "), ours::toString);
    }

    @Test
    void theProcessorJarAloneSaysTheEngineIsMissing() throws Exception {
      // Load the processor without smtp-status (impl) and smtp-status-api, as a user build would
      // that put the processor jar alone on the processor path.
      java.net.URL classes =
          RepliesProcessor.class.getProtectionDomain().getCodeSource().getLocation();
      try (java.net.URLClassLoader alone =
          new java.net.URLClassLoader(
              new java.net.URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
        javax.annotation.processing.Processor processor =
            (javax.annotation.processing.Processor)
                alone.loadClass(RepliesProcessor.class.getName()).getConstructor().newInstance();
        Compilation c = compile(processor, handler("452", literal("5.3.4")));
        List<String> ours = ours(c);
        assertEquals(1, ours.size(), ours::toString);
        assertTrue(ours.get(0).startsWith("ERROR 7: [smtp-status/EngineMissing] "), ours::toString);
        assertTrue(ours.get(0).contains("dev.smtpstatus.Compatibility"), ours::toString);
        assertEquals(1, c.errors().size());
      }
    }

    @Test
    void theProcessorClaimsItsAnnotations() {
      // docs/decisions/0603: claimed, so javac's -Xlint:processing has nothing to report; a
      // later processor that names @Replies is not offered it again.
      Recorder recorder = new Recorder();
      compile(List.of(new RepliesProcessor(), recorder), List.of(), handler("552", "\"5.3.4\""));
      assertEquals(List.of(), recorder.seen);
      // Without smtp-status's processor in front, the same processor is offered @Replies: the
      // recorder does see what is not claimed.
      Recorder alone = new Recorder();
      compile(List.of(alone), List.of(), handler("552", "\"5.3.4\""));
      assertEquals(Set.of(RepliesProcessor.REPLIES), Set.copyOf(alone.seen), alone.seen::toString);
    }
  }

  /** A later processor that records which annotations it was offered. */
  static final class Recorder extends javax.annotation.processing.AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(RepliesProcessor.REPLIES, RepliesProcessor.REPLIES_LIST);
    }

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(
        Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment roundEnv) {
      for (javax.lang.model.element.TypeElement a : annotations) {
        seen.add(a.getQualifiedName().toString());
      }
      return false;
    }
  }

  @Test
  void hygiene() throws Exception {
    RepliesProcessor processor = new RepliesProcessor();
    assertEquals(
        Set.of(
            "dev.smtpstatus.api.Replies",
            "dev.smtpstatus.api.Replies.List",
            "dev.smtpstatus.api.RepliesTo"),
        processor.getSupportedAnnotationTypes());
    assertEquals(Set.of("smtpstatus.strict"), processor.getSupportedOptions());
    assertEquals(
        javax.lang.model.SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
    assertEquals(
        Set.of(
            "dev.smtpstatus.processor.RepliesProcessor",
            "dev.smtpstatus.processor.BodyScanProcessor"),
        Set.of(resource("META-INF/services/javax.annotation.processing.Processor").split("\\R")));
    assertEquals(
        Set.of(
            "dev.smtpstatus.processor.RepliesProcessor,isolating",
            "dev.smtpstatus.processor.BodyScanProcessor,isolating"),
        Set.of(resource("META-INF/gradle/incremental.annotation.processors").split("\\R")));
    // The body scan's processor claims nothing and sees every compilation (decision 0802).
    BodyScanProcessor scan = new BodyScanProcessor();
    assertEquals(Set.of("*"), scan.getSupportedAnnotationTypes());
    assertEquals(Set.of("smtpstatus.strict"), scan.getSupportedOptions());
    assertEquals(
        javax.lang.model.SourceVersion.latestSupported(), scan.getSupportedSourceVersion());
  }

  private static String resource(String name) throws java.io.IOException {
    try (java.io.InputStream in =
        RepliesProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertTrue(in != null, name);
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    }
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }
}
