package dev.smtpstatus.dsn.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.smtpstatus.dsn.Bounce;
import dev.smtpstatus.dsn.BounceReader;
import dev.smtpstatus.dsn.BouncedRecipient;
import dev.smtpstatus.dsn.UnreadableMessageException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Coverage-guided fuzzing of {@link BounceReader} on arbitrary bytes. Without {@code JAZZER_FUZZ}
 * the test runs once per input of its committed seed corpus ({@code src/test/resources/dev/
 * smtpstatus/dsn/fuzz/BounceFuzzTestInputs/readBytes/}); {@code tools/fuzz.sh} fuzzes it for a
 * given time. The invariants:
 *
 * <ul>
 *   <li>the only exception is {@link UnreadableMessageException}, with a message;
 *   <li>every cap holds: no more recipients than {@link BounceReader#getMaxRecipients()}; a message
 *       longer than {@link BounceReader#getMaxMessageSize()} is marked truncated and read exactly
 *       as its first {@code maxMessageSize} bytes are;
 *   <li>reading is deterministic and the same from a stream as from an array;
 *   <li>line ends do not change the result: a message without CR reads exactly the same with every
 *       LF made a bare CR (the reader turns bare CR into LF, RFC 5322 §2.3 notwithstanding), and
 *       the same recipients, with the same classification, with every LF made CRLF (when no cap on
 *       bytes is near, since CRLF adds one byte a line).
 * </ul>
 */
class BounceFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readBytes(FuzzedDataProvider data) {
    BounceReader reader = reader(data);
    byte[] message = data.consumeRemainingAsBytes();

    Bounce bounce = read(reader, message);
    assertEquals(bounce, read(reader, message), "deterministic");
    assertEquals(bounce, readStream(reader, message), "stream");
    if (bounce == null) {
      return;
    }
    assertTrue(bounce.getRecipients().size() <= reader.getMaxRecipients(), bounce::toString);
    for (BouncedRecipient r : bounce.getRecipients()) {
      assertNotNull(r.getRecipient());
      assertNotNull(r.getReason());
      assertNotNull(r.getFindings());
    }

    if (message.length > reader.getMaxMessageSize()) {
      assertTrue(bounce.isTruncated(), "cut by maxMessageSize");
      Bounce prefix = read(reader, Arrays.copyOf(message, reader.getMaxMessageSize()));
      assertNotNull(prefix, "the same bytes were read");
      assertEquals(bounce.getRecipients(), prefix.getRecipients());
      assertEquals(bounce.getDeliveryStatus(), prefix.getDeliveryStatus());
      assertEquals(bounce.getFormat(), prefix.getFormat());
      return;
    }

    if (indexOf(message, (byte) '\r') < 0) {
      assertEquals(bounce, read(reader, replace(message, "\r")), "bare CR");
      if (message.length * 2 < reader.getMaxMessageSize()
          && reader.getMaxLineLength() == BounceReader.DEFAULT_MAX_LINE_LENGTH
          && message.length * 2 < BounceReader.DEFAULT_MAX_LINE_LENGTH) {
        Bounce crlf = read(reader, replace(message, "\r\n"));
        assertNotNull(crlf, "CRLF read where LF was");
        assertEquals(bounce.getFormat(), crlf.getFormat());
        assertEquals(summary(bounce), summary(crlf), "CRLF");
      }
    }
  }

  /** The defaults, or caps small enough for the fuzzer to reach. */
  private static BounceReader reader(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return BounceReader.defaults();
    }
    return BounceReader.builder()
        .setMaxMessageSize(data.consumeInt(1, 4096))
        .setMaxDepth(data.consumeInt(1, 6))
        .setMaxRecipients(data.consumeInt(1, 4))
        .build();
  }

  private static @Nullable Bounce read(BounceReader reader, byte[] message) {
    try {
      return reader.read(message);
    } catch (UnreadableMessageException e) {
      assertNotNull(e.getMessage());
      assertFalse(e.getMessage().isBlank());
      return null;
    }
  }

  private static @Nullable Bounce readStream(BounceReader reader, byte[] message) {
    try {
      return reader.read(new ByteArrayInputStream(message));
    } catch (UnreadableMessageException e) {
      return null;
    }
  }

  /** What a caller acts on, per recipient. */
  private static List<String> summary(Bounce bounce) {
    List<String> out = new ArrayList<>();
    for (BouncedRecipient r : bounce.getRecipients()) {
      out.add(
          r.getRecipient()
              + " "
              + r.getAction()
              + " "
              + r.getStatus()
              + " "
              + r.getCode()
              + " "
              + r.getPermanent()
              + " "
              + r.getReason());
    }
    return out;
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** Every LF replaced by the given line end. */
  private static byte[] replace(byte[] b, String eol) {
    byte[] e = eol.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length * 2);
    for (byte x : b) {
      if (x == '\n') {
        out.write(e, 0, e.length);
      } else {
        out.write(x);
      }
    }
    return out.toByteArray();
  }
}
