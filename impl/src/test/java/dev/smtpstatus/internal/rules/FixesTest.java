package dev.smtpstatus.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.smtpstatus.ReplyCode;
import org.junit.jupiter.api.Test;

/** {@link Fixes}: the computed parts of fixes that no single check owns. */
class FixesTest {
  @Test
  void repairDropsSpacesAndLeadingZeros() {
    assertEquals("5.1.1", String.valueOf(Fixes.repair(" 5. 01.001", null)));
    assertNull(Fixes.repair("hello", null));
  }

  @Test
  void repairGivesTheRegistryFormTheReplyCodesClass() {
    assertEquals("4.2.2", String.valueOf(Fixes.repair("X.2.2", ReplyCode.of(452))));
    assertNull(Fixes.repair("X.2.2", null));
  }

  @Test
  void editDistance() {
    assertEquals(0, Fixes.editDistance("1.1", "1.1"));
    assertEquals(1, Fixes.editDistance("1.99", "1.9"));
    assertEquals(2, Fixes.editDistance("1.1", "3.3"));
  }

  @Test
  void catchAllCodes() {
    assertEquals("250", Fixes.catchAll(dev.smtpstatus.api.StatusClass.SUCCESS).toString());
    assertEquals(
        "451",
        Fixes.catchAll(dev.smtpstatus.api.StatusClass.PERSISTENT_TRANSIENT_FAILURE).toString());
    assertEquals(
        "554", Fixes.catchAll(dev.smtpstatus.api.StatusClass.PERMANENT_FAILURE).toString());
  }
}
