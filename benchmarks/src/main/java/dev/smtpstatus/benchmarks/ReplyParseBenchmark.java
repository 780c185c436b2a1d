package dev.smtpstatus.benchmarks;

import dev.smtpstatus.SmtpReply;
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
 * {@link SmtpReply#parse} of one-line replies against a regex line parser and a loop that only
 * reads the characters. The {@value #N} lines come from the testkit with a fixed seed (see {@link
 * Inputs#replies}), text up to 512 octets. The regex parser returns code, status text and line text
 * and checks nothing else; the library also checks the pair and keeps its findings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class ReplyParseBenchmark {
  static final int N = 256;

  /**
   * Which replies: see {@link Inputs#replies}; {@code SESSION}: the one-line replies of {@link
   * Inputs#SESSION} (13 to 85 characters), repeated.
   */
  @Param({"LISTED", "TESTKIT", "SESSION"})
  public String mix;

  private String[] lines;

  @Setup
  public void setUp() {
    List<String> session = Inputs.sessionLines();
    List<SmtpReply> drawn = mix.equals("SESSION") ? List.of() : Inputs.replies(mix, N, true);
    lines = new String[N];
    for (int i = 0; i < N; i++) {
      lines[i] = mix.equals("SESSION") ? session.get(i % session.size()) : drawn.get(i).format();
      // The baseline must do the same job: same code and status on every input.
      SmtpReply reply = SmtpReply.parse(lines[i]);
      Baselines.HandReply hand = Baselines.regexLine(lines[i]);
      if (hand == null
          || hand.code != reply.getCode().getValue()
          || !String.valueOf(reply.getStatus()).equals(String.valueOf(hand.status))) {
        throw new IllegalStateException("the regex baseline reads " + lines[i] + " differently");
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void smtpStatus(Blackhole bh) {
    for (String l : lines) {
      bh.consume(SmtpReply.parse(l));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void regexBaseline(Blackhole bh) {
    for (String l : lines) {
      bh.consume(Baselines.regexLine(l));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void readOnlyLimit(Blackhole bh) {
    for (String l : lines) {
      bh.consume(Baselines.readOnly(l));
    }
  }
}
