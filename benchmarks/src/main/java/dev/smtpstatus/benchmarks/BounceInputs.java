package dev.smtpstatus.benchmarks;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.testkit.ReplyCodeStatusPair;
import dev.smtpstatus.testkit.SmtpGenerators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Typical bounces for {@link BounceReadBenchmark}, 5 to 20 KB each, built with a fixed seed so that
 * every run reads the same bytes. The shapes are those of the dsn module's test corpus (written
 * from RFC 3464/6522 and each MTA's documentation), grown to the size real bounces have because
 * they return the original message: a Received chain, DKIM and ARC signatures, a {@code
 * multipart/alternative} body in quoted-printable, sometimes a small base64 attachment.
 *
 * <p>Half are RFC 3464 reports (Postfix-, Gmail- and Exchange-shaped {@code multipart/report}s,
 * with the original as {@code message/rfc822} or {@code text/rfc822-headers}); half are free-text
 * bounces (Exim, qmail, Sendmail, Yahoo, Outlook.com) with the original quoted inline or attached.
 * The failure replies of the DSNs are pairs the testkit's {@code listedPairs()} draws (seed 42),
 * failures only.
 */
final class BounceInputs {
  private BounceInputs() {}

  /** A bounce and what reading it must give, checked in the benchmark's setup. */
  record Sample(String shape, byte[] bytes, String recipient, String status) {}

  private static final String[] WORDS = {
    "the",
    "quarterly",
    "report",
    "attached",
    "please",
    "review",
    "before",
    "meeting",
    "numbers",
    "team",
    "thanks",
    "regards",
    "schedule",
    "budget",
    "project",
    "update",
    "customer",
    "invoice",
    "delivery",
    "shipment",
    "order",
    "confirmed",
    "tomorrow",
    "afternoon",
    "office",
    "conference",
    "agenda",
    "minutes",
    "draft",
    "final",
    "version",
    "changes",
    "comments",
    "deadline",
    "Friday"
  };

  private static final String[] SHAPES = {
    "postfix-dsn",
    "gmail-dsn",
    "exchange-dsn",
    "sendmail-dsn",
    "exim-text",
    "qmail-text",
    "sendmail-text",
    "yahoo-text",
    "outlook-text",
    "postfix-text"
  };

