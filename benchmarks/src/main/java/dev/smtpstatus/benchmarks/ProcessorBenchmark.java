package dev.smtpstatus.benchmarks;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.processor.BodyScanProcessor;
import dev.smtpstatus.processor.RepliesProcessor;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What smtp-status's processor adds to a compilation (issue 9, "Cost"): javac compiles, in memory,
 * {@value #CLASSES} handler classes of {@value #METHODS_PER_CLASS} methods ({@link HandlerSources}:
 * 5,000 {@code @Replies} methods, each building one reply with constant arguments in its body,
 * under a class-level {@code @RepliesTo}) in one of four ways:
 *
 * <ul>
 *   <li>{@code NONE}: {@code -proc:none}, javac alone;
 *   <li>{@code NOOP_SAME_TYPES}: one processor that supports the annotation types {@link
 *       RepliesProcessor} supports and does nothing but claim them;
 *   <li>{@code NOOP}: that processor and a second that supports {@code "*"} and claims nothing, as
 *       {@link BodyScanProcessor} does — the cost of annotation processing itself (rounds, element
 *       completion) that any pair of processors of this shape pays. The goal is measured against
 *       this one;
 *   <li>{@code SMTP_STATUS}: smtp-status's two processors, as javac's service lookup finds them in
 *       the processor jar: {@link RepliesProcessor} (annotations) and {@link BodyScanProcessor}
 *       (the body scan, a javac task listener).
 * </ul>
 *
 * <p>The goal is {@code SMTP_STATUS / NOOP ≤ 1.10}. One operation is one whole compilation (single
 * shot); class files are discarded. {@link #setUp} checks that the sources compile without a
 * diagnostic under every variant, and that the processor really reads them: a probe copy of the
 * sources, with one unusual declared pair and one undeclared built pair per class, must draw the
 * engine's warnings on every class's annotation and one {@code UndeclaredReply} per class from the
 * body scan. On a loaded machine, where the load drifts between the variants that JMH runs one
 * after the other, {@link ProcessorCost} runs the same compilations interleaved and pairs them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 8)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms2g", "-Xmx2g"})
public class ProcessorBenchmark {
  static final int CLASSES = 50;
  static final int METHODS_PER_CLASS = 100;

  /** How javac runs: without processors, with a no-op one, or with smtp-status's. */
  @Param({"NONE", "NOOP_SAME_TYPES", "NOOP", "SMTP_STATUS"})
  public String variant;

  private List<HandlerSources.Source> sources = List.of();
  private @Nullable InMemoryJavac javac;

  @Setup
  public void setUp() {
    sources = HandlerSources.generate(CLASSES, METHODS_PER_CLASS, false);
    InMemoryJavac j = new InMemoryJavac();
    javac = j;
    check(j, sources, variant);
  }

  /**
   * Checks that {@code sources} compile without a diagnostic under {@code variant} and, for {@code
   * SMTP_STATUS}, that the processor reads every class (the probe).
   *
   * @throws IllegalStateException if not
   */
  static void check(InMemoryJavac j, List<HandlerSources.Source> sources, String variant) {
    InMemoryJavac.Result clean = j.compile(sources, processors(variant));
    if (!clean.success || !clean.errorsAndWarnings().isEmpty()) {
      throw new IllegalStateException(variant + ": " + describe(clean.errorsAndWarnings()));
    }
    if (variant.equals("SMTP_STATUS")) {
      checkTheProcessorReadsEverything(j);
    }
  }

  /**
   * The probe sources must draw, from the real processor, the engine's findings for every class's
   * probe annotation and one {@code UndeclaredReply} per class from the body scan.
   */
  private static void checkTheProcessorReadsEverything(InMemoryJavac j) {
    List<HandlerSources.Source> probe = HandlerSources.generate(CLASSES, METHODS_PER_CLASS, true);
    InMemoryJavac.Result r = j.compile(probe, processors("SMTP_STATUS"));
    long annotationFindings = 0;
    for (int c = 0; c < CLASSES; c++) {
      annotationFindings +=
          Compatibility.check(
                  HandlerSources.commandOf(c),
                  HandlerSources.PROBE_CODE,
                  HandlerSources.PROBE_STATUS)
              .size();
    }
    long undeclared = r.count("smtp-status/UndeclaredReply");
    long bodyFindings = CLASSES; // one UndeclaredReply per class, from the body scan
    long expected = annotationFindings + bodyFindings;
    if (annotationFindings == 0
        || !r.success
        || undeclared != bodyFindings
        || r.errorsAndWarnings().size() != expected) {
      throw new IllegalStateException(
          "probe: expected "
              + annotationFindings
              + " annotation warnings and "
              + bodyFindings
              + " UndeclaredReply warnings, got "
              + undeclared
              + " UndeclaredReply of "
              + r.errorsAndWarnings().size()
              + ": "
              + describe(r.errorsAndWarnings()));
    }
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> ds) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(ds.size(), 5); i++) {
      b.append('\n').append(ds.get(i));
    }
    return ds.size() + " diagnostics" + b;
  }

  /** The variants, in the order {@link ProcessorCost} runs them. */
  static final List<String> VARIANTS = List.of("NONE", "NOOP_SAME_TYPES", "NOOP", "SMTP_STATUS");

  /** Fresh processors (javac initialises each once), or null for {@code -proc:none}. */
  static @Nullable List<Processor> processors(String variant) {
    switch (variant) {
      case "NONE":
        return null;
      case "NOOP_SAME_TYPES":
        return List.of(new NoopProcessor(SAME_TYPES));
      case "NOOP":
        return List.of(new NoopProcessor(SAME_TYPES), new NoopProcessor(Set.of("*")));
      case "SMTP_STATUS":
        return List.of(new RepliesProcessor(), new BodyScanProcessor());
      default:
        throw new IllegalArgumentException("variant " + variant);
    }
  }

  /** The annotation types smtp-status's processor supports. */
  private static final Set<String> SAME_TYPES =
      Set.of(RepliesProcessor.REPLIES, RepliesProcessor.REPLIES_LIST, RepliesProcessor.REPLIES_TO);

  @TearDown
  public void tearDown() throws IOException {
    if (javac != null) {
      javac.close();
    }
  }

  /** One whole compilation; returns whether it succeeded, so nothing is optimised away. */
  @Benchmark
  public boolean compile() {
    InMemoryJavac j = javac;
    if (j == null) {
      throw new IllegalStateException("not set up");
    }
    return j.compile(sources, processors(variant)).success;
  }

  /**
   * Supports the given annotation types, claims them and does nothing: the cost of running a
   * processor at all.
   */
  static final class NoopProcessor extends AbstractProcessor {
    private final Set<String> types;

    NoopProcessor(Set<String> types) {
      this.types = types;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return types;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      return !types.contains("*");
    }
  }
}
