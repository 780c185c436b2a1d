package dev.smtpstatus.benchmarks;

import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.ReplyReader;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.smtp.SmtpResponse;
import io.netty.handler.codec.smtp.SmtpResponseDecoder;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A client reading the replies of {@value #SESSIONS} SMTP sessions ({@link Inputs#SESSION}: a
 * greeting, a multiline EHLO answer, MAIL, two RCPTs, one refused with a 3-line 550, DATA, the end
 * of data, QUIT; 16 lines of 12 to 85 characters, 8 replies, 687 bytes) from one connection, in
 * chunks of {@code chunk} bytes, three ways: {@link ReplyReader#feed}; Netty's {@code
 * SmtpResponseDecoder} through an {@code EmbeddedChannel} (as a Netty client gets them; it splits
 * lines and reads the code, but neither validates nor parses enhanced status codes); and a loop
 * that only counts the line ends of the same chunks, the limit of any reader (issue 11). One
 * operation reads the whole stream.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class SessionBenchmark {
  static final int SESSIONS = 16;

  /** Bytes per feed: a small read, and a TCP segment's worth. */
  @Param({"64", "1460"})
  public int chunk;

  private byte[] bytes = new byte[0];
  private EmbeddedChannel netty = new EmbeddedChannel();

  @Setup
  public void setUp() {
    bytes = Inputs.SESSION.repeat(SESSIONS).getBytes(StandardCharsets.US_ASCII);
    netty = new EmbeddedChannel(new SmtpResponseDecoder(ReplyParser.DEFAULT_MAX_LINE_LENGTH));
    // Both must see every reply: the same count, and the same codes in the same order.
    int[] ours = new int[1];
    StringBuilder codes = new StringBuilder();
    ReplyReader reader = ReplyParser.defaults().newReader();
    ReplyReader.Handler count =
        r -> {
          ours[0]++;
          codes.append(r.getCode().getValue()).append(' ');
        };
    for (int off = 0; off < bytes.length; off += chunk) {
      reader.feed(bytes, off, Math.min(chunk, bytes.length - off), count);
    }
    reader.finish(count);
    StringBuilder theirs = new StringBuilder();
    int n = nettyRead(r -> theirs.append(((SmtpResponse) r).code()).append(' '));
    int expected = SESSIONS * Inputs.SESSION_REPLIES;
    if (ours[0] != expected || n != expected || !codes.toString().equals(theirs.toString())) {
      throw new IllegalStateException(
          "replies: smtp-status " + ours[0] + ", Netty " + n + ", expected " + expected);
    }
    int lines = 0;
    for (int off = 0; off < bytes.length; off += chunk) {
      lines += Baselines.countLineEnds(bytes, off, Math.min(chunk, bytes.length - off));
    }
    if (lines != SESSIONS * Inputs.SESSION.split("\n").length) {
      throw new IllegalStateException("the scan counts " + lines + " line ends");
    }
  }

  @TearDown
  public void tearDown() {
    netty.finishAndReleaseAll();
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
  public int netty(Blackhole bh) {
    return nettyRead(bh::consume);
  }

  @Benchmark
  public void scanLimit(Blackhole bh) {
    for (int off = 0; off < bytes.length; off += chunk) {
      bh.consume(Baselines.countLineEnds(bytes, off, Math.min(chunk, bytes.length - off)));
    }
  }

  private interface Sink {
    void accept(Object response);
  }

  /** Feeds the stream to the Netty channel chunk by chunk and drains its replies. */
  private int nettyRead(Sink sink) {
    int n = 0;
    for (int off = 0; off < bytes.length; off += chunk) {
      netty.writeInbound(Unpooled.wrappedBuffer(bytes, off, Math.min(chunk, bytes.length - off)));
      Object response;
      while ((response = netty.readInbound()) != null) {
        sink.accept(response);
        n++;
      }
    }
    return n;
  }
}
