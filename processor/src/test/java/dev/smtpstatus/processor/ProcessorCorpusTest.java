package dev.smtpstatus.processor;

import static dev.smtpstatus.processor.Compilations.diagnostics;
import static dev.smtpstatus.processor.Compilations.expected;
import static dev.smtpstatus.processor.Compilations.ours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken and unusual sources, each compiled in memory with both processors (the
 * annotation check and the body scan, as javac finds them on the processor path): every place javac
 * lets {@code @Replies} stand (and some it does not), crossed with every kind of value (compatible,
 * incompatible, unusual, malformed, constant expressions, values the compiler cannot resolve,
 * values of the wrong type, missing members), plus hand-written ones: syntax errors, a written
 * {@code Replies.List}, package and module annotations, the annotation's jar missing.
 *
 * <p>For each: no internal error, and the processor's diagnostics are exactly those the engine
 * gives for the pair, on the annotation's line; nothing where the compiler cannot give the pair a
 * value. The time each compilation takes is measured and printed at the end.
 */
class ProcessorCorpusTest {
  private static final List<Long> NANOS = new ArrayList<>();

  /** Where {@code @Replies} is written. {@code @A} marks the annotation's line. */
  enum Place {
    METHOD(true, "class Handler {", "@A", "void m() {}", "}"),
    CLASS(true, "@A", "class Handler {}"),
    INTERFACE(true, "@A", "interface Handler { void m(); }"),
    INTERFACE_METHOD(true, "interface Handler {", "@A", "void m();", "}"),
    DEFAULT_METHOD(true, "interface Handler {", "@A", "default void m() {}", "}"),
    STATIC_INTERFACE_METHOD(true, "interface Handler {", "@A", "static void m() {}", "}"),
    RECORD(true, "@A", "record Handler(int code) {}"),
    RECORD_METHOD(true, "record Handler(int code) {", "@A", "public int code() { return 1; }", "}"),
    ENUM(true, "@A", "enum Handler { A, B }"),
    ENUM_METHOD(true, "enum Handler {", "A;", "@A", "void m() {}", "}"),
    ANNOTATION_TYPE(true, "@A", "@interface Handler {}"),
    ANNOTATION_MEMBER(true, "@interface Handler {", "@A", "int value() default 1;", "}"),
    GENERIC_METHOD(
        true, "class Handler {", "@A", "<T extends Comparable<T>> T m(T t) { return t; }", "}"),
    VARARGS_METHOD(true, "class Handler {", "@A", "void m(String... a) {}", "}"),
    GENERIC_CLASS(true, "@A", "class Handler<T extends Number & Comparable<T>> {}"),
    NESTED_CLASS(true, "class Handler {", "@A", "static class Inner {}", "}"),
    INNER_CLASS_METHOD(true, "class Handler {", "class Inner {", "@A", "void m() {}", "}", "}"),
    // Inside a method body: javac gives processors no elements there (JSR 269 sees declarations
    // down to members only); the body scan (BodyScanProcessor) checks them once javac has analysed
    // the class.
    LOCAL_CLASS(true, "class Handler {", "void m() {", "@A", "class Local {}", "}", "}"),
    LOCAL_CLASS_METHOD(
        true, "class Handler {", "void m() {", "class Local {", "@A", "void x() {}", "}", "}", "}"),
    ENUM_CONSTANT_BODY_METHOD(true, "enum Handler {", "A {", "@A", "void x() {}", "};", "}"),
    ANONYMOUS_CLASS_METHOD(
        true,
        "class Handler {",
        "Runnable r = new Runnable() {",
        "@A",
        "public void run() {}",
        "};",
        "}"),
    LAMBDAS_ENCLOSING_METHOD(
        true, "class Handler {", "@A", "Runnable m() { return () -> System.out.println(1); }", "}"),
    ABSTRACT_METHOD(true, "abstract class Handler {", "@A", "abstract void m();", "}"),
    SEALED_INTERFACE(
        true,
        "@A",
        "sealed interface Handler permits Impl {}",
        "final class Impl implements Handler {}"),
    MISSING_SUPERCLASS(true, "class Handler extends Missing {", "@A", "void m() {}", "}"),
    // Kinds @Replies does not target: javac's own error, and the processor adds nothing wrong.
    CONSTRUCTOR(false, "class Handler {", "@A", "Handler() {}", "}"),
    FIELD(false, "class Handler {", "@A", "int f;", "}"),
    ENUM_CONSTANT(false, "enum Handler {", "@A", "A", "}"),
    PARAMETER(false, "class Handler {", "void m(", "@A", "int p) {}", "}"),
    ;

