package dev.smtpstatus.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Samples of the formats added for issue 10's held-out set: Outlook.com, the reply of a DSN whose
 * Diagnostic-Code is not {@code smtp; NNN …}, and the generic fallback for MTAs without a format of
 * their own. Each sample is written from the MTA's or provider's public documentation (named at the
 * sample), with addresses and hosts from the documentation ranges; each is read in LF, CRLF and CR
 * forms and must give the same rows. Rows: recipient, status, code, permanent, reason, format.
 */
class FormatSamplesTest {
  private record Sample(String name, String message, List<String> rows) {}

  private static final List<Sample> SAMPLES =
      List.of(
          // Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online", and
          // Microsoft Support, "Outlook.com error codes" (S-codes such as S2017062302).
          new Sample(
              "outlook.com mailbox unavailable",
              "From: postmaster@outlook.com\n"
                  + "To: alice@example.com\n"
                  + "Subject: Undeliverable: lunch\n"
                  + "\n"
                  + "Your message to bob@example.org couldn't be delivered.\n"
                  + "\n"
                  + "Diagnostic information for administrators:\n"
                  + "\n"
                  + "Generating server: DM6PR05MB1234.namprd05.prod.outlook.com\n"
                  + "\n"
                  + "bob@example.org\n"
                  + "Remote Server returned '550 5.5.0 Requested action not taken: mailbox"
                  + " unavailable (S2017062302).'\n",
              List.of("bob@example.org\t5.5.0\t550\ttrue\tUNKNOWN_RECIPIENT\toutlook")),
          new Sample(
              "outlook.com block list, S-code and IP address are not codes",
              "From: postmaster@hotmail.com\n"
                  + "Subject: Undeliverable: report\n"
                  + "\n"
                  + "carol@example.org\n"
                  + "Remote Server returned '550 5.7.1 Unfortunately, messages from [192.0.2.45]"
                  + " weren't sent. Please contact your Internet service provider since part of"
                  + " their network is on our block list (S3150).'\n",
              List.of("carol@example.org\t5.7.1\t550\ttrue\tBLOCKED\toutlook")),
          new Sample(
              "outlook.com sentence without a reply",
              "From: postmaster@outlook.com\n"
                  + "Subject: Undeliverable: hello\n"
                  + "\n"
                  + "Your message to dave@example.org couldn't be delivered.\n"
                  + "dave wasn't found at example.org.\n",
              List.of("dave@example.org\t-\t-\t-\tUNKNOWN_RECIPIENT\toutlook")),
          // Exchange 2003's NDR: the address with a date (never a code), and the reply inside
          // "<host #status smtp;reply>" at the end of a line.
          new Sample(
              "exchange 2003 ndr",
              "From: System Administrator <postmaster@mail.example.net>\n"
                  + "Subject: Undeliverable: report\n"
                  + "\n"
                  + "Your message did not reach some or all of the intended recipients.\n"
                  + "\n"
                  + "      Subject:\treport\n"
                  + "      Sent:\t12/2/2026 10:00 AM\n"
                  + "\n"
                  + "The following recipient(s) cannot be reached:\n"
                  + "\n"
                  + "      nina@example.org on 12/2/2026 10:00 AM\n"
                  + "            The e-mail address you entered couldn't be found.\n"
                  + "            <mx.example.net #5.1.1 smtp;550 5.1.1 <nina@example.org>... User"
                  + " unknown>\n",
              List.of("nina@example.org\t5.1.1\t550\ttrue\tUNKNOWN_RECIPIENT\texchange")),
          // Outlook.com's reply when the recipient's domain cannot be reached.
          new Sample(
              "outlook.com unreachable domain",
              "From: postmaster@outlook.com\n"
                  + "Subject: Undeliverable: plans\n"
                  + "\n"
                  + "olga@example.invalid\n"
                  + "Remote Server returned '550 5.4.310 DNS domain example.invalid does not exist"
                  + " [Message=InfoDomainNonexistent]'\n",
              List.of("olga@example.invalid\t5.4.310\t550\ttrue\tUNKNOWN_DOMAIN\toutlook")),
          // The older Hotmail and Windows SMTP service bounce.
          new Sample(
              "hotmail list",
              "From: postmaster@mail.example.net\n"
                  + "Subject: Delivery Status Notification (Failure)\n"
                  + "\n"
                  + "This is an automatically generated Delivery Status Notification.\n"
                  + "\n"
                  + "Delivery to the following recipients failed.\n"
                  + "\n"
                  + "       erin@example.org\n"
                  + "       frank@example.org\n"
                  + "\n"
                  + "Original message follows.\n",
              List.of(
                  "erin@example.org\t-\t-\t-\tOTHER\toutlook",
                  "frank@example.org\t-\t-\t-\tOTHER\toutlook")),
          // RFC 3464 §2.3.6: a Diagnostic-Code of another type. Postfix writes X-Postfix for its
          // own errors, and some MTAs put "host … said:" before the reply.
          new Sample(
              "dsn with an X-Postfix diagnostic that quotes a reply",
              dsn(
                  "Status: 5.0.0\n"
                      + "Diagnostic-Code: X-Postfix; host mx.example.org[192.0.2.10] said: 550 5.1.1\n"
                      + "    <gina@example.org>: Recipient address rejected: User unknown\n",
                  "gina@example.org"),
              List.of("gina@example.org\t5.1.1\t550\ttrue\tUNKNOWN_RECIPIENT\trfc3464")),
          // Exchange 2003 writes the status first, then the reply code with a hyphen.
          new Sample(
              "dsn with an Exchange 2003 diagnostic",
              dsn(
                  "Status: 5.1.1\n"
                      + "Diagnostic-Code: smtp;5.1.1 - Unknown address error 550-'hank@example.org..."
                      + " User unknown'\n",
                  "hank@example.org"),
              List.of("hank@example.org\t5.1.1\t550\ttrue\tUNKNOWN_RECIPIENT\trfc3464")),
          new Sample(
              "dsn whose diagnostic has no reply: the port and IP address are not codes",
              dsn(
                  "Status: 4.4.1\n"
                      + "Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.25]:465:"
                      + " Connection timed out\n",
                  "ivan@example.org"),
              List.of("ivan@example.org\t4.4.1\t-\tfalse\tNETWORK\trfc3464")),
          // RFC 3464 §2.3.4 wants "Status: 5.1.1"; some MTAs write the reply code too.
          new Sample(
              "dsn with a malformed Status",
              dsn("Status: 550 5.1.1\n", "lara@example.org"),
              List.of("lara@example.org\t5.1.1\t550\ttrue\tUNKNOWN_RECIPIENT\trfc3464")),
          // Postgrey's reply (postgrey(8), --greylist-text): a deferral, not an unknown recipient.
          new Sample(
              "dsn of a greylisted recipient",
              dsn(
                  "Status: 4.0.0\n"
                      + "Diagnostic-Code: smtp; 450 4.2.0 <max@example.org>: Recipient address"
                      + " rejected: Greylisted, see http://postgrey.example.org/help/example.org.html\n",
                  "max@example.org"),
              List.of("max@example.org\t4.2.0\t450\tfalse\tRATE_LIMITED\trfc3464")),
          // A report with a free-text part that says something else: the report wins.
          new Sample(
              "dsn wins over the text beside it",
              "From: MAILER-DAEMON@mx.example.net\n"
                  + "Subject: Undelivered Mail Returned to Sender\n"
                  + "MIME-Version: 1.0\n"
                  + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n"
                  + "\n"
                  + "--b\n"
                  + "Content-Type: text/plain\n"
                  + "\n"
                  + "<judy@example.org>: host mx.example.org[192.0.2.10] said: 452 4.2.2 Mailbox full\n"
                  + "\n"
                  + "--b\n"
                  + "Content-Type: message/delivery-status\n"
                  + "\n"
                  + "Reporting-MTA: dns; mx.example.net\n"
                  + "\n"
                  + "Final-Recipient: rfc822; judy@example.org\n"
                  + "Action: failed\n"
                  + "Status: 5.2.2\n"
                  + "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"
                  + "\n"
                  + "--b--\n",
              List.of("judy@example.org\t5.2.2\t552\ttrue\tMAILBOX_FULL\trfc3464")),
          // MDaemon's "Permanent Delivery Failure" with its session transcript (MDaemon
          // documentation, "Delivery status notification messages"): dates and times are not
          // codes, and the recipient is the address in the reply's own line, not the sender named
          // first.
          new Sample(
              "generic: a transcript",
              "From: MDaemon@mail.example.net\n"
                  + "Subject: Permanent Delivery Failure\n"
                  + "\n"
                  + "The attached message had PERMANENT fatal delivery errors!\n"
                  + "\n"
                  + "--- Session Transcript ---\n"
                  + " Wed 2026-12-02 10:00:00.123: Parsing message\n"
                  + " Wed 2026-12-02 10:00:00.125: *  From: alice@example.com\n"
                  + " Wed 2026-12-02 10:00:01.200: --> RCPT To:<kate@example.org>\n"
                  + " Wed 2026-12-02 10:00:01.455: <-- 550 5.1.1 <kate@example.org>... User"
                  + " unknown\n"
                  + "--- End Transcript ---\n",
              List.of("kate@example.org\t5.1.1\t550\ttrue\tUNKNOWN_RECIPIENT\tgeneric")),
          // A reply in a paragraph of its own, under the one address the bounce names.
          new Sample(
              "generic: reply apart from the address",
              "From: Mail Delivery Service <mailer-daemon@mail.example.net>\n"
                  + "Subject: Delivery failure notice\n"
                  + "\n"
                  + "Your message could not be delivered to leo@example.org.\n"
                  + "\n"
                  + "Remote server replied: 554 5.7.1 Service unavailable; client host blocked"
                  + " using zen.spamhaus.org\n",
              List.of("leo@example.org\t5.7.1\t554\ttrue\tBLOCKED\tgeneric")),
          // A message about a returned parcel, not a bounce: room, phone number and time are not
          // replies.
          new Sample(
              "not a bounce",
              "From: carol@example.com\n"
                  + "Subject: Re: returned mail room\n"
                  + "\n"
                  + "Room 450 on floor 5, mia@example.org said she calls +1-425-555-0100\n"
                  + "at 14:50 about the 552 parcels.\n",
              List.of()));

