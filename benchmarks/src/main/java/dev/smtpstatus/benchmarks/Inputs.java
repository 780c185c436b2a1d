package dev.smtpstatus.benchmarks;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.testkit.Generator;
import dev.smtpstatus.testkit.ReplyCodeStatusPair;
import dev.smtpstatus.testkit.SmtpGenerators;
import java.util.ArrayList;
import java.util.List;

/** Benchmark inputs, drawn from the testkit with a fixed seed, and one realistic session. */
final class Inputs {
  private Inputs() {}

  /**
   * The replies of one SMTP session as a client reads them (issue 11): greeting, a multiline EHLO
   * answer, MAIL, two RCPTs (one refused with a 3-line 550), DATA, the end of data, QUIT. Lines of
   * 12 to 85 characters, CRLF, ASCII, every line with a separator (so Netty's decoder reads it
   * too).
   */
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

  /** The number of replies in {@link #SESSION}. */
  static final int SESSION_REPLIES = 8;

  /** The one-line replies of {@link #SESSION}, each with its CRLF. */
  static List<String> sessionLines() {
    List<String> out = new ArrayList<>();
    String[] lines = SESSION.split("(?<=\r\n)");
    for (int i = 0; i < lines.length; i++) {
      boolean alone = lines[i].charAt(3) == ' ' && (i == 0 || lines[i - 1].charAt(3) == ' ');
      if (alone) {
        out.add(lines[i]);
      }
    }
    return out;
  }

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