    /**
     * True where @Replies may stand, false where javac refuses it, null where no processor sees.
     */
    final @Nullable Boolean targeted;

    final String[] lines;

    Place(@Nullable Boolean targeted, String... lines) {
      this.targeted = targeted;
      this.lines = lines;
    }
  }

  /** What the annotation says; {@code code} and {@code status} are the pair javac computes. */
  enum Value {
    COMPATIBLE("code = 552, status = \"5.3.4\"", 552, "5.3.4"),
    CLASS_MISMATCH("code = 452, status = \"5.3.4\"", 452, "5.3.4"),
    UNLISTED("code = 550, status = \"5.3.4\"", 550, "5.3.4"),
    INTERMEDIATE("code = 354, status = \"2.0.0\"", 354, "2.0.0"),
    MALFORMED_STATUS("code = 550, status = \"5.01.1\"", 550, "5.01.1"),
    EMPTY_STATUS("code = 550, status = \"\"", 550, ""),
    BAD_CODE("code = 999, status = \"5.1.1\"", 999, "5.1.1"),
    NEGATIVE_CODE("code = -552, status = \"5.3.4\"", -552, "5.3.4"),
    CHAR_CODE("code = 'A', status = \"5.3.4\"", 65, "5.3.4"),
    CONSTANT_EXPRESSION("code = 500 + 52, status = \"5.\" + \"3.4\"", 552, "5.3.4"),
    UNRESOLVED_CONSTANT("code = Missing.CODE, status = \"5.3.4\"", null, null),
    WRONG_TYPE("code = 552, status = 534", null, null),
    MISSING_MEMBER("code = 552", null, null),
    NULL_STATUS("code = 552, status = null", null, null),
    ;

    final String text;
    final @Nullable Integer code;
    final @Nullable String status;

    Value(String text, @Nullable Integer code, @Nullable String status) {
      this.text = text;
      this.code = code;
      this.status = status;
    }

    /** True if the value compiles on its own. */
    boolean resolves() {
      return code != null;
    }
  }

