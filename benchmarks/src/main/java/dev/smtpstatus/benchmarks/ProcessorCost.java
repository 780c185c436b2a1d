package dev.smtpstatus.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link ProcessorBenchmark}'s compilations, interleaved: each round compiles the same sources once
 * under every variant, one after the other, and the ratios are taken within a round, then the
 * median over the rounds. On a shared machine whose load drifts over minutes, JMH's
 * one-variant-after-the-other runs compare variants measured under different loads; pairs measured
 * seconds apart do not. Besides wall time it records the compiling thread's CPU time, which another
 * process's load hardly moves (javac runs on this thread; the serial collector's pauses and the JIT
 * compiler run on others and are left out of that figure).
 *
 * <pre>
 * java -XX:+UseSerialGC -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar \
 *     dev.smtpstatus.benchmarks.ProcessorCost [ROUNDS [WARM-UP ROUNDS]]
 * </pre>
 */
public final class ProcessorCost {
  private ProcessorCost() {}

  /**
   * Runs the rounds and prints per variant the median wall and CPU time, and the median ratios of
   * {@code SMTP_STATUS} to {@code NOOP} and to {@code NONE}.
   *
   * @param args the number of measured rounds (default 10) and of warm-up rounds (default 3)
   * @throws IOException if the in-memory file manager cannot be closed
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> variants = ProcessorBenchmark.VARIANTS;
    List<HandlerSources.Source> sources =
        HandlerSources.generate(
            ProcessorBenchmark.CLASSES, ProcessorBenchmark.METHODS_PER_CLASS, false);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (InMemoryJavac javac = new InMemoryJavac()) {
      for (String v : variants) {
        ProcessorBenchmark.check(javac, sources, v);
      }
      System.out.println("set-up checks passed; load average " + loadAverage());
      double[][] wall = new double[variants.size()][rounds];
      double[][] cpu = new double[variants.size()][rounds];
      for (int r = -warmup; r < rounds; r++) {
        // Rotate the order each round, so no variant always runs first after a pause.
        for (int k = 0; k < variants.size(); k++) {
          int v = Math.floorMod(k + r, variants.size());
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          boolean ok =
              javac.compile(sources, ProcessorBenchmark.processors(variants.get(v))).success;
          long t1 = System.nanoTime();
          long c1 = threads.getCurrentThreadCpuTime();
          if (!ok) {
            throw new IllegalStateException(variants.get(v) + " failed to compile");
          }
          if (r >= 0) {
            wall[v][r] = (t1 - t0) / 1e6;
            cpu[v][r] = (c1 - c0) / 1e6;
          }
        }
        System.out.println(
            (r < 0 ? "warm-up " : "round ") + r + " done; load average " + loadAverage());
      }
      for (int v = 0; v < variants.size(); v++) {
        System.out.printf(
            Locale.ROOT,
            "%-16s wall median %8.0f ms (min %8.0f)   cpu median %8.0f ms (min %8.0f)%n",
            variants.get(v),
            median(wall[v]),
            min(wall[v]),
            median(cpu[v]),
            min(cpu[v]));
      }
      int smtp = variants.indexOf("SMTP_STATUS");
      for (String base : List.of("NOOP", "NOOP_SAME_TYPES", "NONE")) {
        int b = variants.indexOf(base);
        System.out.printf(
            Locale.ROOT,
            "SMTP_STATUS / %-16s wall %.3f (%s)   cpu %.3f (%s)%n",
            base,
            median(ratios(wall[smtp], wall[b])),
            range(ratios(wall[smtp], wall[b])),
            median(ratios(cpu[smtp], cpu[b])),
            range(ratios(cpu[smtp], cpu[b])));
      }
    }
  }

  private static double[] ratios(double[] a, double[] b) {
    double[] q = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      q[i] = a[i] / b[i];
    }
    return q;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static double min(double[] xs) {
    return Arrays.stream(xs).min().orElse(Double.NaN);
  }

  /** The smallest and largest ratio, as "min–max". */
  private static String range(double[] xs) {
    return String.format(
        Locale.ROOT, "%.3f–%.3f", min(xs), Arrays.stream(xs).max().orElse(Double.NaN));
  }

  /** The 1, 5 and 15 minute load averages (Linux), or the 1 minute one from the JVM. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
