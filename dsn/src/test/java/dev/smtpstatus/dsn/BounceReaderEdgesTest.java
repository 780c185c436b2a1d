package dev.smtpstatus.dsn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the reader's ranges and checks, one by one (issue 13: tests that kill mutants): the
 * builder's bounds, the line-end normalisation, the test that input is a message at all, the caps
 * and how a result says it was cut.
 */
class BounceReaderEdgesTest {
  private static final String DSN =
      "From: MAILER-DAEMON@mta.example.com\n"
          + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
          + "--b\nContent-Type: message/delivery-status\n\n"
          + "Reporting-MTA: dns; mta.example.com\n\n"
          + "Final-Recipient: rfc822; <alice@example.org>\nAction: failed\nStatus: 5.1.1\n\n"
          + "Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 4.2.2\n\n"
          + "--b--\n";

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theDefaultsAreTheDocumentedConstants() {
    BounceReader r = BounceReader.defaults();
    assertEquals(16 << 20, r.getMaxMessageSize());
    assertEquals(16, r.getMaxDepth());
    assertEquals(10_000, r.getMaxRecipients());
    assertEquals(64 << 10, r.getMaxLineLength());
    assertEquals(256 << 10, r.getMaxHeaderLength());
    assertSame(r, BounceReader.defaults());
    assertNotSame(r, BounceReader.builder().build());
  }

  @Test
  void theBuilderKeepsWhatItIsGiven() {
    BounceReader r =
        BounceReader.builder()
            .setMaxMessageSize(1)
            .setMaxDepth(1)
            .setMaxRecipients(1)
            .setMaxLineLength(998)
            .setMaxHeaderLength(998)
            .build();
    assertEquals(1, r.getMaxMessageSize());
    assertEquals(1, r.getMaxDepth());
    assertEquals(1, r.getMaxRecipients());
    assertEquals(998, r.getMaxLineLength());
    assertEquals(998, r.getMaxHeaderLength());
    BounceReader max =
        BounceReader.builder()
            .setMaxMessageSize(Integer.MAX_VALUE - 8)
            .setMaxDepth(1000)
            .setMaxRecipients(Integer.MAX_VALUE - 1)
            .build();
    assertEquals(Integer.MAX_VALUE - 8, max.getMaxMessageSize());
    assertEquals(1000, max.getMaxDepth());
    assertEquals(Integer.MAX_VALUE - 1, max.getMaxRecipients());
  }

  @Test
  void theBuilderRefusesValuesJustOutsideItsRanges() {
    BounceReader.Builder b = BounceReader.builder();
    assertThrows(IllegalArgumentException.class, () -> b.setMaxMessageSize(0));
    assertThrows(IllegalArgumentException.class, () -> b.setMaxMessageSize(Integer.MAX_VALUE - 7));
    assertThrows(IllegalArgumentException.class, () -> b.setMaxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> b.setMaxDepth(1001));
    assertThrows(IllegalArgumentException.class, () -> b.setMaxRecipients(0));
    assertThrows(IllegalArgumentException.class, () -> b.setMaxRecipients(Integer.MAX_VALUE));
    IllegalArgumentException line =
        assertThrows(IllegalArgumentException.class, () -> b.setMaxLineLength(997));
    assertTrue(line.getMessage().contains("RFC 5322"), line.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.setMaxHeaderLength(997));
    // The builder is unchanged by what it refused.
    assertEquals(BounceReader.defaults().getMaxDepth(), b.build().getMaxDepth());
  }

