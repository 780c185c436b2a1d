package dev.smtpstatus.examples;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.cli.Main;
import dev.smtpstatus.examples.client.Conversation;
import dev.smtpstatus.examples.client.Exchange;
import dev.smtpstatus.examples.server.ExampleSmtpServer;
import dev.smtpstatus.examples.server.MailboxStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Starts the example SMTP server on 127.0.0.1, runs the client conversation against it, prints each
 * reply with its meaning and retry advice, explains one reply the way {@code smtp-status explain}
 * does, and stops.
 *
 * <p>From the repository root, without {@code install}: {@code mvn -B -ntp -q -pl examples -am
 * package exec:java -Dmaven.test.skip=true}.
 */
public final class Demo {
  private Demo() {}

  /** Runs the demo; an exception ends it if the conversation fails. */
  public static void main(String[] args) throws IOException {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    run(out);
    out.flush();
  }

  /** Runs the demo, printing to {@code out}; returns the conversation. */
  public static List<Exchange> run(PrintWriter out) throws IOException {
    List<Exchange> conversation;
    try (ExampleSmtpServer server = ExampleSmtpServer.start(MailboxStore.demo())) {
      out.println(
          "Example SMTP server listening on "
              + server.getAddress().getHostString()
              + ":"
              + server.getAddress().getPort());
      out.println();
      conversation = Conversation.run(server.getAddress());
    }
    for (Exchange exchange : conversation) {
      out.println("C: " + exchange.getSent());
      for (String line : exchange.getReply().format().split("\r\n")) {
        out.println("S: " + line);
      }
      out.println("   " + exchange.getMeaning().describe().replace("\n", "\n   "));
      out.println();
    }
    SmtpReply mailboxFull =
        conversation.stream()
            .map(Exchange::getReply)
            .filter(r -> r.getCode().getValue() == 452)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the server never said 452"));
    String line = mailboxFull.format().strip();
    out.println("$ smtp-status explain '" + line + "'");
    int exit =
        Main.run(
            new String[] {"explain", line},
            new ByteArrayInputStream(new byte[0]),
            out,
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    if (exit != 0) {
      throw new IllegalStateException("smtp-status explain exited with " + exit);
    }
    return conversation;
  }
}
