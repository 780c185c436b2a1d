package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nothing lost under load: many threads, each with its own {@link ReplyReader}, read streams cut at
 * random places while they all hit the shared caches (the registry, the cached codes, the findings
 * remembered per pair, messages composed on first use) from a cold start. Every reply each thread
 * reads is compared with what a single thread computes without the caches; a race that loses or
 * mixes up a reply, a finding or a message fails the test, not only an exception.
 */
class ConcurrencyStressTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 12;

  /** Every registered status with a code of each class, and some unusual pairs: many findings. */
  private static List<String> replyLines() {
    List<String> lines = new ArrayList<>();
    int[] codes = {250, 251, 421, 450, 451, 452, 550, 551, 552, 553, 554, 555};
    int n = 0;
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      for (int cls : new int[] {2, 4, 5}) {
        int code = codes[n++ % codes.length];
        String status =
            cls + "." + e.getDetail().getSubject().getNumber() + "." + e.getDetail().getNumber();
        lines.add(code + " " + status + " " + e.getTitle());
      }
    }
    lines.add("550 5.999.999 unregistered");
    lines.add("250-first\r\n250-5.1.1 second\r\n250 2.0.0 mixed");
    return lines;
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void readersAndSharedCachesUnderLoad() throws Exception {
    List<String> texts = replyLines();
    // What each reply must be, computed without any cache: the rule engine directly.
    List<List<Finding>> findings = new ArrayList<>();
    for (String t : texts) {
      String last = t.substring(t.lastIndexOf('\n') + 1);
      EnhancedStatusCode status = EnhancedStatusCode.parseOrNull(last.substring(4).split(" ")[0]);
      findings.add(
          status == null
              ? List.of()
              : Compatibility.check(ReplyCode.parse(last.substring(0, 3)), status));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        clearPairCache();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          long seed = round * 1000L + t;
          results.add(pool.submit(worker(texts, findings, seed, start)));
        }
        start.countDown();
        for (Future<Integer> f : results) {
          assertEquals(texts.size(), f.get(2, TimeUnit.MINUTES));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Integer> worker(
      List<String> texts, List<List<Finding>> findings, long seed, CountDownLatch start) {
    return () -> {
      Random random = new Random(seed);
      // Each thread reads the replies in its own order, so the threads fill the caches in
      // different orders at once.
      Integer[] order = new Integer[texts.size()];
      Arrays.setAll(order, i -> i);
      java.util.Collections.shuffle(Arrays.asList(order), random);
      StringBuilder wire = new StringBuilder();
      for (int i : order) {
        wire.append(texts.get(i)).append("\r\n");
      }
      byte[] bytes = wire.toString().getBytes(StandardCharsets.UTF_8);
      start.await();
      ReplyReader reader = ReplyParser.defaults().newReader();
      List<SmtpReply> read = new ArrayList<>();
      int pos = 0;
      while (pos < bytes.length) {
        int n = Math.min(bytes.length - pos, 1 + random.nextInt(64));
        reader.feed(bytes, pos, n, read::add);
        pos += n;
      }
      reader.finish(read::add);
      assertEquals(texts.size(), read.size());
      for (int k = 0; k < order.length; k++) {
        SmtpReply reply = read.get(k);
        String text = texts.get(order[k]);
        List<Finding> want = findings.get(order[k]);
        assertEquals(text.substring(0, 3), reply.getCode().toString(), text);
        if (text.contains("mixed")) {
          assertEquals(
              1,
              reply.getFindings().stream().filter(f -> f.getRule() == Rule.MIXED_STATUS).count(),
              text);
          assertEquals(List.of("first", "second", "2.0.0 mixed"), reply.getLines(), text);
          continue;
        }
        // Equal findings: same rules, same messages, composed by whichever thread came first.
        assertEquals(want, reply.getFindings(), text);
        for (int f = 0; f < want.size(); f++) {
          assertEquals(want.get(f).toString(), reply.getFindings().get(f).toString(), text);
        }
        EnhancedStatusCode status = reply.getStatus();
        if (status != null && status.isRegistered()) {
          assertSame(status, EnhancedStatusCode.parse(status.toString()), text);
          assertSame(
              status.getRegisteredDetail(),
              StatusCodeRegistry.iana().get(status).getDetail(),
              text);
        }
        assertSame(reply.getCode(), ReplyCode.of(reply.getCode().getValue()));
      }
      return read.size();
    };
  }

  /** Empties the findings remembered per pair, so each round starts cold. */
  private static void clearPairCache() throws ReflectiveOperationException {
    Field f = PairFindings.class.getDeclaredField("CACHE");
    f.setAccessible(true);
    Arrays.fill((Object[][]) f.get(null), null);
  }
}
