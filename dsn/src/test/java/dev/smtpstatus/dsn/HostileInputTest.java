package dev.smtpstatus.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The hostile inputs of issue 10, each bounded in time, with a result or the documented error. */
class HostileInputTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** Endless bytes from a repeating pattern after a prefix; never materialised whole. */
  static InputStream endless(String prefix, String repeat) {
    byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] r = repeat.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long pos;

      @Override
      public int read() {
        int b = pos < p.length ? p[(int) pos] : r[(int) ((pos - p.length) % r.length)];
        pos++;
        return b & 0xff;
      }
    };
  }

  static final String REPORT_HEAD =
      "From: MAILER-DAEMON@mta.example.com\n"
          + "Subject: failure\n"
          + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
          + "--b\nContent-Type: message/delivery-status\n\n"
          + "Reporting-MTA: dns; mta.example.com\n\n";

  @Test
  void tenThousandNestedMessagesAreCutAtTheDepthCap() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append("From: a@example.com\nContent-Type: multipart/mixed; boundary=\"n")
          .append(i)
          .append("\"\n\n--n")
          .append(i)
          .append("\nContent-Type: message/rfc822\n\n");
    }
    b.append("From: x@example.com\n\nbody\n");
    byte[] msg = b.toString().getBytes(StandardCharsets.UTF_8);
    Bounce bounce = assertTimeoutPreemptively(LIMIT, () -> BounceReader.defaults().read(msg));
    assertTrue(bounce.isTruncated());
    assertEquals(0, bounce.getRecipients().size());
  }

  @Test
  void aHundredMegabyteHeaderLineIsUnreadableWithoutReadingItAll() {
    InputStream in = endless("From: a@example.com\nSubject: ", "x");
    UnreadableMessageException e =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                assertThrows(
                    UnreadableMessageException.class, () -> BounceReader.defaults().read(in)));
    assertTrue(e.getMessage().startsWith("the MIME structure cannot be read"), e.getMessage());
  }

  @Test
  void aMillionRecipientGroupsStopAtTheRecipientCap() {
    InputStream in =
        endless(
            REPORT_HEAD,
            "Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n\n");
    BounceReader reader = BounceReader.builder().setMaxRecipients(1000).build();
    Bounce bounce = assertTimeoutPreemptively(LIMIT, () -> reader.read(in));
    assertEquals(1000, bounce.getRecipients().size());
    assertTrue(bounce.isTruncated());
  }

  @Test
  void aBoundaryThatNeverEndsIsReadUpToTheSizeCap() {
    BounceReader reader = BounceReader.builder().setMaxMessageSize(1 << 20).build();
    InputStream in =
        endless(
            REPORT_HEAD
                + "Final-Recipient: rfc822; bob@example.org\nAction: failed\n"
                + "Status: 5.1.1\n\n--b\nContent-Type: text/plain\n\n",
            "no closing boundary here\n");
    Bounce bounce = assertTimeoutPreemptively(LIMIT, () -> reader.read(in));
    assertTrue(bounce.isTruncated());
    assertEquals("bob@example.org", bounce.getRecipients().get(0).getRecipient());
  }

  @Test
  void brokenBase64AndUnknownCharsetGiveABestEffortResult() {
    String msg =
        "From: MAILER-DAEMON@mta.example.com\nSubject: Undelivered Mail\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
            + "--b\nContent-Type: text/plain; charset=x-no-such-charset\n"
            + "Content-Transfer-Encoding: quoted-printable\n\nbroken =ZZ =\n\n"
            + "--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n"
            + "!!!! not base64 at all ****\n--b--\n";
    Bounce bounce = BounceReader.defaults().read(msg.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(0, bounce.getRecipients().size());
  }

  @Test
  void binaryGarbageIsUnreadable() {
    byte[] garbage = new byte[4096];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (i * 31 + 7);
    }
    garbage[0] = 0;
    assertThrows(UnreadableMessageException.class, () -> BounceReader.defaults().read(garbage));
    assertThrows(UnreadableMessageException.class, () -> BounceReader.defaults().read(new byte[0]));
  }

  @Test
  void malformedFieldsKeepTheirText() {
    String msg =
        REPORT_HEAD
            + "Final-Recipient: bob@example.org\nAction: bounced\nStatus: 5.01.1\n"
            + "Last-Attempt-Date: yesterday\nX-Queue: 42\n\n--b--\n";
    Bounce bounce = BounceReader.defaults().read(msg.getBytes(StandardCharsets.UTF_8));
    BouncedRecipient r = bounce.getRecipients().get(0);
    RecipientFields f = r.getFields();
    assertNull(f.getFinalRecipient());
    assertEquals("bob@example.org", r.getRecipient());
    assertNull(f.getAction());
    assertEquals("bounced", f.get("action"));
    assertNull(f.getStatus());
    assertEquals("5.01.1", f.get("Status"));
    assertNull(f.getLastAttemptDate());
    assertEquals("yesterday", f.get("Last-Attempt-Date"));
    assertEquals("[X-Queue: 42]", f.getExtensionFields().toString());
    assertNull(r.getPermanent());
  }
}
