package dev.smtpstatus.testkit;

import dev.smtpstatus.SmtpReply;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The reply stream generator: a few replies, then cut points by one of several strategies. */
final class ReplyStreamGenerators {
  private ReplyStreamGenerators() {}

  static final Generator<ReplyStream> STREAMS =
      Generator.of(edgeCases(), ReplyStreamGenerators::stream, ReplyStreamGenerators::shrink);

  private static List<ReplyStream> edgeCases() {
    List<SmtpReply> replies =
        List.of(
            SmtpReply.of(220, null, "mx.example.org ESMTP"),
            SmtpReply.of(250, null, "mx.example.org", "PIPELINING", "8BITMIME"),
            SmtpReply.of(550, "5.1.1", "No such user \u00FCn\u00EFc\u00F6d\u00E9 \u65E5\u672C"));
    ReplyStream whole = ReplyStream.of(replies, false, List.of());
    int n = whole.getBytes().length;
    return List.of(
        whole,
        ReplyStream.of(replies, false, everyByte(n)),
        ReplyStream.of(replies, false, betweenCrAndLf(whole.getBytes())),
        ReplyStream.of(replies, false, insideCharacters(whole.getBytes())),
        ReplyStream.of(replies, true, List.of()),
        ReplyStream.of(List.of(SmtpReply.of(250, null)), false, List.of(1, 2, 3, 4)));
  }

  static ReplyStream stream(RandomGenerator r) {
    int count = 1 + r.nextInt(r.nextInt(4) == 0 ? 12 : 4);
    List<SmtpReply> replies = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      replies.add(ReplyGenerators.reply(r, r.nextInt(3) == 0 ? 20 : 3));
    }
    boolean bareLf = r.nextInt(6) == 0;
    byte[] bytes = ReplyStream.of(replies, bareLf, List.of()).getBytes();
    return ReplyStream.of(replies, bareLf, cuts(r, bytes));
  }

  private static List<Integer> cuts(RandomGenerator r, byte[] bytes) {
    int n = bytes.length;
    switch (r.nextInt(6)) {
      case 0: // whole
        return List.of();
      case 1: // one byte at a time
        return everyByte(n);
      case 2: // between CR and LF, and inside UTF-8 characters
        {
          List<Integer> cuts = new ArrayList<>(betweenCrAndLf(bytes));
          cuts.addAll(insideCharacters(bytes));
          return cuts;
        }
      case 3: // chunks of one fixed size, as a socket buffer gives them
        {
          int size = 1 + r.nextInt(64);
          List<Integer> cuts = new ArrayList<>();
          for (int c = size; c < n; c += size) {
            cuts.add(c);
          }
          return cuts;
        }
      default: // a few random places
        {
          int k = 1 + r.nextInt(Math.min(n, 24));
          List<Integer> cuts = new ArrayList<>(k);
          for (int i = 0; i < k; i++) {
            cuts.add(1 + r.nextInt(Math.max(1, n - 1)));
          }
          return cuts;
        }
    }
  }

  private static List<Integer> everyByte(int n) {
    List<Integer> cuts = new ArrayList<>(n);
    for (int c = 1; c < n; c++) {
      cuts.add(c);
    }
    return cuts;
  }

  private static List<Integer> betweenCrAndLf(byte[] b) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        cuts.add(i + 1);
      }
    }
    return cuts;
  }

  /** Offsets just after the first byte of each multi-byte UTF-8 character. */
  private static List<Integer> insideCharacters(byte[] b) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0xC0) == 0xC0) {
        cuts.add(i + 1);
      }
    }
    return cuts;
  }

  /** Fewer replies (cuts kept where they still fall inside), fewer cuts, simpler replies. */
  static List<ReplyStream> shrink(ReplyStream v) {
    List<ReplyStream> out = new ArrayList<>();
    List<SmtpReply> replies = v.getReplies();
    List<Integer> cuts = v.getCuts();
    if (replies.size() > 1) {
      out.add(ReplyStream.of(replies.subList(0, 1), v.isBareLf(), cuts));
      out.add(ReplyStream.of(replies.subList(0, replies.size() - 1), v.isBareLf(), cuts));
    }
    if (!cuts.isEmpty()) {
      out.add(ReplyStream.of(replies, v.isBareLf(), List.of()));
      if (cuts.size() > 1) {
        out.add(ReplyStream.of(replies, v.isBareLf(), cuts.subList(0, cuts.size() / 2)));
        out.add(ReplyStream.of(replies, v.isBareLf(), cuts.subList(0, cuts.size() - 1)));
      }
    }
    for (int i = 0; i < replies.size(); i++) {
      List<SmtpReply> simpler = ReplyGenerators.shrink(replies.get(i));
      if (!simpler.isEmpty()) {
        List<SmtpReply> next = new ArrayList<>(replies);
        next.set(i, simpler.get(0));
        out.add(ReplyStream.of(next, v.isBareLf(), cuts));
      }
    }
    return out;
  }
}
