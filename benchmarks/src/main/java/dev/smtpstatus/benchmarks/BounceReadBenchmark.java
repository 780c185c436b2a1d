package dev.smtpstatus.benchmarks;

import dev.smtpstatus.dsn.Bounce;
import dev.smtpstatus.dsn.BounceReader;
import dev.smtpstatus.dsn.BouncedRecipient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
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
 * {@link BounceReader#read(byte[])} over {@value #COUNT} typical bounces ({@link BounceInputs}:
 * 5–20 KB, half RFC 3464 reports, half free text, each returning the original message), against
 * three baselines on the same bytes:
 *
 * <ul>
 *   <li>{@code readOnlyLimit}: a loop that only reads every byte (the floor);
 *   <li>{@code mime4jDom}: Mime4j's {@link DefaultMessageBuilder} building the message's DOM, no
 *       extraction — what a user would write first;
 *   <li>{@code mime4jStream}: Mime4j's {@link MimeTokenStream} walking every entity and draining
 *       every body through its transfer decoding, no extraction.
 * </ul>
 *
 * <p>One operation is one message ({@link OperationsPerInvocation}), so the score is messages per
 * second and {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes allocated per message. MB/s is
 * the score times the mean size, which setup prints. {@code size=LARGE} adds a 2 MB base64
 * attachment to each returned message, to show that allocation follows the caps, not the input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class BounceReadBenchmark {
  static final int COUNT = 40;

  /** {@code TYPICAL}: 5–20 KB. {@code LARGE}: the same with a 2 MB attachment returned. */
  @Param({"TYPICAL"})
  public String size;

  private byte[][] messages;
  private final MimeConfig config = MimeConfig.PERMISSIVE;

  @Setup
  public void setUp() {
    List<BounceInputs.Sample> samples = BounceInputs.samples(COUNT);
    messages = new byte[COUNT][];
    for (int i = 0; i < COUNT; i++) {
      BounceInputs.Sample s = samples.get(i);
      byte[] b = size.equals("LARGE") ? BounceInputs.withLargeAttachment(s.bytes()) : s.bytes();
      messages[i] = b;
      Bounce bounce = BounceReader.defaults().read(b);
      List<BouncedRecipient> rs = bounce.getRecipients();
      String got =
          rs.isEmpty()
              ? "nothing"
              : rs.get(0).getRecipient() + " " + rs.get(0).getStatus() + " " + bounce.getFormat();
      if (rs.isEmpty()
          || !rs.get(0).getRecipient().equals(s.recipient())
          || rs.get(0).getStatus() == null
          || !rs.get(0).getStatus().toString().equals(s.status())) {
        throw new IllegalStateException(
            s.shape() + ": expected " + s.recipient() + " " + s.status() + ", read " + got);
      }
    }
    long total = 0;
    for (byte[] m : messages) {
      total += m.length;
    }
    System.out.printf(
        "%n%d messages, %d bytes, mean %.1f KB (MB/s = messages/s x %.6f)%n",
        COUNT, total, total / 1024.0 / COUNT, total / 1e6 / COUNT);
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void smtpStatus(Blackhole bh) {
    for (byte[] m : messages) {
      bh.consume(BounceReader.defaults().read(m));
    }
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void readOnlyLimit(Blackhole bh) {
    for (byte[] m : messages) {
      bh.consume(Baselines.sumBytes(m));
    }
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void mime4jDom(Blackhole bh) throws IOException {
    for (byte[] m : messages) {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(config);
      Message message = builder.parseMessage(new ByteArrayInputStream(m));
      bh.consume(message);
      message.dispose();
    }
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void mime4jStream(Blackhole bh) throws IOException, MimeException {
    byte[] buffer = new byte[8192];
    for (byte[] m : messages) {
      MimeTokenStream stream = new MimeTokenStream(config);
      stream.parse(new ByteArrayInputStream(m));
      for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
        if (s == EntityState.T_FIELD) {
          bh.consume(stream.getField());
        } else if (s == EntityState.T_BODY) {
          try (InputStream in = stream.getDecodedInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
              bh.consume(n);
            }
          }
        }
      }
    }
  }
}