  /** Builds {@code count} samples, cycling through the shapes, sizes spread over 5–20 KB. */
  static List<Sample> samples(int count) {
    Random random = new Random(42);
    List<ReplyCodeStatusPair> pairs = new ArrayList<>();
    for (ReplyCodeStatusPair p : SmtpGenerators.listedPairs().take(4 * count, 42L)) {
      if (p.getReplyCode().getValue() >= 400 && p.getStatus().getClassNumber() >= 4) {
        pairs.add(p);
      }
    }
    List<Sample> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String shape = SHAPES[i % SHAPES.length];
      int target = 5_000 + random.nextInt(15_000);
      ReplyCodeStatusPair pair = pairs.get(i % pairs.size());
      String rcpt = "user" + i + "@example" + (i % 7) + ".org";
      out.add(build(shape, rcpt, pair, target, random));
    }
    return out;
  }

  /** The total size of the samples in bytes. */
  static long totalBytes(List<Sample> samples) {
    long n = 0;
    for (Sample s : samples) {
      n += s.bytes().length;
    }
    return n;
  }

  private static Sample build(
      String shape, String rcpt, ReplyCodeStatusPair pair, int target, Random random) {
    int code = pair.getReplyCode().getValue();
    EnhancedStatusCode st = pair.getStatus();
    String reply = code + " " + st + " <" + rcpt + ">: " + textFor(st);
    StringBuilder b = new StringBuilder(target + 4096);
    String boundary = "=_bounce_" + Integer.toHexString(random.nextInt());
    int overhead = 2200; // the bounce's own headers and text, roughly
    String original = originalMessage(rcpt, Math.max(1500, target - overhead), random);
    switch (shape) {
      case "postfix-dsn":
        head(
            b,
            "MAILER-DAEMON@mx.example.net (Mail Delivery System)",
            "Undelivered Mail Returned" + " to Sender",
            "multipart/report; report-type=delivery-status;\n\tboundary=\"" + boundary + "\"");
        part(b, boundary, "text/plain; charset=us-ascii");
        b.append(
                "This is the mail system at host mx.example.net.\n\n"
                    + "I'm sorry to have to inform you that your message could not\n"
                    + "be delivered to one or more recipients. It's attached below.\n\n"
                    + "For further assistance, please send mail to postmaster.\n\n"
                    + "If you do so, please include this problem report. You can\n"
                    + "delete your own text from the attached returned message.\n\n"
                    + "                   The mail system\n\n<")
            .append(rcpt)
            .append(">: host mx.example.org[192.0.2.10] said: ")
            .append(reply)
            .append(" (in reply to RCPT TO command)\n\n");
        part(b, boundary, "message/delivery-status");
        dsnFields(b, rcpt, st, "smtp; " + reply, true);
        part(b, boundary, "message/rfc822");
        b.append(original);
        end(b, boundary);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "gmail-dsn":
        head(
            b,
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Failure)",
            "multipart/report; boundary=\"" + boundary + "\"; report-type=delivery-status");
        String alt = boundary + "_alt";
        part(b, boundary, "multipart/alternative; boundary=\"" + alt + "\"");
        part(b, alt, "text/plain; charset=\"UTF-8\"");
        b.append("\n** Address not found **\n\nYour message wasn't delivered to ")
            .append(rcpt)
            .append(
                " because the address couldn't be found, or is unable to receive mail.\n\n"
                    + "The response from the remote server was:\n")
            .append(reply)
            .append("\n\n");
        part(b, alt, "text/html; charset=\"UTF-8\"");
        b.append(
                "<html><head><style>* { font-family:Roboto, sans-serif; }</style></head><body>"
                    + "<table cellpadding=\"0\" cellspacing=\"0\"><tr><td><h2>Address not found</h2>"
                    + "</td></tr><tr><td><p>Your message wasn't delivered to <a style=\"color:#212121\">")
            .append(rcpt)
            .append(
                "</a> because the address couldn't be found.</p></td></tr>"
                    + "<tr><td><p>The response from the remote server was:</p><p>")
            .append(reply)
            .append("</p></td></tr></table></body></html>\n");
        end(b, alt);
        part(b, boundary, "message/delivery-status");
        dsnFields(b, rcpt, st, "smtp; " + reply, false);
        part(b, boundary, "message/rfc822");
        b.append(original);
        end(b, boundary);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "exchange-dsn":
        head(
            b,
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example"
                + ".onmicrosoft.com>",
            "Undeliverable: quarterly report",
            "multipart/report; report-type=delivery-status;\n\tboundary=\"" + boundary + "\"");
        String alt2 = boundary + "_alt";
        part(b, boundary, "multipart/alternative; boundary=\"" + alt2 + "\"");
        part(b, alt2, "text/plain; charset=\"us-ascii\"");
        b.append("Your message to ")
            .append(rcpt)
            .append(" couldn't be delivered.\n\n")
            .append("Diagnostic information for administrators:\n\n")
            .append("Generating server: BN6PR11MB1234.namprd11.prod.outlook.com\n\n")
            .append(rcpt)
            .append("\nRemote Server returned '")
            .append(reply)
            .append("'\n\n");
        part(b, alt2, "text/html; charset=\"us-ascii\"");
        b.append(
                "<html><body><div style=\"font-family:'Segoe UI',sans-serif;font-size:16px\">"
                    + "<p><b>Your message to ")
            .append(rcpt)
            .append(
                " couldn't be delivered.</b></p>"
                    + "<p>Diagnostic information for administrators:</p><p>Generating server: "
                    + "BN6PR11MB1234.namprd11.prod.outlook.com</p><p>")
            .append(rcpt)
            .append("<br>Remote Server returned '")
            .append(reply.replace("<", "&lt;").replace(">", "&gt;"))
            .append("'</p></div></body></html>\n");
        end(b, alt2);
        part(b, boundary, "message/delivery-status");
        dsnFields(b, rcpt, st, "smtp;" + reply, true);
        part(b, boundary, "text/rfc822-headers");
        b.append(original, 0, original.indexOf("\n\n") + 1);
        end(b, boundary);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "sendmail-dsn":
        head(
            b,
            "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>",
            "Returned mail: see transcript for details",
            "multipart/report; report-type=delivery-status;\n\tboundary=\"" + boundary + "\"");
        part(b, boundary, "text/plain");
        b.append(
                "The original message was received at Wed, 2 Dec 2026 10:00:00 +0000\n"
                    + "from client.example.com [192.0.2.77]\n\n"
                    + "   ----- The following addresses had permanent fatal errors -----\n<")
            .append(rcpt)
            .append(">\n    (reason: ")
            .append(reply)
            .append(
                ")\n\n"
                    + "   ----- Transcript of session follows -----\n"
                    + "... while talking to mx.example.org.:\n>>> DATA\n<<< ")
            .append(reply)
            .append("\n");
        part(b, boundary, "message/delivery-status");
        dsnFields(b, rcpt, st, "SMTP; " + reply, true);
        part(b, boundary, "message/rfc822");
        b.append(original);
        end(b, boundary);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "exim-text":
        head(
            b,
            "Mail Delivery System <Mailer-Daemon@mx.example.net>",
            "Mail delivery failed: returning message to sender",
            "text/plain; charset=us-ascii");
        b.append(
                "This message was created automatically by mail delivery software.\n\n"
                    + "A message that you sent could not be delivered to one or more of its\n"
                    + "recipients. This is a permanent error. The following address(es) failed:\n\n  ")
            .append(rcpt)
            .append(
                "\n    host mx.example.org [192.0.2.10]\n"
                    + "    SMTP error from remote mail server after RCPT TO:<")
            .append(rcpt)
            .append(">:\n    ")
            .append(reply)
            .append(
                "\n\n"
                    + "------ This is a copy of the message, including all the headers. ------\n\n")
            .append(original);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "qmail-text":
        head(b, "MAILER-DAEMON@mx.example.net", "failure notice", "text/plain");
        b.append(
                "Hi. This is the qmail-send program at mx.example.net.\n"
                    + "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                    + "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<")
            .append(rcpt)
            .append(">:\n192.0.2.10 does not like recipient.\nRemote host said: ")
            .append(reply)
            .append(
                "\nGiving up on 192.0.2.10.\n\n"
                    + "--- Below this line is a copy of the message.\n\n")
            .append(original);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "sendmail-text":
        head(
            b,
            "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>",
            "Returned mail: User unknown",
            "multipart/mixed; boundary=\"" + boundary + "\"");
        part(b, boundary, "text/plain");
        b.append(
                "The original message was received at Wed, 2 Dec 2026 10:00:00 +0000\n\n"
                    + "   ----- The following addresses had permanent fatal errors -----\n<")
            .append(rcpt)
            .append(
                ">\n\n   ----- Transcript of session follows -----\n"
                    + "... while talking to mx.example.org.:\n>>> RCPT To:<")
            .append(rcpt)
            .append(">\n<<< ")
            .append(reply)
            .append("\n");
        part(b, boundary, "message/rfc822");
        b.append(original);
        end(b, boundary);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "yahoo-text":
        head(b, "MAILER-DAEMON@yahoo.example", "Failure Notice", "text/plain");
        b.append("Sorry, we were unable to deliver your message to the following address.\n\n<")
            .append(rcpt)
            .append(">:\nRemote host said: ")
            .append(reply)
            .append(" [RCPT_TO]\n\n--- Below this line is a copy of the message.\n\n")
            .append(original);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "outlook-text":
        head(
            b,
            "postmaster@outlook.example",
            "Undeliverable: quarterly report",
            "multipart/mixed; boundary=\"" + boundary + "\"");
        part(b, boundary, "text/plain; charset=\"us-ascii\"");
        b.append("Delivery has failed to these recipients or groups:\n\n")
            .append(rcpt)
            .append(
                "\nThe recipient's mailbox couldn't be reached.\n\n"
                    + "Diagnostic information for administrators:\n\n"
                    + "Generating server: DM6PR05MB1234.namprd05.prod.outlook.com\n\n")
            .append(rcpt)
            .append("\nRemote Server returned '")
            .append(reply)
            .append("'\n\n");
        part(b, boundary, "message/rfc822");
        b.append(original);
        end(b, boundary);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      case "postfix-text":
        head(
            b,
            "MAILER-DAEMON@mx.example.net (Mail Delivery System)",
            "Undelivered Mail Returned to Sender",
            "text/plain; charset=us-ascii");
        b.append(
                "This is the mail system at host mx.example.net.\n\n"
                    + "I'm sorry to have to inform you that your message could not\n"
                    + "be delivered to one or more recipients.\n\n"
                    + "                   The mail system\n\n<")
            .append(rcpt)
            .append(">: host mx.example.org[192.0.2.10] said: ")
            .append(reply)
            .append(" (in reply to RCPT TO\n    command)\n\n")
            .append(original);
        return new Sample(shape, bytes(b), rcpt, st.toString());
      default:
        throw new IllegalArgumentException(shape);
    }
  }

  private static String textFor(EnhancedStatusCode st) {
    switch (st.getSubjectNumber()) {
      case 1:
        return "Recipient address rejected: User unknown in virtual mailbox table";
      case 2:
        return "Mailbox unavailable or over quota";
      case 3:
        return "Message rejected by the mail system";
      case 4:
        return "Routing or network problem reaching the destination";
      case 5:
        return "Protocol error in the mail transaction";
      case 6:
        return "Message content or media not accepted";
      case 7:
        return "Message refused by local policy";
      default:
        return "Delivery failed";
    }
  }

  private static void head(StringBuilder b, String from, String subject, String type) {
    b.append("Return-Path: <>\n")
        .append(
            "Received: by mx.example.net (Postfix)\n\tid 4ZzX1y2Kq9z9sWm; Wed,  2 Dec 2026"
                + " 10:00:05 +0000 (UTC)\n")
        .append("Date: Wed,  2 Dec 2026 10:00:05 +0000 (UTC)\n")
        .append("From: ")
        .append(from)
        .append('\n')
        .append("Subject: ")
        .append(subject)
        .append('\n')
        .append("To: alice@example.com\n")
        .append("Auto-Submitted: auto-replied\n")
        .append("MIME-Version: 1.0\n")
        .append("Content-Type: ")
        .append(type)
        .append('\n')
        .append("Message-Id: <20261202100005.4ZzX1y2Kq9z9sWm@mx.example.net>\n\n");
    if (type.startsWith("multipart/")) {
      b.append("This is a MIME-encapsulated message.\n\n");
    }
  }

  private static void part(StringBuilder b, String boundary, String type) {
    b.append("--").append(boundary).append("\nContent-Type: ").append(type).append("\n\n");
  }

  private static void end(StringBuilder b, String boundary) {
    b.append("\n--").append(boundary).append("--\n");
  }

  private static void dsnFields(
      StringBuilder b, String rcpt, EnhancedStatusCode st, String diagnostic, boolean fold) {
    b.append("Reporting-MTA: dns; mx.example.net\n")
        .append("X-Postfix-Queue-ID: 4ZzX1y2Kq9z9sWm\n")
        .append("X-Postfix-Sender: rfc822; alice@example.com\n")
        .append("Arrival-Date: Wed,  2 Dec 2026 10:00:01 +0000 (UTC)\n\n")
        .append("Final-Recipient: rfc822; ")
        .append(rcpt)
        .append('\n')
        .append("Original-Recipient: rfc822;")
        .append(rcpt)
        .append('\n')
        .append("Action: ")
        .append(st.getClassNumber() == 5 ? "failed" : "delayed")
        .append('\n')
        .append("Status: ")
        .append(st)
        .append('\n')
        .append("Remote-MTA: dns; mx.example.org\n")
        .append("Diagnostic-Code: ");
    if (fold && diagnostic.length() > 50) {
      int cut = diagnostic.indexOf(' ', 40);
      b.append(diagnostic, 0, cut).append("\n    ").append(diagnostic.substring(cut + 1));
    } else {
      b.append(diagnostic);
    }
    b.append("\nLast-Attempt-Date: Wed,  2 Dec 2026 10:00:05 +0000 (UTC)\n");
  }

  /** An original message of about {@code size} bytes, as a bounce returns it. */
  private static String originalMessage(String rcpt, int size, Random random) {
    StringBuilder m = new StringBuilder(size + 2048);
    for (int hop = 0; hop < 4; hop++) {
      m.append("Received: from relay")
          .append(hop)
          .append(".example.com (relay")
          .append(hop)
          .append(".example.com [198.51.100.")
          .append(10 + hop)
          .append("])\n\tby mx")
          .append(hop + 1)
          .append(".example.net (Postfix) with ESMTPS id 4ZzX")
          .append(Integer.toHexString(random.nextInt()))
          .append("\n\tfor <")
          .append(rcpt)
          .append(">; Wed,  2 Dec 2026 09:59:5")
          .append(hop)
          .append(" +0000 (UTC)\n");
    }
    m.append(
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com;\n"
                + "\ts=selector1; t=1796205600; x=1796810400; h=from:to:subject:date:message-id;\n"
                + "\tbh=")
        .append(base64(random, 32))
        .append(";\n\tb=");
    String sig = base64(random, 256);
    for (int i = 0; i < sig.length(); i += 64) {
      m.append(sig, i, Math.min(sig.length(), i + 64)).append("\n\t ");
    }
    m.setLength(m.length() - 3);
    m.append('\n')
        .append("From: Alice Example <alice@example.com>\n")
        .append("To: <")
        .append(rcpt)
        .append(">\n")
        .append("Subject: quarterly report\n")
        .append("Date: Wed, 2 Dec 2026 09:59:48 +0000\n")
        .append("Message-ID: <")
        .append(Integer.toHexString(random.nextInt()))
        .append("@client.example.com>\n")
        .append("MIME-Version: 1.0\n");
    String outer = "=_orig_" + Integer.toHexString(random.nextInt());
    String alt = outer + "_alt";
    boolean attachment = random.nextBoolean();
    m.append("Content-Type: multipart/mixed; boundary=\"").append(outer).append("\"\n\n");
    m.append("--")
        .append(outer)
        .append("\nContent-Type: multipart/alternative; boundary=\"")
        .append(alt)
        .append("\"\n\n");
    int textBudget = Math.max(600, (size - m.length() - (attachment ? 3000 : 0)) / 3);
    String prose = prose(random, textBudget);
    m.append("--")
        .append(alt)
        .append(
            "\nContent-Type: text/plain; charset=\"utf-8\"\n"
                + "Content-Transfer-Encoding: quoted-printable\n\n")
        .append(qp(prose))
        .append('\n');
    m.append("--")
        .append(alt)
        .append(
            "\nContent-Type: text/html; charset=\"utf-8\"\n"
                + "Content-Transfer-Encoding: quoted-printable\n\n")
        .append(
            qp(
                "<html><body><div dir=\"ltr\"><p style=\"margin:0\">"
                    + prose.replace("\n\n", "</p><p style=\"margin:0\">")
                    + "</p></div></body></html>"))
        .append('\n');
    m.append("--").append(alt).append("--\n\n");
    if (attachment) {
      m.append("--")
          .append(outer)
          .append(
              "\nContent-Type: image/png; name=\"chart.png\"\n"
                  + "Content-Disposition: attachment; filename=\"chart.png\"\n"
                  + "Content-Transfer-Encoding: base64\n\n");
      String data = base64(random, 2000);
      for (int i = 0; i < data.length(); i += 76) {
        m.append(data, i, Math.min(data.length(), i + 76)).append('\n');
      }
    }
    m.append("--").append(outer).append("--\n");
    return m.toString();
  }

  private static String prose(Random random, int chars) {
    StringBuilder p = new StringBuilder(chars + 64);
    int sentence = 0;
    while (p.length() < chars) {
      String w = WORDS[random.nextInt(WORDS.length)];
      p.append(sentence == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      sentence++;
      if (sentence > 8 + random.nextInt(8)) {
        p.append(random.nextInt(5) == 0 ? ".\n\n" : ". ");
        sentence = 0;
      } else {
        p.append(' ');
      }
    }
    return p.append(".\n\n\u2014 Alice").toString();
  }

  /** Quoted-printable (RFC 2045 §6.7): soft line breaks at 76, {@code =} and non-ASCII encoded. */
  private static String qp(String s) {
    StringBuilder out = new StringBuilder(s.length() + s.length() / 8);
    int col = 0;
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      String piece;
      if (c == '\n') {
        out.append('\n');
        col = 0;
        continue;
      } else if (c == '=' || c > 126) {
        piece = String.format("=%02X", c);
      } else {
        piece = String.valueOf((char) c);
      }
      if (col + piece.length() > 75) {
        out.append("=\n");
        col = 0;
      }
      out.append(piece);
      col += piece.length();
    }
    return out.toString();
  }

  private static String base64(Random random, int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  private static byte[] bytes(StringBuilder b) {
    return b.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The message with a 2 MB base64 attachment added to the original message it returns (before the
   * original's closing boundary); a bounce that returns only headers is left as is.
   */
  static byte[] withLargeAttachment(byte[] message) {
    String m = new String(message, StandardCharsets.UTF_8);
    int close = m.lastIndexOf("\r\n--=_orig_");
    if (close < 0) {
      return message;
    }
    int nameEnd = m.indexOf("--", close + 4);
    String boundary = m.substring(close + 4, nameEnd);
    StringBuilder b = new StringBuilder(m.length() + 2_800_000);
    b.append(m, 0, close)
        .append("\r\n--")
        .append(boundary)
        .append("\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\n")
        .append("Content-Transfer-Encoding: base64\r\n\r\n");
    String data = base64(new Random(7), 2_000_000);
    for (int i = 0; i < data.length(); i += 76) {
      b.append(data, i, Math.min(data.length(), i + 76)).append("\r\n");
    }
    b.append(m, close, m.length());
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
