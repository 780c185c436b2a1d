package dev.smtpstatus.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.examples.client.Exchange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo runs end to end and prints the conversation and the explanation of a real reply. */
class DemoTest {

  @Test
  void printsEachReplyWithItsMeaningAndExplainsOne() throws Exception {
    StringWriter text = new StringWriter();
    List<Exchange> conversation = Demo.run(new PrintWriter(text, true));
    String output = text.toString();

    assertEquals(20, conversation.size());
    assertTrue(output.contains("C: RCPT TO:<carol@example.test>\n"), output);
    assertTrue(output.contains("S: 452 4.2.2 Mailbox full, over quota: try again later\n"), output);
    assertTrue(
        output.contains("452 4.2.2   Mailbox full  -> retry later: the condition is transient"),
        output);
    assertTrue(output.contains("Message too big for system  -> do not retry"), output);
    // The part from `smtp-status explain`:
    assertTrue(output.contains("$ smtp-status explain '452 4.2.2 Mailbox full"), output);
    assertTrue(output.contains("pairing  452 with 4.2.2 is compatible."), output);
  }
}