  @Test
  void lineEndsAreNormalisedOnlyWhereThereIsABareCr() {
    byte[] lf = bytes("a\nb\n");
    assertSame(lf, LineEnds.normalize(lf, lf.length), "nothing to change, nothing cut: as is");
    byte[] crlf = bytes("a\r\nb\r\n");
    assertSame(crlf, LineEnds.normalize(crlf, crlf.length));
    assertArrayEquals(bytes("a\r\n"), LineEnds.normalize(crlf, 3), "cut, CRLF kept");
    assertArrayEquals(bytes("a\nb\n"), LineEnds.normalize(bytes("a\rb\r"), 4));
    // A CR at the very end of what is read has no LF after it: bare.
    assertArrayEquals(bytes("a\n"), LineEnds.normalize(bytes("a\r\n"), 2));
    assertArrayEquals(bytes("a\r\nb\n"), LineEnds.normalize(bytes("a\r\nb\r"), 5));
    assertArrayEquals(bytes("\n"), LineEnds.normalize(bytes("\r"), 1));
    assertArrayEquals(new byte[0], LineEnds.normalize(bytes("abc"), 0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "From: a@example.com\n",
        "X:",
        "!:",
        "~:",
        "From sender Mon Jan  1 00:00:00 2024\nSubject: x\n",
        "From:x"
      })
  void aHeaderFieldStartsAMessage(String input) {
    assertTrue(LineEnds.startsWithHeader(bytes(input)), input);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ":",
        " From: a@example.com",
        "Subject",
        "Sub ject: x",
        "Sub\u007fject: x",
        "Sub\u0000ject: x",
        "From sender\n",
        "From sender\n:",
        "From ",
        "Fro"
      })
  void anythingElseDoesNot(String input) {
    assertFalse(LineEnds.startsWithHeader(input.getBytes(StandardCharsets.ISO_8859_1)), input);
  }

  @Test
  void unreadableInputSaysWhy() {
    UnreadableMessageException empty =
        assertThrows(
            UnreadableMessageException.class, () -> BounceReader.defaults().read(new byte[0]));
    assertTrue(empty.getMessage().startsWith("empty input"), empty.getMessage());
    UnreadableMessageException text =
        assertThrows(
            UnreadableMessageException.class, () -> BounceReader.defaults().read(bytes("hello")));
    assertTrue(text.getMessage().startsWith("not a message"), text.getMessage());
  }

  @Test
  void aMessageOfExactlyTheSizeCapIsWholeAndOneByteMoreIsCut() {
    byte[] msg = bytes(DSN);
    BounceReader exact = BounceReader.builder().setMaxMessageSize(msg.length).build();
    Bounce whole = exact.read(msg);
    assertFalse(whole.isTruncated());
    assertEquals(2, whole.getRecipients().size());
    BounceReader less = BounceReader.builder().setMaxMessageSize(msg.length - 1).build();
    assertTrue(less.read(msg).isTruncated());
    assertTrue(less.read(new ByteArrayInputStream(msg)).isTruncated());
    assertFalse(exact.read(new ByteArrayInputStream(msg)).isTruncated());
  }

  @Test
  void recipientsStopAtTheCapAndTheResultSaysSo() {
    byte[] msg = bytes(DSN);
    Bounce two = BounceReader.builder().setMaxRecipients(2).build().read(msg);
    assertEquals(2, two.getRecipients().size());
    assertFalse(two.isTruncated());
    Bounce one = BounceReader.builder().setMaxRecipients(1).build().read(msg);
    assertEquals(1, one.getRecipients().size());
    assertTrue(one.isTruncated());
  }

  @Test
  void aDsnRecipientIsReadWithoutItsAngleBrackets() {
    Bounce b = BounceReader.defaults().read(bytes(DSN));
    assertEquals("rfc3464", b.getFormat());
    assertEquals("alice@example.org", b.getRecipients().get(0).getRecipient());
    assertEquals(Action.FAILED, b.getRecipients().get(0).getAction());
    assertEquals(Boolean.TRUE, b.getRecipients().get(0).getPermanent());
    assertEquals("bob@example.org", b.getRecipients().get(1).getRecipient());
    assertEquals(Boolean.FALSE, b.getRecipients().get(1).getPermanent());
  }

  @Test
  void aFailingStreamIsAnUncheckedIoException() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("gone");
          }
        };
    assertThrows(UncheckedIOException.class, () -> BounceReader.defaults().read(broken));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> BounceReader.defaults().read((byte[]) null));
    assertThrows(
        NullPointerException.class, () -> BounceReader.defaults().read((InputStream) null));
  }
}
