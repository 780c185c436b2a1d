package dev.smtpstatus.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A free-text bounce reads the same whatever line ends it was sent with: the formats see LF only.
 * Found by fuzzing (issue 13): a Domino reason ended at the first blank line with LF, but ran on to
 * the end of the text with CRLF, where "\n\n" never occurs, and so was classified differently.
 */
class LineEndFormsTest {
  private static final String DOMINO =
      "From: Postmaster@notes.example.com\n"
          + "To: sender@example.com\n"
          + "Subject: DELIVERY FAILURE\n"
          + "\n"
          + "Your message\n"
          + "\n"
          + "  Subject: budget\n"
          + "\n"
          + "was not delivered to:\n"
          + "\n"
          + "  zoe@notes.example.com\n"
          + "\n"
          + "because:\n"
          + "\n"
          + "  Mailbox over quota\n"
          + "\n"
          + "  User zoe (zoe@notes.example.com) not listed in Domino Directory\n";

  private static List<String> read(String message) {
    Bounce b = BounceReader.defaults().read(message.getBytes(StandardCharsets.UTF_8));
    return b.getRecipients().stream()
        .map(r -> r.getRecipient() + " " + r.getReason() + " " + r.getDiagnostic())
        .collect(java.util.stream.Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r"})
  void aFreeTextReasonEndsAtTheSameBlankLineInEveryForm(String lineEnd) {
    List<String> lf = read(DOMINO);
    assertEquals(1, lf.size(), lf::toString);
    // The reason is the first paragraph after "because:", not the rest of the text.
    assertEquals("zoe@notes.example.com MAILBOX_FULL Mailbox over quota", lf.get(0));
    assertEquals(lf, read(DOMINO.replace("\n", lineEnd)));
  }
}
