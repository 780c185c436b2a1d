package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.testkit.InvalidStatusCodeKind;
import dev.smtpstatus.testkit.junit.InvalidStatusCodeTexts;
import dev.smtpstatus.testkit.junit.ReplyCodeStatusPairs;
import dev.smtpstatus.testkit.junit.SmtpReplies;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

class ReplyPropertiesTest {

  @ParameterizedTest
  @SmtpReplies(count = 300) // a new seed each run, shown as "(seed N)" in each test's name
  void anyReplyReadsBackAsWritten(SmtpReply sent) {
    assertEquals(sent, SmtpReply.parse(sent.format()));
  }

  @ParameterizedTest
  @ReplyCodeStatusPairs(count = 200, seed = 3463, compatible = false) // the same pairs each run
  void aMismatchedReplyCannotBeBuilt(ReplyCode code, EnhancedStatusCode status) {
    assertThrows(IllegalArgumentException.class, () -> SmtpReply.of(code, status, List.of("text")));
  }

  @ParameterizedTest
  @InvalidStatusCodeTexts(count = 200, kind = InvalidStatusCodeKind.NEAR_MISS) // 5.01.1, 6.1.1, ...
  void nearMissesAreNotCodes(String text) {
    assertNull(EnhancedStatusCode.parseOrNull(text));
  }
}
