package dev.smtpstatus.benchmarks;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.testkit.SmtpGenerators;
import dev.smtpstatus.testkit.StatusCodeKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link EnhancedStatusCode#parse} against a regex parser, a split parser and a loop that only
 * reads the characters. Each invocation parses the same {@value #N} texts, drawn with a fixed seed
 * from the testkit: registered codes (all 81 details, classes 2/4/5), or any well-formed codes.
 *
 * <p>The fork uses the serial collector and a fixed 1 GB heap: on a shared 2-core machine, G1's
 * concurrent threads compete for the cores and make the allocating baselines slower and far
 * noisier. The serial collector is the kinder setting for them, so the ratios are conservative.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class EnhancedStatusCodeParseBenchmark {
  static final int N = 256;

  /** Which codes: {@code REGISTERED} (cached, no allocation) or {@code WELL_FORMED}. */
  @Param({"REGISTERED", "WELL_FORMED"})
  public String kind;

  private String[] texts;

  @Setup
  public void setUp() {
    List<String> drawn =
        SmtpGenerators.enhancedStatusCodeTexts(StatusCodeKind.valueOf(kind)).take(N, 42L);
    texts = new String[N];
    for (int i = 0; i < N; i++) {
      // Fresh strings, as a reader would produce them, not interned literals.
      texts[i] = new String(drawn.get(i).toCharArray());
      // The baselines must do the same job: the same numbers on every input.
      EnhancedStatusCode c = EnhancedStatusCode.parse(texts[i]);
      int packed =
          c.getClassNumber() * 1_000_000 + c.getSubjectNumber() * 1000 + c.getDetailNumber();
      if (Baselines.regex(texts[i]) != packed || Baselines.split(texts[i]) != packed) {
        throw new IllegalStateException("a baseline reads " + texts[i] + " differently");
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void smtpStatus(Blackhole bh) {
    for (String t : texts) {
      bh.consume(EnhancedStatusCode.parse(t));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void regexBaseline(Blackhole bh) {
    for (String t : texts) {
      bh.consume(Baselines.regex(t));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void splitBaseline(Blackhole bh) {
    for (String t : texts) {
      bh.consume(Baselines.split(t));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void readOnlyLimit(Blackhole bh) {
    for (String t : texts) {
      bh.consume(Baselines.readOnly(t));
    }
  }
}