  private static String dsn(String fields, String recipient) {
    return "From: MAILER-DAEMON@mx.example.net\n"
        + "Subject: Delivery Status Notification\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n"
        + "\n"
        + "--r\n"
        + "Content-Type: message/delivery-status\n"
        + "\n"
        + "Reporting-MTA: dns; mx.example.net\n"
        + "\n"
        + "Final-Recipient: rfc822; "
        + recipient
        + "\n"
        + "Action: "
        + (fields.contains("Status: 4") ? "delayed" : "failed")
        + "\n"
        + fields
        + "\n"
        + "--r--\n";
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Sample s : SAMPLES) {
      for (CorpusTest.LineEnd end : CorpusTest.LineEnd.values()) {
        out.add(Arguments.of(s.name(), end, s.message(), s.rows()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void readsTheSample(String name, CorpusTest.LineEnd end, String message, List<String> rows) {
    Bounce b = BounceReader.defaults().read(CorpusTest.withLineEnds(message, end));
    List<String> actual = new ArrayList<>();
    for (BouncedRecipient r : b.getRecipients()) {
      actual.add(
          String.join(
              "\t",
              r.getRecipient(),
              r.getStatus() == null ? "-" : r.getStatus().toString(),
              r.getCode() == null ? "-" : r.getCode().toString(),
              r.getPermanent() == null ? "-" : r.getPermanent().toString(),
              r.getReason().name(),
              b.getFormat() == null ? "-" : b.getFormat()));
    }
    assertEquals(String.join("\n", rows), String.join("\n", actual), name);
  }
}
