package dev.smtpstatus.testkit;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The reply generators: replies built with {@link SmtpReply#of}, so each is one a server may send
 * and the formatter writes; their text is tricky on purpose (UTF-8, tabs, near-miss statuses, codes
 * and dashes inside the text, lines up to RFC 5321's 512 octets).
 */
final class ReplyGenerators {
  private ReplyGenerators() {}

  /** Words that may start a line of any reply, including one without a status. */
  private static final String[] WORDS = {
    "No",
    "such",
    "user",
    "Mailbox",
    "full",
    "Message",
    "too",
    "big",
    "Try",
    "again",
    "later",
    "OK",
    "<user@example.com>",
    "STARTTLS",
    "required",
    "Service",
    "ready",
    "mx.example.org",
    "ESMTP",
    "8BITMIME",
    "SIZE",
    "35882577",
    "PIPELINING",
    "AUTH",
    "LOGIN",
    "PLAIN",
    "Greylisted,",
    "see",
    "https://example.org/greylist?id=1&x=%20",
    "quota",
    "exceeded",
    "(5.1.1)",
    "5.01.1",
    "6.1.1",
    "5.1.1.",
    "X.1.1",
    "551-forward",
    "250-like",
    "\u00FCn\u00EFc\u00F6d\u00E9",
    "\u65E5\u672C\u8A9E",
    "emoji\uD83D\uDE00",
    "-",
    "\u2014",
    "\"quoted\"",
    "\\",
    "%s",
    "550",
    "2address.org",
    "٥.1.1",
    "a\tb",
    "[IPv6:2001:db8::1]",
    ".",
    ";",
    "=?utf-8?q?x?="
  };

  /** Words that only follow another word: a reader would take them for a status at the start. */
  private static final String[] MIDDLE_WORDS = {"5.1.1", "4.2.2", "2.0.0", "5.7.1"};

  static final Generator<SmtpReply> REPLIES =
      Generator.of(edgeCases(), r -> reply(r, 20), ReplyGenerators::shrink);

  static final Generator<SmtpReply> ONE_LINE =
      Generator.of(oneLineEdgeCases(), r -> reply(r, 1), ReplyGenerators::shrink);

  private static List<SmtpReply> edgeCases() {
    List<SmtpReply> out = new ArrayList<>(oneLineEdgeCases());
    out.add(SmtpReply.of(550, "5.1.1", "No such user", "Check the address"));
    out.add(SmtpReply.of(250, null, "mx.example.org", "PIPELINING", "SIZE 35882577", "8BITMIME"));
    out.add(SmtpReply.of(250, "2.0.0", "", "", ""));
    List<String> hundred = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      hundred.add("line " + i);
    }
    out.add(SmtpReply.of(ReplyCode.of(214), null, hundred));
    return out;
  }

  private static List<SmtpReply> oneLineEdgeCases() {
    List<SmtpReply> out = new ArrayList<>();
    out.add(SmtpReply.of(250, null));
    out.add(SmtpReply.of(250, "2.0.0", ""));
    out.add(SmtpReply.of(220, null, "mx.example.org ESMTP ready"));
    out.add(SmtpReply.of(354, null, "Start mail input; end with <CRLF>.<CRLF>"));
    out.add(SmtpReply.of(452, "4.2.2", "Mailbox full"));
    out.add(SmtpReply.of(421, "4.7.0", "Try again later"));
    out.add(SmtpReply.of(550, "5.1.1", "5.01.1 is not a status"));
    out.add(SmtpReply.of(250, null, "2address.org"));
    out.add(
        SmtpReply.of(
            550, "5.3.4", "\u65E5\u672C\u8A9E emoji\uD83D\uDE00 \u00FCn\u00EFc\u00F6d\u00E9"));
    // RFC 5321 §4.5.3.1.5: 512 octets with code, status and CRLF, exactly.
    out.add(SmtpReply.of(554, "5.7.1", "x".repeat(512 - 4 - 6 - 2)));
    out.add(SmtpReply.of(250, null, "x".repeat(512 - 4 - 2)));
    return out;
  }

  static SmtpReply reply(RandomGenerator r, int maxLines) {
    ReplyCode code;
    @Nullable EnhancedStatusCode status;
    if (r.nextInt(10) < 3) {
      code = ReplyCodeGenerators.valid(r);
      status = null;
    } else {
      ReplyCodeStatusPair p = Pairs.compatible(r);
      code = p.getReplyCode();
      status = p.getStatus();
    }
    int lines = lineCount(r, maxLines);
    int budget = 512 - 4 - (status == null ? 0 : status.toString().length() + 1) - 2;
    List<String> texts = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      texts.add(text(r, budget));
    }
    return SmtpReply.of(code, status, texts);
  }

  private static int lineCount(RandomGenerator r, int maxLines) {
    int pick = r.nextInt(10);
    int n = pick < 6 ? 1 : pick < 9 ? 2 + r.nextInt(4) : 6 + r.nextInt(15);
    return Math.min(n, maxLines);
  }

  /** A line of text that fits {@code budget} octets of UTF-8. */
  static String text(RandomGenerator r, int budget) {
    int pick = r.nextInt(20);
    if (pick == 0) {
      return "";
    }
    if (pick == 1) {
      // As long as the line may be.
      return "x".repeat(budget);
    }
    int words = pick < 15 ? 1 + r.nextInt(6) : 1 + r.nextInt(40);
    StringBuilder b = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < words; i++) {
      String w =
          i > 0 && r.nextInt(8) == 0
              ? MIDDLE_WORDS[r.nextInt(MIDDLE_WORDS.length)]
              : WORDS[r.nextInt(WORDS.length)];
      String sep = i == 0 ? "" : r.nextInt(10) == 0 ? "  " : " ";
      int add = utf8Length(sep + w);
      if (octets + add > budget) {
        break;
      }
      b.append(sep).append(w);
      octets += add;
    }
    return b.toString();
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Fewer lines, shorter lines, a simpler status, no status: each candidate a reply the factory
   * accepts, with fewer lines, fewer characters or a smaller status.
   */
  static List<SmtpReply> shrink(SmtpReply v) {
    List<SmtpReply> out = new ArrayList<>();
    List<String> lines = v.getLines();
    ReplyCode code = v.getCode();
    EnhancedStatusCode status = v.getStatus();
    if (lines.size() > 1) {
      add(out, code, status, lines.subList(0, 1));
      add(out, code, status, lines.subList(0, lines.size() - 1));
    }
    for (int i = 0; i < lines.size() && out.size() < 12; i++) {
      String line = lines.get(i);
      if (!line.isEmpty()) {
        List<String> shorter = new ArrayList<>(lines);
        int cut = line.lastIndexOf(' ');
        shorter.set(i, cut > 0 ? line.substring(0, cut) : "");
        add(out, code, status, shorter);
      }
    }
    if (status != null) {
      for (EnhancedStatusCode s : StatusCodes.shrinkWellFormed(status)) {
        add(out, code, s, lines);
      }
      add(out, code, null, lines);
    }
    for (ReplyCode c : ReplyCodeGenerators.shrinkValid(code)) {
      add(out, c, status, lines);
    }
    return out;
  }

  private static void add(
      List<SmtpReply> out,
      ReplyCode code,
      @Nullable EnhancedStatusCode status,
      List<String> lines) {
    try {
      out.add(SmtpReply.of(code, status, List.copyOf(lines)));
    } catch (IllegalArgumentException notAReplyTheFactoryWrites) {
      // e.g. without its status, a line would start with a status: not a simpler reply, skip it
    }
  }
}
