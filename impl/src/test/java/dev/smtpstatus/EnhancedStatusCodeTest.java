package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.api.MailSystemDetail;
import dev.smtpstatus.api.RegisteredSubject;
import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.api.UnregisteredDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnhancedStatusCodeTest {

  @Test
  void parsesARegisteredCodeIntoItsParts() {
    EnhancedStatusCode s = EnhancedStatusCode.parse("5.3.4");
    assertEquals(StatusClass.PERMANENT_FAILURE, s.getStatusClass());
    assertEquals(RegisteredSubject.MAIL_SYSTEM, s.getSubject());
    assertEquals(MailSystemDetail.MESSAGE_TOO_BIG, s.getDetail());
    assertEquals("5.3.4", s.toString());
    assertTrue(s.isPermanent());
    assertTrue(s.isRegistered());
  }

  @Test
  void registeredCodesAreCachedInstances() {
    assertSame(EnhancedStatusCode.parse("4.2.2"), EnhancedStatusCode.parse("4.2.2"));
    assertSame(EnhancedStatusCode.parse("4.2.2"), EnhancedStatusCode.of(4, 2, 2));
    assertSame(
        EnhancedStatusCode.parse("5.3.4"),
        EnhancedStatusCode.of(StatusClass.PERMANENT_FAILURE, MailSystemDetail.MESSAGE_TOO_BIG));
  }

  @Test
  void unregisteredButWellFormedCodesKeepTheirNumbers() {
    EnhancedStatusCode s = EnhancedStatusCode.parse("5.999.999");
    assertEquals(999, s.getSubjectNumber());
    assertEquals(999, s.getDetailNumber());
    assertEquals("5.999.999", s.toString());
    assertNull(s.getRegisteredDetail());
    EnhancedStatusCode t = EnhancedStatusCode.parse("4.1.99");
    assertEquals("X.1.0", ((UnregisteredDetail) t.getDetail()).getFallback().getCode());
    assertEquals(t, EnhancedStatusCode.of(4, 1, 99));
  }

  @Test
  void withStatusClassKeepsSubjectAndDetail() {
    assertEquals(
        "4.3.4",
        EnhancedStatusCode.parse("5.3.4")
            .withStatusClass(StatusClass.PERSISTENT_TRANSIENT_FAILURE)
            .toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "''           | empty",
        "3.1.1        | the class must be 2, 4 or 5",
        "6.1.1        | the class must be 2, 4 or 5",
        "5            | expected '.'",
        "5-1.1        | expected '.'",
        "5.01.1       | leading zero in the subject",
        "5.1.01       | leading zero in the detail",
        "5.1000.1     | more than 3 digits",
        "5.1.1000     | more than 3 digits",
        "5..1         | expected an ASCII digit 0-9 in the subject",
        "5.1.         | expected an ASCII digit 0-9 in the detail",
        "5.1.1.       | unexpected character after the detail",
        "' 5.1.1'     | the class must be 2, 4 or 5",
        "'5.1.1 '     | unexpected character after the detail",
        "5.+1.1       | expected an ASCII digit 0-9 in the subject",
        "5.-1.1       | expected an ASCII digit 0-9 in the subject",
        "5.\u0661.1   | non-ASCII digit U+0661 in the subject",
        "5.1.\uff11   | non-ASCII digit U+FF11 in the detail",
        "5.1.1\u0665  | non-ASCII digit U+0665 in the detail",
        "\uff15.1.1   | non-ASCII digit U+FF15 in the class",
        "\u0664.1.1   | non-ASCII digit U+0664 in the class",
      })
  void rejectsWhatRfc3463Forbids(String input, String rule) {
    SmtpSyntaxException e =
        assertThrows(SmtpSyntaxException.class, () -> EnhancedStatusCode.parse(input));
    assertTrue(e.getMessage().contains(rule), e.getMessage());
    assertTrue(e.getMessage().contains("RFC 3463"), e.getMessage());
    assertNull(EnhancedStatusCode.parseOrNull(input));
  }

  @Test
  void theMessageQuotesTheInputAndGivesThePosition() {
    SmtpSyntaxException e =
        assertThrows(SmtpSyntaxException.class, () -> EnhancedStatusCode.parse("5.01.1"));
    assertEquals("5.01.1", e.getInput());
    assertEquals(2, e.getIndex());
    assertTrue(e.getMessage().startsWith("\"5.01.1\": leading zero"), e.getMessage());
  }

  @Test
  void ofRejectsNumbersOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> EnhancedStatusCode.of(3, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> EnhancedStatusCode.of(5, 1000, 1));
    assertThrows(IllegalArgumentException.class, () -> EnhancedStatusCode.of(5, 1, -1));
    assertThrows(NullPointerException.class, () -> EnhancedStatusCode.parse(null));
  }

  @Test
  void ordersByClassSubjectDetail() {
    assertTrue(EnhancedStatusCode.parse("2.9.9").compareTo(EnhancedStatusCode.parse("4.0.0")) < 0);
    assertTrue(EnhancedStatusCode.parse("5.1.10").compareTo(EnhancedStatusCode.parse("5.1.9")) > 0);
  }
}
