// Not compiled by the build: a harness for callgrind (cg.sh, benchmarks/README.md).
import dev.smtpstatus.*;
import java.lang.management.*;
import java.nio.charset.StandardCharsets;

public class Harness {
  static final String SESSION =
      "220 mx.example.com ESMTP Postfix (Debian/GNU) ready at Wed, 2 Dec 2026 14:00:00 +0000\r\n"
          + "250-mx.example.com Hello client.example.org [192.0.2.10]\r\n"
          + "250-SIZE 52428800\r\n"
          + "250-8BITMIME\r\n"
          + "250-PIPELINING\r\n"
          + "250-ENHANCEDSTATUSCODES\r\n"
          + "250-SMTPUTF8\r\n"
          + "250 CHUNKING\r\n"
          + "250 2.1.0 Sender <alice@example.org> OK\r\n"
          + "250 2.1.5 Recipient <bob@example.com> OK\r\n"
          + "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
          + "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
          + "550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser\r\n"
          + "354 End data with <CR><LF>.<CR><LF>\r\n"
          + "250 2.0.0 Ok: queued as 4ABCD12345 <20261202140000.1234@client.example.org>\r\n"
          + "221 2.0.0 Bye\r\n";
  static byte[] bytes = SESSION.repeat(16).getBytes(StandardCharsets.US_ASCII);
  static int sink;

  static void reader(int chunk) {
    ReplyReader reader = ReplyParser.defaults().newReader();
    ReplyReader.Handler h = r -> sink += r.getLines().size();
    for (int off = 0; off < bytes.length; off += chunk) {
      reader.feed(bytes, off, Math.min(chunk, bytes.length - off), h);
    }
    reader.finish(h);
  }

  static void scan(int chunk) {
    for (int off = 0; off < bytes.length; off += chunk) {
      int n = 0;
      int end = off + Math.min(chunk, bytes.length - off);
      for (int i = off; i < end; i++) if (bytes[i] == '\n') n++;
      sink += n;
    }
  }

  public static void main(String[] a) {
    String mode = a[0];
    int chunk = Integer.parseInt(a[1]);
    int warm = Integer.parseInt(a[2]);
    int meas = Integer.parseInt(a[3]);
    Runnable r = mode.equals("reader") ? () -> reader(chunk) : () -> scan(chunk);
    for (int i = 0; i < warm; i++) r.run();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long b0 = mx.getThreadAllocatedBytes(id);
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < meas; i++) r.run();
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    long b1 = mx.getThreadAllocatedBytes(id);
    if (meas > 0)
    System.out.printf("%s chunk=%d: %.3f us/op wall, %.3f us/op cpu, %.1f B/op, %.1f B/reply%n", mode, chunk,
        (t1 - t0) / 1e3 / meas, (c1 - c0) / 1e3 / meas, (b1 - b0) / (double) meas, (b1 - b0) / (double) meas / 128);
    System.out.println("sink " + sink);
  }
}