  static Stream<Arguments> placesAndValues() {
    return Arrays.stream(Place.values())
        .flatMap(p -> Arrays.stream(Value.values()).map(v -> Arguments.of(p, v)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("placesAndValues")
  void everyPlaceAndValue(Place place, Value value) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import dev.smtpstatus.api.Replies;");
    int annotationLine = 0;
    for (String l : place.lines) {
      if (l.equals("@A")) {
        lines.add("@Replies(" + value.text + ")");
        annotationLine = lines.size();
      } else {
        lines.add(l);
      }
    }
    Compilation c = compile("test.Handler", lines);
    List<String> want =
        value.resolves() && place.targeted != null
            ? expected(value.code, value.status, annotationLine, annotationLine, false)
            : List.of();
    noInternalError(c);
    Supplier<String> context = () -> String.join("\n", lines) + "\n" + diagnostics(c);
    if (Boolean.FALSE.equals(place.targeted)) {
      // javac refuses the annotation here; whether it still offers the element to processors is
      // javac's choice. Either nothing, or exactly the engine's findings: never anything else.
      assertTrue(ours(c).isEmpty() || sorted(want).equals(sorted(ours(c))), context);
      assertEquals(Compilation.Status.FAILURE, c.status(), context);
      return;
    }
    assertEquals(sorted(want), sorted(ours(c)), context);
    boolean compiles = value.resolves() && place != Place.MISSING_SUPERCLASS;
    boolean errors = want.stream().anyMatch(d -> d.startsWith("ERROR"));
    assertEquals(
        compiles && !errors ? Compilation.Status.SUCCESS : Compilation.Status.FAILURE,
        c.status(),
        () -> diagnostics(c).toString());
  }

  /** Sources that break in other ways; none gets a diagnostic of ours. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSources")
  void brokenSources(String name, String file, List<String> lines) {
    Compilation c = compile(file, lines);
    noInternalError(c);
    assertEquals(List.of(), ours(c), () -> diagnostics(c).toString());
    assertEquals(Compilation.Status.FAILURE, c.status(), () -> diagnostics(c).toString());
  }

  static Stream<Arguments> brokenSources() {
    String imp = "import dev.smtpstatus.api.Replies;";
    String bad = "@Replies(code = 452, status = \"5.3.4\")";
    return Stream.of(
        Arguments.of(
            "unclosed class",
            "test.Handler",
            List.of("package test;", imp, "class Handler {", bad, "void m() {}")),
        Arguments.of(
            "unclosed annotation",
            "test.Handler",
            List.of(
                "package test;",
                imp,
                "class Handler {",
                "@Replies(code = 452, status = \"5.3.4\"",
                "void m() {}",
                "}")),
        Arguments.of(
            "unterminated string",
            "test.Handler",
            List.of(
                "package test;",
                imp,
                "class Handler {",
                "@Replies(code = 452, status = \"5.3.4)",
                "void m() {}",
                "}")),
        Arguments.of(
            "missing semicolon",
            "test.Handler",
            List.of("package test;", imp, "class Handler {", bad, "void m() { int x = 1 }", "}")),
        Arguments.of(
            "missing import",
            "test.Handler",
            List.of("package test;", "class Handler {", bad, "void m() {}", "}")),
        Arguments.of(
            "wrong import",
            "test.Handler",
            List.of(
                "package test;",
                "import dev.smtpstatus.Replies;",
                "class Handler {",
                bad,
                "void m() {}",
                "}")),
        Arguments.of(
            "duplicate member",
            "test.Handler",
            List.of(
                "package test;",
                imp,
                "class Handler {",
                "@Replies(code = 552, code = 552, status = \"5.3.4\")",
                "void m() {}",
                "}")),
        Arguments.of(
            "unknown member",
            "test.Handler",
            List.of(
                "package test;",
                imp,
                "class Handler {",
                "@Replies(code = 552, status = \"5.3.4\", text = \"x\")",
                "void m() {}",
                "}")),
        Arguments.of(
            "array for int",
            "test.Handler",
            List.of(
                "package test;",
                imp,
                "class Handler {",
                "@Replies(code = {452}, status = \"5.3.4\")",
                "void m() {}",
                "}")),
        Arguments.of(
            "non-constant",
            "test.Handler",
            List.of(
                "package test;",
                imp,
                "class Handler {",
                "static int c = 452;",
                "@Replies(code = c, status = \"5.3.4\")",
                "void m() {}",
                "}")),
        Arguments.of(
            "garbage", "test.Handler", List.of("package test;", imp, "@@@ class {{ Replies(")),
        Arguments.of("empty file but an annotation", "test.Handler", List.of(imp, bad)),
        Arguments.of(
            "on a local variable",
            "test.Handler",
            List.of(
                "package test;", imp, "class Handler {", "void m() {", bad, "int x = 1; }", "}")));
  }

  @Test
  void aHandWrittenContainerIsCheckedLikeRepeatedAnnotations() {
    List<String> lines =
        List.of(
            "package test;", // 1
            "import dev.smtpstatus.api.Replies;", // 2
            "class Handler {", // 3
            "  @Replies.List({@Replies(code = 552, status = \"5.3.4\"),", // 4
            "      @Replies(code = 452, status = \"5.3.4\")})", // 5
            "  void m() {}", // 6
            "  @Replies.List({})", // 7
            "  void none() {}", // 8
            "}");
    Compilation c = compile("test.Handler", lines);
    noInternalError(c);
    assertEquals(expected(452, "5.3.4", 5, 5, false), ours(c));
  }

  @Test
  void onAPackageOrAModuleJavacRefusesAndTheProcessorAddsNothingElse() {
    Compilation pkg =
        compile(
            "test.package-info",
            List.of(
                "@dev.smtpstatus.api.Replies(code = 452, status = \"5.3.4\")", "package test;"));
    noInternalError(pkg);
    List<String> want = expected(452, "5.3.4", 1, 1, false);
    assertTrue(ours(pkg).isEmpty() || want.equals(ours(pkg)), () -> diagnostics(pkg).toString());
    assertEquals(Compilation.Status.FAILURE, pkg.status());

    Compilation module =
        compile(
            "module-info",
            List.of(
                "@dev.smtpstatus.api.Replies(code = 452, status = \"5.3.4\")", "module test {}"));
    noInternalError(module);
    assertTrue(
        ours(module).isEmpty() || want.equals(ours(module)), () -> diagnostics(module).toString());
    assertEquals(Compilation.Status.FAILURE, module.status());
  }

  @Test
  void withoutTheAnnotationsJarTheCompilerReportsTheMissingTypeAndTheProcessorNothing() {
    long start = System.nanoTime();
    Compilation c =
        Compiler.javac()
            .withProcessors(new RepliesProcessor(), new BodyScanProcessor())
            .withClasspath(List.of())
            .compile(
                JavaFileObjects.forSourceLines(
                    "test.Handler",
                    "package test;",
                    "import dev.smtpstatus.api.Replies;",
                    "class Handler {",
                    "  @Replies(code = 452, status = \"5.3.4\")",
                    "  void m() {}",
                    "}"));
    NANOS.add(System.nanoTime() - start);
    noInternalError(c);
    assertEquals(List.of(), ours(c));
    assertEquals(Compilation.Status.FAILURE, c.status());
    assertTrue(
        c.errors().stream().anyMatch(d -> d.getMessage(Locale.ROOT).contains("dev.smtpstatus.api")),
        () -> diagnostics(c).toString());
  }

  @AfterAll
  static void printTimes() {
    if (NANOS.isEmpty()) {
      return;
    }
    List<Long> sorted = new ArrayList<>(NANOS);
    sorted.sort(null);
    long total = sorted.stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        Locale.ROOT,
        "processor corpus: %d sources compiled with the processor, %.1f ms mean, %.1f ms median,"
            + " %.1f ms max (javac included)%n",
        sorted.size(),
        total / 1e6 / sorted.size(),
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6);
  }

  private static Compilation compile(String name, List<String> lines) {
    long start = System.nanoTime();
    Compilation c =
        Compiler.javac()
            .withProcessors(new RepliesProcessor(), new BodyScanProcessor())
            .compile(JavaFileObjects.forSourceLines(name, lines));
    NANOS.add(System.nanoTime() - start);
    return c;
  }

  private static void noInternalError(Compilation c) {
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String m = d.getMessage(Locale.ROOT);
      assertFalse(
          m.contains("smtp-status/InternalError") || m.contains("smtp-status/EngineMissing"), m);
      // javac's own crash report, should the processor ever throw at it.
      assertFalse(m.contains("An annotation processor threw an uncaught exception"), m);
    }
  }

  private static List<String> sorted(List<String> l) {
    List<String> s = new ArrayList<>(l);
    s.sort(null);
    return s;
  }
}
