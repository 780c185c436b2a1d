package dev.smtpstatus.benchmarks;

import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.ReplyReader;
import dev.smtpstatus.SmtpReply;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link ReplyReader} over a stream of {@value #REPLIES} replies (from the testkit, fixed seed),
 * fed in chunks of {@code chunk} bytes as a socket gives them, against a loop that merely scans the
 * same bytes for line ends. One operation reads the whole stream.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class ReplyReaderBenchmark {
  static final int REPLIES = 64;

  /** Bytes per feed: a small read, and a TCP segment's worth. */
  @Param({"64", "1460"})
  public int chunk;

  /** Which replies: see {@link Inputs#replies}. */
  @Param({"LISTED", "TESTKIT"})
  public String mix;

  private byte[] bytes;

  @Setup
  public void setUp() {
    StringBuilder b = new StringBuilder();
    for (SmtpReply r : Inputs.replies(mix, REPLIES, false)) {
      r.appendTo(b);
    }
    bytes = b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public void smtpStatus(Blackhole bh) {
    ReplyReader reader = ReplyParser.defaults().newReader();
    ReplyReader.Handler handler = bh::consume;
    for (int off = 0; off < bytes.length; off += chunk) {
      reader.feed(bytes, off, Math.min(chunk, bytes.length - off), handler);
    }
    reader.finish(handler);
  }

  @Benchmark
  public void scanLimit(Blackhole bh) {
    for (int off = 0; off < bytes.length; off += chunk) {
      bh.consume(Baselines.countLineEnds(bytes, off, Math.min(chunk, bytes.length - off)));
    }
  }
}
