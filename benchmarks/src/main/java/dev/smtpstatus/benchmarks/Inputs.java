package dev.smtpstatus.benchmarks;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.testkit.Generator;
import dev.smtpstatus.testkit.ReplyCodeStatusPair;
import dev.smtpstatus.testkit.SmtpGenerators;
import java.util.ArrayList;
import java.util.List;

/** Benchmark inputs, drawn from the testkit with a fixed seed. */
final class Inputs {
  private Inputs() {}

  /**
   * {@code count} replies. {@code TESTKIT}: the testkit's own mix (a third without status, the rest
   * any compatible pair, often unregistered or unlisted, so most carry warnings). {@code LISTED}:
   * the same texts, each with a pair the registry lists, as well-behaved servers send.
   */
  static List<SmtpReply> replies(String mix, int count, boolean oneLine) {
    Generator<SmtpReply> g =
        oneLine ? SmtpGenerators.oneLineReplies() : SmtpGenerators.smtpReplies();
    List<SmtpReply> drawn = g.take(count, 42L);
    if (mix.equals("TESTKIT")) {
      return drawn;
    }
    if (!mix.equals("LISTED")) {
      throw new IllegalArgumentException("mix " + mix + ": TESTKIT or LISTED");
    }
    List<ReplyCodeStatusPair> pairs = SmtpGenerators.listedPairs().take(count, 42L);
    List<SmtpReply> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ReplyCodeStatusPair p = pairs.get(i);
      List<String> lines = drawn.get(i).getLines();
      SmtpReply r;
      try {
        r = SmtpReply.of(p.getReplyCode(), p.getStatus(), lines);
      } catch (IllegalArgumentException tooLongWithThisStatus) {
        r = SmtpReply.of(p.getReplyCode(), p.getStatus(), List.of("OK"));
      }
      out.add(r);
    }
    return out;
  }
}
