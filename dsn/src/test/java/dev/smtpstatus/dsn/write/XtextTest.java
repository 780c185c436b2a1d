package dev.smtpstatus.dsn.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XtextTest {
  @Test
  void encodesPlusEqualsSpaceAndNonAscii() {
    assertEquals("a+2Bb+3Dc+20d", Xtext.encode("a+b=c d"));
    assertEquals("+C3+A9", Xtext.encode("é"));
    assertEquals("bob@example.org", Xtext.encode("bob@example.org"));
  }

  @Test
  void decodeInvertsEncode() {
    for (String s : new String[] {"", "a+b=c d", "é用户", "\u0001\u007f", "+++"}) {
      assertEquals(s, Xtext.decode(Xtext.encode(s)));
    }
  }

  @Test
  void decodeRefusesWhatIsNotXtext() {
    for (String bad : new String[] {"a+2", "a+zz", "a+2b", "a=b", "a b", "é"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Xtext.decode(bad));
      assertTrue(e.getMessage().contains("RFC 3461 §4"), e.getMessage());
    }
  }
}
