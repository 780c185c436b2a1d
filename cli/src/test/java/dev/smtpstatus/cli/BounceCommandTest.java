package dev.smtpstatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BounceCommandTest {
  static final String DSN =
      String.join(
          "\r\n",
          "From: MAILER-DAEMON@mta.example.com",
          "To: sender@example.com",
          "Subject: Undelivered Mail Returned to Sender",
          "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"",
          "",
          "--b",
          "Content-Type: text/plain",
          "",
          "Your message could not be delivered.",
          "",
          "--b",
          "Content-Type: message/delivery-status",
          "",
          "Reporting-MTA: dns; mta.example.com",
          "",
          "Final-Recipient: rfc822; bob@example.org",
          "Action: failed",
          "Status: 5.0.0",
          "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address",
          " rejected: User unknown",
          "",
          "Final-Recipient: rfc822; carol@example.net",
          "Action: delayed",
          "Status: 4.2.2",
          "Diagnostic-Code: smtp; 452 4.2.2 Mailbox over quota",
          "",
          "--b--",
          "");

  static final String NOT_A_BOUNCE =
      "From: alice@example.com\nTo: bob@example.org\nSubject: hi\n\nLunch in room 450?\n";

  @Test
  void textSaysWhatHappenedWhetherToRetryAndWhy() {
    CliRun run = CliRun.withInput(DSN, "bounce");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("bob@example.org  failed  550  5.1.1\n"), run.toString());
    assertTrue(run.out.contains("do not retry: permanent (unknown recipient)"), run.toString());
    assertTrue(run.out.contains("carol@example.net  delayed  452  4.2.2\n"), run.toString());
    assertTrue(run.out.contains("retry later: transient (mailbox full)"), run.toString());
  }

  @Test
  void jsonIsOneObjectPerRecipientPerLine() {
    CliRun run = CliRun.withInput(DSN, "bounce", "--format", "json");
    assertEquals(0, run.exitCode, run.toString());
    String[] lines = run.out.split("\n");
    assertEquals(2, lines.length, run.toString());
    assertEquals(
        "{\"recipient\": \"bob@example.org\", \"action\": \"failed\", \"status\": \"5.1.1\","
            + " \"code\": 550, \"permanent\": true, \"reason\": \"unknown_recipient\","
            + " \"diagnostic\": \"550 5.1.1 <bob@example.org>: Recipient address rejected: User"
            + " unknown\", \"findings\": [], \"format\": \"rfc3464\"}",
        lines[0]);
    assertTrue(lines[1].contains("\"permanent\": false, \"reason\": \"mailbox_full\""), lines[1]);
  }

  @Test
  void readableWithoutRecipientsExitsOne() {
    CliRun run = CliRun.withInput(NOT_A_BOUNCE, "bounce");
    assertEquals(1, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.contains("no recipient status found"), run.toString());
  }

  @Test
  void unreadableExitsTwoWithoutStackTrace() {
    CliRun run = CliRun.withInput("\u0000\u0001 binary garbage", "bounce");
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.startsWith("smtp-status: standard input: not a message"), run.toString());
    assertFalse(run.err.contains("at dev.smtpstatus"), run.toString());
  }

  @Test
  void manyFilesInOneProcessWorstExitWins(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.eml"), DSN);
    Path b = Files.writeString(dir.resolve("b.eml"), NOT_A_BOUNCE);
    Path missing = dir.resolve("missing.eml");
    CliRun ok = CliRun.of("bounce", "--format", "json", a.toString(), a.toString());
    assertEquals(0, ok.exitCode, ok.toString());
    assertEquals(4, ok.out.split("\n").length, ok.toString());
    assertTrue(ok.out.startsWith("{\"file\": \"" + a + "\", \"recipient\""), ok.toString());

    CliRun mixed = CliRun.of("bounce", a.toString(), b.toString());
    assertEquals(1, mixed.exitCode, mixed.toString());
    assertTrue(mixed.out.contains("==> " + a + " <=="), mixed.toString());

    CliRun broken = CliRun.of("bounce", a.toString(), missing.toString());
    assertEquals(2, broken.exitCode, broken.toString());
    assertTrue(broken.err.contains(missing + ": cannot read"), broken.toString());
  }

  /**
   * Issue 10: thousands of files are read in one process (one call, no JVM per file), each reported
   * under its own name, in the order given.
   */
  @Test
  void thousandsOfFilesInOneCall(@TempDir Path dir) throws IOException {
    int count = 3000;
    String[] args = new String[count + 3];
    args[0] = "bounce";
    args[1] = "--format";
    args[2] = "json";
    for (int i = 0; i < count; i++) {
      Path f = dir.resolve("bounce-" + i + ".eml");
      Files.writeString(f, DSN.replace("bob@example.org", "bob" + i + "@example.org"));
      args[i + 3] = f.toString();
    }
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode, run.err);
    String[] lines = run.out.split("\n");
    assertEquals(2 * count, lines.length);
    for (int i = 0; i < count; i += 997) {
      assertTrue(lines[2 * i].startsWith("{\"file\": \"" + args[i + 3] + "\""), lines[2 * i]);
      assertTrue(lines[2 * i].contains("bob" + i + "@example.org"), lines[2 * i]);
    }
  }
}
