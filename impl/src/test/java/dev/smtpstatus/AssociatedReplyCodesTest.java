package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.AssociatedReplyCodes.Form;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every form in which the registry words its associated reply codes. */
class AssociatedReplyCodesTest {

  private static AssociatedReplyCodes of(String code) {
    RegistryEntry e = StatusCodeRegistry.iana().get(code);
    return java.util.Objects.requireNonNull(e, code).getAssociatedReplyCodes();
  }

  private static List<Integer> values(AssociatedReplyCodes a) {
    return a.getCodes().stream().map(ReplyCode::getValue).toList();
  }

  @Test
  void aList() {
    AssociatedReplyCodes a = of("X.3.4");
    assertEquals(Form.LIST, a.getForm());
    assertEquals(List.of(552, 554), values(a));
    assertTrue(a.lists(ReplyCode.of(552)));
    assertFalse(a.lists(ReplyCode.of(550)));
    assertTrue(a.namesClass(5));
    assertFalse(a.namesClass(4));
  }

  @Test
  void anyListsEveryCode() {
    AssociatedReplyCodes a = of("X.0.0");
    assertEquals(Form.ANY, a.getForm());
    assertTrue(a.lists(ReplyCode.of(421)));
    assertTrue(a.namesClass(2));
  }

  @Test
  void notGivenNamesNothing() {
    AssociatedReplyCodes a = of("X.1.0");
    assertEquals(Form.NOT_GIVEN, a.getForm());
    assertFalse(a.lists(ReplyCode.of(550)));
    assertFalse(a.namesClass(5));
  }

  @Test
  void classWildcard() {
    AssociatedReplyCodes a = of("X.7.17");
    assertEquals(Form.LIST, a.getForm());
    assertEquals(List.of(), a.getCodes());
    assertEquals(List.of(5), a.getClassWildcards());
    assertTrue(a.lists(ReplyCode.of(550)));
    assertFalse(a.lists(ReplyCode.of(450)));
  }

  @Test
  void orAndSlashSeparateCodes() {
    assertEquals(List.of(250, 251), values(of("X.3.6")));
    assertEquals(List.of(451, 550), values(of("X.7.24")));
  }

  @Test
  void otherCodesAllowed() {
    AssociatedReplyCodes a = of("X.7.15");
    assertEquals(List.of(450, 550), values(a));
    assertEquals(List.of(4, 5), a.getClassWildcards());
    assertTrue(a.lists(ReplyCode.of(451)));
    assertTrue(a.lists(ReplyCode.of(554)));
    assertFalse(a.lists(ReplyCode.of(250)));
    assertEquals("450, 550 (other 4XX or 5XX codes are allowed)", a.getWording());
  }

  @Test
  void x728sBareDotIsKeptAndNamesNothing() {
    AssociatedReplyCodes a = of("X.7.28");
    assertEquals(Form.UNSPECIFIED, a.getForm());
    assertEquals(".", a.getWording());
    assertFalse(a.namesClass(5));
  }

  @Test
  void x610HasNone() {
    AssociatedReplyCodes a = of("X.6.10");
    assertEquals(Form.NOT_GIVEN, a.getForm());
    assertEquals("", a.getWording());
  }

  @Test
  void wordingOutsideTheRegistrysFormsIsRejected() {
    SmtpSyntaxException e =
        assertThrows(SmtpSyntaxException.class, () -> AssociatedReplyCodes.parse("550, 6xx"));
    assertEquals(5, e.getIndex());
  }
}
