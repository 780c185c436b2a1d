package dev.smtpstatus.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine's consistency rules on each recipient of a report, as findings. */
class ConsistencyFindingsTest {
  private static List<Rule> rules(BouncedRecipient r) {
    return r.getFindings().stream().map(Finding::getRule).collect(Collectors.toList());
  }

  private static Bounce read(String file) throws IOException {
    return BounceReader.defaults()
        .read(CorpusTest.withLineEnds(CorpusTest.resource(file), CorpusTest.LineEnd.CRLF));
  }

  @Test
  void failedWithATransientStatusIsAnActionStatusMismatch() throws IOException {
    BouncedRecipient r = read("rfc3464-simple.eml").getRecipients().get(0);
    assertEquals(List.of(Rule.ACTION_STATUS_MISMATCH), rules(r));
  }

  @Test
  void aStatusOfAnotherClassThanTheDiagnosticIsAStatusDiagnosticMismatch() throws IOException {
    List<BouncedRecipient> rs = read("status-vs-diagnostic.eml").getRecipients();
    // 5.0.0 with 550 5.1.1: consistent, only less specific.
    assertEquals(List.of(), rules(rs.get(0)));
    // failed with 4.0.0 and a 550 5.7.1 reply: both rules.
    assertEquals(
        List.of(Rule.ACTION_STATUS_MISMATCH, Rule.STATUS_DIAGNOSTIC_MISMATCH), rules(rs.get(1)));
  }

  @Test
  void theReplysOwnPairRulesAreKept() {
    String msg =
        HostileInputTest.REPORT_HEAD
            + "Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.3.4\n"
            + "Diagnostic-Code: smtp; 550 5.3.4 Message too big\n\n--b--\n";
    BouncedRecipient r =
        BounceReader.defaults()
            .read(msg.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .getRecipients()
            .get(0);
    assertEquals(List.of(Rule.UNLISTED_REPLY_CODE), rules(r));
  }
}
