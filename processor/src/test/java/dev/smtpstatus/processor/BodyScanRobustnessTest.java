package dev.smtpstatus.processor;

import static dev.smtpstatus.processor.RepliesToProcessorTest.located;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The body scan on every shape of Java code a call can stand in: each source holds calls that build
 * {@code 452 5.3.4} (marked {@code BAD}, an error) and {@code 552 5.3.4} (clean). The scan reports
 * exactly one error per marked line, nothing else, and never fails; where the source has errors of
 * its own, it adds nothing but its findings.
 */
class BodyScanRobustnessTest {
  private static final String BAD = "SmtpReply.of(452, \"5.3.4\")";
  private static final String GOOD = "SmtpReply.of(552, \"5.3.4\")";

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape(
            "generic method",
            "class Handler {",
            "  <T extends Comparable<T>> T g(T t) {",
            "    Object o = " + BAD + "; // BAD",
            "    Object p = " + GOOD + ";",
            "    return t;",
            "  }",
            "}"),
        shape(
            "record",
            "record Handler(int code) {",
            "  Handler {",
            "    Object o = " + BAD + "; // BAD",
            "  }",
            "  Object m() { return " + GOOD + "; }",
            "}"),
        shape(
            "enum with constant bodies",
            "enum Handler {",
            "  A { Object m() { return " + BAD + "; } }, // BAD",
            "  B { Object m() { return " + GOOD + "; } };",
            "  abstract Object m();",
            "  Handler() { Object o = " + GOOD + "; }",
            "}"),
        shape(
            "interface default and static methods",
            "interface Handler {",
            "  default Object m() { return " + BAD + "; } // BAD",
            "  static Object s() { return " + GOOD + "; }",
            "}"),
        shape(
            "nested, inner and anonymous classes",
            "class Handler {",
            "  static class N {",
            "    Object m() { return " + BAD + "; } // BAD",
            "  }",
            "  class I {",
            "    Object m() { return " + GOOD + "; }",
            "  }",
            "  Runnable r = new Runnable() {",
            "    public void run() { Object o = " + BAD + "; } // BAD",
            "  };",
            "}"),
        shape(
            "lambdas and initializers",
            "class Handler {",
            "  static final java.util.function.Supplier<Object> S = () -> " + BAD + "; // BAD",
            "  static { Object o = " + GOOD + "; }",
            "  { Runnable r = () -> { Object o = " + BAD + "; }; } // BAD",
            "  java.util.function.Function<Integer, Object> f = i -> " + GOOD + ";",
            "}"),
        shape(
            "switch expressions",
            "class Handler {",
            "  Object m(int k) {",
            "    return switch (k) {",
            "      case 1 -> " + BAD + "; // BAD",
            "      case 2 -> { yield " + GOOD + "; }",
            "      default -> " + GOOD + ";",
            "    };",
            "  }",
            "}"),
        shape(
            "nested calls and method references",
            "class Handler {",
            "  Object m() { return java.util.List.of(" + BAD + ", " + GOOD + "); } // BAD",
            "  java.util.function.IntFunction<Object> f = dev.smtpstatus.ReplyCode::of;",
            "}"));
  }

  static Arguments shape(String name, String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import dev.smtpstatus.*;");
    lines.addAll(List.of(body));
    return Arguments.of(name, lines);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void oneErrorPerBadLineAndNothingElse(String name, List<String> lines) {
    Compilation c = BodyScanTest.compile(lines.toArray(String[]::new));
    noInternalError(c);
    Finding f = Compatibility.check(452, "5.3.4").get(0);
    List<String> want = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int from = 0;
      for (int at = line.indexOf(BAD, from); at >= 0; at = line.indexOf(BAD, at + 1)) {
        String where = (i + 1) + ":" + (at + BAD.indexOf("\"5.3.4\"") + 1);
        want.add(BodyScanTest.diagnostic(f, where, false));
      }
      assertEquals(line.contains("// BAD"), line.contains(BAD), line);
    }
    assertFalse(want.isEmpty());
    assertEquals(BodyScanTest.sorted(want), BodyScanTest.sorted(located(c)));
  }

  static Stream<Arguments> brokenSources() {
    return Stream.of(
        // An unrelated error: javac reports it, the scan still reports the bad call.
        Arguments.of(
            List.of(
                "package test;",
                "import dev.smtpstatus.*;",
                "class Handler {",
                "  int x = \"not an int\";",
                "  Object m() { return " + BAD + "; }",
                "}"),
            true),
        Arguments.of(
            List.of(
                "package test;",
                "import dev.smtpstatus.*;",
                "class Handler extends Missing {",
                "  Object m() { return " + BAD + "; }",
                "}"),
            null),
        // The call's own arguments or symbol do not resolve: javac's error alone.
        Arguments.of(
            List.of(
                "package test;",
                "import dev.smtpstatus.*;",
                "class Handler {",
                "  Object m() { return SmtpReply.of(MISSING, \"5.3.4\"); }",
                "}"),
            false),
        Arguments.of(
            List.of(
                "package test;",
                "class Handler {",
                "  Object m() { return SmtpReply.of(452, \"5.3.4\"); }",
                "}"),
            false),
        Arguments.of(
            List.of(
                "package test;",
                "import dev.smtpstatus.*;",
                "class Handler {",
                "  Object m() { return SmtpReply.of(452, 534); }",
                "}"),
            false),
        // A syntax error: nothing is analysed.
        Arguments.of(
            List.of(
                "package test;",
                "import dev.smtpstatus.*;",
                "class Handler {",
                "  Object m() { return " + BAD + " }",
                "}"),
            false));
  }

  /**
   * {@code reported}: true if the bad call is still reported, false if nothing of ours may appear,
   * null if either is javac's choice (it may stop before analysing the class).
   */
  @ParameterizedTest
  @MethodSource("brokenSources")
  void sourcesWithErrorsOfTheirOwn(List<String> lines, Boolean reported) {
    Compilation c = BodyScanTest.compile(lines.toArray(String[]::new));
    noInternalError(c);
    assertEquals(Compilation.Status.FAILURE, c.status());
    List<String> ours = Compilations.ours(c);
    Finding f = Compatibility.check(452, "5.3.4").get(0);
    boolean exactlyTheFinding =
        ours.size() == 1
            && ours.get(0).endsWith(Message.findingText(f.getTag(), f.getMessage(), false));
    if (reported == null) {
      assertTrue(ours.isEmpty() || exactlyTheFinding, ours::toString);
    } else if (reported) {
      assertTrue(exactlyTheFinding, () -> Compilations.diagnostics(c).toString());
    } else {
      assertEquals(List.of(), ours, () -> Compilations.diagnostics(c).toString());
    }
  }

  @Test
  void aDivisionByZeroIsNoConstantAndIsLeftToRunTime() {
    Compilation c =
        BodyScanTest.compile(
            "package test;",
            "import dev.smtpstatus.*;",
            "class Handler {",
            "  Object m() { return SmtpReply.of(452 / 0, \"5.3.4\"); }",
            "}");
    noInternalError(c);
    assertEquals(List.of(), Compilations.ours(c));
    assertEquals(Compilation.Status.SUCCESS, c.status()); // javac's own divzero warning only
  }

  /** A processing environment a build tool wraps around javac's, as Gradle's does. */
  static final class Wrapping implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;

    Wrapping(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return delegate.getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }

  /** The same wrapper with javac's environment out of reach (no field holds it). */
  static final class Opaque implements ProcessingEnvironment {
    private final Map<String, String> options;
    private final Messager messager;
    private final Filer filer;
    private final Elements elements;
    private final Types types;

    Opaque(ProcessingEnvironment env) {
      options = env.getOptions();
      messager = env.getMessager();
      filer = env.getFiler();
      elements = env.getElementUtils();
      types = env.getTypeUtils();
    }

    @Override
    public Map<String, String> getOptions() {
      return options;
    }

    @Override
    public Messager getMessager() {
      return messager;
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return elements;
    }

    @Override
    public Types getTypeUtils() {
      return types;
    }

    @Override
    public SourceVersion getSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public Locale getLocale() {
      return Locale.ROOT;
    }
  }

  /** Initialises a BodyScanProcessor with a wrapped environment, as a build tool would. */
  static final class Wrapped extends AbstractProcessor {
    final BodyScanProcessor inner = new BodyScanProcessor();
    private final boolean opaque;

    Wrapped(boolean opaque) {
      this.opaque = opaque;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      inner.init(opaque ? new Opaque(env) : new Wrapping(env));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      return false;
    }
  }

  @Test
  void aWrappedEnvironmentIsFollowedToJavacsAndAnOpaqueOneMeansAnnotationsOnly() {
    String[] lines = BodyScanTest.returning(BAD);
    Wrapped wrapping = new Wrapped(false);
    Compilation followed = Compilations.compile(List.of(wrapping), List.of(), lines);
    assertTrue(wrapping.inner.isScanning());
    assertEquals(1, Compilations.ours(followed).size(), () -> located(followed).toString());

    Wrapped opaque = new Wrapped(true);
    Compilation quiet = Compilations.compile(List.of(opaque), List.of(), lines);
    assertFalse(opaque.inner.isScanning());
    assertEquals(List.of(), located(quiet));
    assertEquals(Compilation.Status.SUCCESS, quiet.status());
  }

  @Test
  void underKaptTheScanIsNotInstalled() {
    BodyScanProcessor p = new BodyScanProcessor();
    Compilation c =
        Compilations.compile(
            List.of(p),
            List.of("-A" + BodyScanProcessor.KAPT_OPTION + "=/tmp/x"),
            BodyScanTest.returning(BAD));
    assertFalse(p.isScanning());
    assertEquals(List.of(), Compilations.ours(c));
  }

  private static void noInternalError(Compilation c) {
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String m = d.getMessage(Locale.ROOT);
      assertFalse(m.contains("smtp-status/InternalError"), m);
      assertFalse(m.contains("An annotation processor threw an uncaught exception"), m);
    }
  }
}
