package dev.smtpstatus.benchmarks;

import dev.smtpstatus.dsn.BounceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * Bounces read per second of the reading thread's CPU time, beside Mime4j's stream walk: a
 * companion to {@link BounceReadBenchmark} for a machine too loaded for wall-clock numbers (a
 * thread that gets an eighth of a core still counts its own CPU time). Each round reads the 40
 * {@link BounceInputs} for 3 s of CPU time, then walks them with Mime4j for 3 s; the first rounds
 * are warm-up. Run: {@code java -XX:+UseSerialGC -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar
 * dev.smtpstatus.benchmarks.BounceCpuTime [rounds]}.
 */
public final class BounceCpuTime {
  private static final long ROUND_CPU_NANOS = 3_000_000_000L;

  private BounceCpuTime() {}

  /** Prints one line per round: messages and MB per CPU-second, and the ratio to Mime4j. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<BounceInputs.Sample> samples = BounceInputs.samples(BounceReadBenchmark.COUNT);
    double meanBytes = (double) BounceInputs.totalBytes(samples) / samples.size();
    byte[] buffer = new byte[8192];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long n = 0;
      while (mx.getCurrentThreadCpuTime() - c0 < ROUND_CPU_NANOS) {
        for (BounceInputs.Sample s : samples) {
          sink += BounceReader.defaults().read(s.bytes()).getRecipients().size();
        }
        n += samples.size();
      }
      long c1 = mx.getCurrentThreadCpuTime();
      long m = 0;
      while (mx.getCurrentThreadCpuTime() - c1 < ROUND_CPU_NANOS) {
        for (BounceInputs.Sample s : samples) {
          sink += walk(s.bytes(), buffer);
        }
        m += samples.size();
      }
      long c2 = mx.getCurrentThreadCpuTime();
      double reader = n * 1e9 / (c1 - c0);
      double mime4j = m * 1e9 / (c2 - c1);
      System.out.printf(
          "round %d: smtpStatus %.0f msgs/CPU-s (%.1f MB/CPU-s), mime4jStream %.0f msgs/CPU-s,"
              + " ratio %.2f%n",
          round, reader, reader * meanBytes / 1e6, mime4j, mime4j / reader);
    }
    System.out.println(sink == 42 ? "" : "(sink " + sink + ")");
  }

  /** Mime4j's stream walk of {@link BounceReadBenchmark#mime4jStream}, returning a count. */
  static long walk(byte[] message, byte[] buffer) {
    try {
      MimeTokenStream stream = new MimeTokenStream(MimeConfig.PERMISSIVE);
      stream.parse(new ByteArrayInputStream(message));
      long n = 0;
      for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
        if (s == EntityState.T_FIELD) {
          n += stream.getField().getName().length();
        } else if (s == EntityState.T_BODY) {
          try (InputStream in = stream.getDecodedInputStream()) {
            int r;
            while ((r = in.read(buffer)) > 0) {
              n += r;
            }
          }
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MimeException e) {
      throw new IllegalStateException(e);
    }
  }
}
