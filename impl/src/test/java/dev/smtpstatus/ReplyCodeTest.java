package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.internal.ReplyCodeTable;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyCodeTest {

  @Test
  void describesTheCodeAfterRfc5321() {
    ReplyCode c = ReplyCode.of(552);
    assertEquals(ReplyType.PERMANENT_NEGATIVE_COMPLETION, c.getType());
    assertEquals(ReplyCategory.MAIL_SYSTEM, c.getCategory());
    assertEquals(StatusClass.PERMANENT_FAILURE, c.getStatusClass());
    assertEquals("Requested mail action aborted: exceeded storage allocation", c.getMeaning());
    assertTrue(c.isDefined());
    assertEquals("552", c.toString());
    assertSame(c, ReplyCode.parse("552"));
  }

  @Test
  void intermediateRepliesHaveNoStatusClass() {
    assertNull(ReplyCode.of(354).getStatusClass());
    assertTrue(ReplyCode.of(334).isIntermediate());
  }

  @Test
  void codesOnlyTheRegistryNamesAreNotDefined() {
    ReplyCode c = ReplyCode.of(525);
    assertFalse(c.isDefined());
    assertNull(c.getMeaning());
    assertEquals("RFC5248 registry association only (X.7.13)", c.getReference());
    assertFalse(ReplyCode.of(559).isDefined());
    assertTrue(ReplyCode.of(538).isDeprecated());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "55",
        "5500",
        "600",
        "199",
        "260",
        "+50",
        "-50",
        " 550",
        "550 ",
        "\u0665\u0665\u0660",
        "5\uff150",
        "55a",
        "0x2"
      })
  void rejectsAnythingButThreeAsciiDigitsInRange(String input) {
    SmtpSyntaxException e = assertThrows(SmtpSyntaxException.class, () -> ReplyCode.parse(input));
    assertTrue(e.getMessage().contains("RFC 5321 §4.2"), e.getMessage());
    assertNull(ReplyCode.parseOrNull(input));
  }

  @Test
  void everyValidValueAndNoOther() {
    int valid = 0;
    for (int v = -1000; v < 1000; v++) {
      boolean expected = v >= 200 && v <= 559 && v / 10 % 10 <= 5;
      assertEquals(expected, ReplyCode.ofOrNull(v) != null, Integer.toString(v));
      valid += expected ? 1 : 0;
    }
    assertEquals(4 * 6 * 10, valid);
    assertThrows(IllegalArgumentException.class, () -> ReplyCode.of(600));
  }

  @Test
  void theTableAgreesWithTheReplyCodeTsv() throws Exception {
    int rows = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ReplyCodeTest.class.getResourceAsStream("/iana/reply-codes.tsv"),
                StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = line.split("\t", -1);
        ReplyCodeTable.Entry e = ReplyCodeTable.get(Integer.parseInt(cols[0]));
        assertEquals(cols[1], e.meaning(), cols[0]);
        assertEquals(cols[2], e.reference(), cols[0]);
        assertEquals(
            "registry-association only".equals(cols[3]),
            !ReplyCode.of(e.code()).isDefined(),
            cols[0]);
        rows++;
      }
    }
    assertEquals(45, rows);
  }
}
