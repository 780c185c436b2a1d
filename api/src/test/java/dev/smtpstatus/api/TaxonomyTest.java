package dev.smtpstatus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  @Test
  void classesAreTwoFourFive() {
    assertEquals(StatusClass.PERMANENT_FAILURE, StatusClass.of(5));
    assertNull(StatusClass.ofOrNull(3));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StatusClass.of(6));
    assertTrue(e.getMessage().contains("RFC 3463"));
  }

  @Test
  void everyRegisteredDetailIsFoundByItsNumbers() {
    Set<String> codes = new HashSet<>();
    for (RegisteredDetail d : RegisteredDetail.values()) {
      assertSame(d, RegisteredDetail.ofOrNull(d.getSubject().getNumber(), d.getNumber()));
      assertSame(d, Detail.of(d.getSubject().getNumber(), d.getNumber()));
      assertTrue(d.getSubject().getDetails().contains(d));
      assertTrue(codes.add(d.getCode()), d.getCode());
      assertFalse(d.getReferences().isEmpty(), d.getCode());
      assertEquals(d.getCode(), d.toString());
    }
    assertEquals(81, codes.size());
  }

  @Test
  void subjectsZeroToSevenAreRegistered() {
    for (int s = 0; s < 8; s++) {
      assertInstanceOf(RegisteredSubject.class, Subject.of(s));
      assertEquals(s, Subject.of(s).getNumber());
      assertFalse(RegisteredSubject.values()[s].getDetails().isEmpty());
    }
    Subject nine = Subject.of(9);
    assertInstanceOf(UnregisteredSubject.class, nine);
    assertEquals(nine, Subject.of(9));
    assertEquals("X.9.YYY", nine.toString());
    assertThrows(IllegalArgumentException.class, () -> Subject.of(1000));
    assertThrows(IllegalArgumentException.class, () -> new UnregisteredSubject(3));
  }

  @Test
  void unregisteredDetailsKeepTheirNumbersAndFallBackAsRfc3463Says() {
    UnregisteredDetail d = (UnregisteredDetail) Detail.of(1, 99);
    assertEquals(99, d.getNumber());
    assertEquals("X.1.99", d.toString());
    assertSame(AddressingDetail.OTHER_ADDRESS_STATUS, d.getFallback());
    assertSame(OtherDetail.OTHER_UNDEFINED, ((UnregisteredDetail) Detail.of(42, 0)).getFallback());
    assertEquals(d, Detail.of(1, 99));
    assertThrows(IllegalArgumentException.class, () -> new UnregisteredDetail(3, 4));
    assertThrows(IllegalArgumentException.class, () -> Detail.of(1, 1000));
    assertThrows(IllegalArgumentException.class, () -> Detail.of(-1, 0));
  }

  @Test
  @SuppressWarnings("deprecation")
  void x610IsADeprecatedAliasOfX68() {
    assertTrue(MediaDetail.UTF8_REPLY_REQUIRED_DUPLICATE.isDeprecated());
    assertSame(
        MediaDetail.UTF8_REPLY_REQUIRED, MediaDetail.UTF8_REPLY_REQUIRED_DUPLICATE.getCanonical());
    assertSame(MediaDetail.UTF8_REPLY_REQUIRED, MediaDetail.UTF8_REPLY_REQUIRED.getCanonical());
    assertFalse(MediaDetail.UTF8_REPLY_REQUIRED.isDeprecated());
  }

  @Test
  void applicabilityFollowsTheRegistryWords() {
    assertEquals(
        Applicability.PERMANENT_FAILURE, MailSystemDetail.MESSAGE_TOO_BIG.getApplicability());
    assertEquals(
        Applicability.PERSISTENT_TRANSIENT_FAILURE, MailboxDetail.MAILBOX_FULL.getApplicability());
    assertEquals(
        Applicability.SUCCESS, AddressingDetail.DESTINATION_ADDRESS_VALID.getApplicability());
    assertFalse(Applicability.PERMANENT_FAILURE.allows(StatusClass.PERSISTENT_TRANSIENT_FAILURE));
    assertTrue(Applicability.FAILURE.allows(StatusClass.PERMANENT_FAILURE));
    assertFalse(Applicability.FAILURE.allows(StatusClass.SUCCESS));
    for (StatusClass c : StatusClass.values()) {
      assertTrue(Applicability.ANY.allows(c));
    }
  }

  @Test
  void repliesIsRepeatableAndRetainedAtRunTime() throws Exception {
    class Handler {
      @Replies(code = 552, status = "5.3.4")
      @Replies(code = 452, status = "4.2.2")
      void onData() {}
    }
    Replies[] replies =
        Handler.class.getDeclaredMethod("onData").getAnnotationsByType(Replies.class);
    assertEquals(2, replies.length);
    assertEquals(552, replies[0].code());
    assertEquals("4.2.2", replies[1].status());
  }
}
