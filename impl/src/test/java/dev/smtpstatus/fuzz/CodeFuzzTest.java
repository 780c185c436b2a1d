package dev.smtpstatus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpSyntaxException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Coverage-guided fuzzing of the code parsers. Without {@code JAZZER_FUZZ} each test runs once per
 * input of its committed seed corpus ({@code src/test/resources/dev/smtpstatus/fuzz/
 * CodeFuzzTestInputs/<method>/}); {@code tools/fuzz.sh} fuzzes one for a given time.
 *
 * <p>Invariants, not only "no crash": the only exception is {@link SmtpSyntaxException} with the
 * input and a position inside it; {@code parseOrNull} agrees with {@code parse}; what is accepted
 * is exactly the canonical wire form (no leading zeros, no sign, no other script's digits), so
 * {@code toString()} gives the input back.
 */
class CodeFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void enhancedStatusCodeParse(byte[] data) {
    // Read the bytes as Latin-1 as well as UTF-8: every char 0-255 is reachable in one byte.
    for (String text : texts(data)) {
      EnhancedStatusCode parsed = parseStatus(text);
      EnhancedStatusCode orNull = EnhancedStatusCode.parseOrNull(text);
      assertEquals(parsed, orNull, text);
      if (parsed != null) {
        assertEquals(text, parsed.toString(), "only the canonical form is accepted");
        assertTrue(
            parsed.getClassNumber() == 2
                || parsed.getClassNumber() == 4
                || parsed.getClassNumber() == 5,
            text);
        assertTrue(parsed.getSubjectNumber() >= 0 && parsed.getSubjectNumber() <= 999, text);
        assertTrue(parsed.getDetailNumber() >= 0 && parsed.getDetailNumber() <= 999, text);
        assertEquals(
            parsed,
            EnhancedStatusCode.of(
                parsed.getClassNumber(), parsed.getSubjectNumber(), parsed.getDetailNumber()));
        assertEquals(0, parsed.compareTo(EnhancedStatusCode.parse(parsed.toString())));
        if (parsed.isRegistered()) {
          // Registered codes are cached: parsing twice gives the same instance.
          assertSame(parsed, EnhancedStatusCode.parse(text));
          assertNotNull(parsed.getRegisteredDetail());
        }
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void replyCodeParse(byte[] data) {
    for (String text : texts(data)) {
      ReplyCode parsed;
      try {
        parsed = ReplyCode.parse(text);
      } catch (SmtpSyntaxException e) {
        checkSyntaxException(e, text);
        parsed = null;
      }
      assertEquals(parsed, ReplyCode.parseOrNull(text), text);
      if (parsed == null) {
        if (text.length() == 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
          int v = Integer.parseInt(text);
          assertNull(ReplyCode.ofOrNull(v), text);
        }
        continue;
      }
      int v = parsed.getValue();
      assertEquals(text, parsed.toString(), "only three ASCII digits are accepted");
      assertTrue(v / 100 >= 2 && v / 100 <= 5 && v / 10 % 10 <= 5, text);
      assertSame(parsed, ReplyCode.of(v));
      assertEquals(
          1,
          (parsed.isPositive() ? 1 : 0)
              + (parsed.isIntermediate() ? 1 : 0)
              + (parsed.isTransient() ? 1 : 0)
              + (parsed.isPermanent() ? 1 : 0),
          text);
    }
  }

  private static @Nullable EnhancedStatusCode parseStatus(String text) {
    try {
      return EnhancedStatusCode.parse(text);
    } catch (SmtpSyntaxException e) {
      checkSyntaxException(e, text);
      return null;
    }
  }

  static void checkSyntaxException(SmtpSyntaxException e, String text) {
    assertEquals(text, e.getInput());
    assertTrue(e.getIndex() >= -1 && e.getIndex() <= text.length(), e::getMessage);
    assertTrue(e.getMessage().contains("RFC"), e::getMessage);
  }

  static String[] texts(byte[] data) {
    return new String[] {
      new String(data, StandardCharsets.ISO_8859_1), new String(data, StandardCharsets.UTF_8)
    };
  }
}
