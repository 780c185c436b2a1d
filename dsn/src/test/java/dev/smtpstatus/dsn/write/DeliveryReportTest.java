package dev.smtpstatus.dsn.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.dsn.Action;
import dev.smtpstatus.dsn.Bounce;
import dev.smtpstatus.dsn.BounceReader;
import dev.smtpstatus.dsn.BounceReason;
import dev.smtpstatus.dsn.BouncedRecipient;
import dev.smtpstatus.dsn.RecipientFields;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeliveryReportTest {
  private static final String MTA = "mail.example.com";
  private static final EnhancedStatusCode S511 = EnhancedStatusCode.parse("5.1.1");

  private static DeliveryReport report(ReportRecipient r) {
    return DeliveryReport.of(MTA, "postmaster@mail.example.com", "alice@example.com")
        .withRecipient(r);
  }

  private static ReportRecipient bob() {
    return ReportRecipient.of("bob@example.org", Action.FAILED, S511);
  }

  private static List<String> tags(List<Finding> findings) {
    return findings.stream().map(Finding::getTag).collect(Collectors.toList());
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  // ---- consistency (RFC 3464 §2.3.3, §2.3.4; the pair rules on the Diagnostic-Code) ----

  static Stream<Arguments> actionsThatDoNotFit() {
    return Stream.of(
        Arguments.of(Action.FAILED, "4.4.7"),
        Arguments.of(Action.FAILED, "2.0.0"),
        Arguments.of(Action.DELAYED, "5.1.1"),
        Arguments.of(Action.DELAYED, "2.0.0"),
        Arguments.of(Action.DELIVERED, "5.0.0"),
        Arguments.of(Action.RELAYED, "4.0.0"),
        Arguments.of(Action.EXPANDED, "5.2.2"));
  }

  @ParameterizedTest
  @MethodSource("actionsThatDoNotFit")
  void anActionThatDoesNotFitTheStatusClassIsRefused(Action action, String status) {
    InconsistentReportException e =
        assertThrows(
            InconsistentReportException.class,
            () -> ReportRecipient.of("bob@example.org", action, EnhancedStatusCode.parse(status)));
    assertEquals(List.of("smtp-status/ActionStatusMismatch"), tags(e.getFindings()));
    assertTrue(e.getMessage().contains("bob@example.org"), e.getMessage());
    assertTrue(e.getMessage().contains("Action " + action.getValue()), e.getMessage());
    assertTrue(e.getMessage().contains("RFC 3464 §2.3.3"), e.getMessage());
  }

  @Test
  void everyFittingActionIsAccepted() {
    for (Action a : Action.values()) {
      EnhancedStatusCode s = EnhancedStatusCode.of(a.getExpectedStatusClass(), 0, 0);
      assertEquals(a, ReportRecipient.of("bob@example.org", a, s).getAction());
    }
  }

  @Test
  void aDiagnosticOfAnotherClassThanTheStatusIsRefused() {
    InconsistentReportException e =
        assertThrows(
            InconsistentReportException.class,
            () -> bob().withDiagnostic(SmtpReply.parse("451 4.3.0 try again later")));
    assertEquals(List.of("smtp-status/StatusDiagnosticMismatch"), tags(e.getFindings()));
    assertTrue(e.getMessage().contains("Send Status"), e.getMessage());
  }

  @Test
  void aDiagnosticWhosePairIsAnErrorIsRefused() {
    // The lenient parser keeps 550 4.1.1 with a ClassMismatch error; the writer does not send it.
    SmtpReply broken = SmtpReply.parse("550 4.1.1 no such user");
    InconsistentReportException e =
        assertThrows(InconsistentReportException.class, () -> bob().withDiagnostic(broken));
    assertTrue(tags(e.getFindings()).contains("smtp-status/ClassMismatch"), e.getMessage());
    assertThrows(
        InconsistentReportException.class,
        () -> ReportRecipient.ofReply("bob@example.org", broken));
  }

  @Test
  void aDiagnosticsPairWarningsAreKeptNotRefused() {
    ReportRecipient r =
        ReportRecipient.ofReply("bob@example.org", SmtpReply.parse("550 5.3.4 Message too big"));
    assertEquals(List.of(Rule.UNLISTED_REPLY_CODE), rules(r.getFindings()));
    assertEquals(List.of(Rule.UNLISTED_REPLY_CODE), rules(report(r).getFindings()));
  }

  private static List<Rule> rules(List<Finding> fs) {
    return fs.stream().map(Finding::getRule).collect(Collectors.toList());
  }

  @Test
  void anIntermediateReplyIsNoDiagnostic() {
    ReportFieldException e =
        assertThrows(
            ReportFieldException.class,
            () -> ReportRecipient.ofReply("bob@example.org", SmtpReply.parse("354 go ahead")));
    assertEquals("Diagnostic-Code", e.getField());
  }

  @Test
  void ofReplyTakesActionAndStatusFromTheReply() {
    ReportRecipient r =
        ReportRecipient.ofReply("bob@example.org", SmtpReply.parse("452 4.2.2 mailbox full"));
    assertEquals(Action.DELAYED, r.getAction());
    assertEquals("4.2.2", r.getStatus().toString());
    ReportRecipient plain =
        ReportRecipient.ofReply("bob@example.org", SmtpReply.parse("550 no such user"));
    assertEquals(Action.FAILED, plain.getAction());
    assertEquals("5.0.0", plain.getStatus().toString());
  }

  // ---- injection: every string input ----

  static final List<String> ATTACKS =
      List.of(
          "x\r\nBcc: victim@example.net",
          "x\nContent-Type: text/html",
          "x\rX: y",
          "x\u0000y",
          "x\u000bY",
          "x\u007fy",
          "x\u0085y",
          "x\u2028y",
          "x\tBcc: y",
          "x\r\n\r\n--boundary--");

  static Stream<Arguments> inputs() {
    List<Arguments> out = new java.util.ArrayList<>();
    DeliveryReport base = report(bob());
    List<Object[]> setters =
        List.of(
            setter(
                "Final-Recipient",
                v -> ReportRecipient.of("a" + v + "@example.org", Action.FAILED, S511)),
            setter("Original-Recipient", v -> bob().withOriginalRecipient("a" + v)),
            setter("Original-Recipient", v -> bob().withOriginalRecipientParameter("rfc822;a" + v)),
            setter("Remote-MTA", v -> bob().withRemoteMta("mx" + v)),
            setter("Final-Log-ID", v -> bob().withFinalLogId("q" + v)),
            setter("Reporting-MTA", v -> DeliveryReport.of("m" + v, "p@example.com", "a@b.c")),
            setter("From", v -> DeliveryReport.of(MTA, "p" + v, "a@b.c")),
            setter("To", v -> DeliveryReport.of(MTA, "p@example.com", "a" + v)),
            setter("Original-Envelope-Id", v -> base.withOriginalEnvelopeId("e" + v)),
            setter("Received-From-MTA", v -> base.withReceivedFromMta("h" + v)),
            setter("Subject", v -> base.withSubject("s" + v)),
            setter("Message-ID", v -> base.withMessageId("i" + v + "@x")),
            setter("boundary", v -> base.withBoundary("b" + v)));
    for (Object[] s : setters) {
      for (String attack : ATTACKS) {
        out.add(Arguments.of(s[0], s[1], attack));
      }
    }
    return out.stream();
  }

  private static Object[] setter(String field, Function<String, Object> f) {
    return new Object[] {field, f};
  }

  @ParameterizedTest(name = "{0} <- {2}")
  @MethodSource("inputs")
  void noStringInputCanInjectALine(String field, Function<String, Object> set, String attack) {
    ReportFieldException e = assertThrows(ReportFieldException.class, () -> set.apply(attack));
    assertEquals(field, e.getField(), e.getMessage());
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
  }

  @Test
  void theHumanTextMayHoldLinesButNoOtherControlCharacter() {
    DeliveryReport r = report(bob()).withText("line one\nline two\r\nline three");
    assertTrue(text(r.toBytes()).contains("line one\r\nline two\r\nline three"));
    ReportFieldException e =
        assertThrows(ReportFieldException.class, () -> report(bob()).withText("a\u0000b"));
    assertEquals("text", e.getField());
  }

  @Test
  void aDiagnosticLineWithAControlCharacterIsRefused() {
    // The lenient parser keeps control characters a server sent (NUL, ESC, NEL); the writer does
    // not pass them on.
    for (String c : List.of("\u0000", "\u001b", "\u0085")) {
      SmtpReply reply = SmtpReply.parse("550 5.1.1 no" + c + "such user");
      ReportFieldException e =
          assertThrows(ReportFieldException.class, () -> bob().withDiagnostic(reply));
      assertEquals("Diagnostic-Code", e.getField());
      assertThrows(
          ReportFieldException.class, () -> ReportRecipient.ofReply("bob@example.org", reply));
    }
    // A reply built here can never hold a line break at all.
    assertThrows(IllegalArgumentException.class, () -> SmtpReply.of(550, "5.1.1", "a\r\nBcc: x"));
  }

  @Test
  void aBoundaryInTheContentIsNeverUsed() {
    String line = "--fixed.boundary";
    DeliveryReport r =
        report(bob()).withText("text\n" + line + "\nmore").withBoundary("fixed.boundary");
    ReportFieldException e = assertThrows(ReportFieldException.class, r::toBytes);
    assertEquals("boundary", e.getField());
    // The same content with a drawn boundary is written, and reads back whole.
    byte[] ok = report(bob()).withText("text\n" + line + "\nmore").toBytes();
    assertEquals(1, BounceReader.defaults().read(ok).getRecipients().size());
    byte[] returned =
        report(bob())
            .withBoundary("fixed.boundary")
            .withReturnedMessage(
                "From: a@b.c\n\n--fixed.boundary--\n".getBytes(StandardCharsets.UTF_8))
            .withText("t")
            .withSubject("s")
            .getReturnedContent();
    assertTrue(text(returned).contains("--fixed.boundary--"));
    assertThrows(
        ReportFieldException.class,
        () -> report(bob()).withBoundary("fixed.boundary").withReturnedMessage(returned).toBytes());
  }

  // ---- folding (RFC 5322 §2.2.3, §2.1.1) ----

  @Test
  void longFieldsAreFoldedAndReadBackTheSame() throws Exception {
    String words = "word ".repeat(100).strip();
    SmtpReply reply = SmtpReply.of(550, "5.1.1", words.substring(0, 400), "second line");
    DeliveryReport r = report(bob().withDiagnostic(reply).withFinalLogId(words));
    byte[] bytes = r.toBytes();
    String s = text(bytes);
    for (String line : s.split("\r\n")) {
      assertTrue(line.length() <= 78, "line of " + line.length() + ": " + line);
    }
    assertTrue(s.contains("Diagnostic-Code: smtp; 550-5.1.1 word"), s);
    RecipientFields back =
        BounceReader.defaults().read(bytes).getDeliveryStatus().getRecipients().get(0);
    assertEquals(r.getRecipients().get(0).toFields(), back.getFields());
    // The first line's trailing space cannot be carried by the joined form: dropped when written.
    assertEquals(reply.getLines().get(0).strip(), back.getDiagnosticReply().getLines().get(0));
    assertEquals(r.getRecipients().get(0).getDiagnostic(), back.getDiagnosticReply());
    MimeCheck.partTypes(bytes);
  }

  @Test
  void aRunTooLongToFoldIsRefused() {
    ReportRecipient r = bob().withFinalLogId("x".repeat(1200));
    ReportFieldException e = assertThrows(ReportFieldException.class, () -> report(r).toBytes());
    assertEquals("Final-Log-ID", e.getField());
    assertTrue(e.getMessage().contains("998"), e.getMessage());
  }

  // ---- addresses and the global variant (RFC 6533) ----

  @Test
  void asciiAddressesGiveADeliveryStatus() throws Exception {
    DeliveryReport r = report(bob().withOriginalRecipient("Bob@Example.org"));
    assertFalse(r.isGlobal());
    String s = text(r.toBytes());
    assertTrue(s.contains("report-type=delivery-status"), s);
    assertTrue(s.contains("Original-Recipient: rfc822; Bob@Example.org\r\n"), s);
    assertTrue(s.contains("Final-Recipient: rfc822; bob@example.org\r\n"), s);
    assertEquals(
        List.of("text/plain", "message/delivery-status"), MimeCheck.partTypes(r.toBytes()));
  }

  @Test
  void aUtf8AddressGivesTheGlobalVariant() throws Exception {
    ReportRecipient u =
        ReportRecipient.of("用户@例子.example", Action.FAILED, EnhancedStatusCode.parse("5.2.2"))
            .withDiagnostic(SmtpReply.parse("552 5.2.2 邮箱已满 mailbox full"));
    DeliveryReport r =
        report(u)
            .withReturnedHeaders(
                "From: a@b.c\nSubject: é\n\nbody".getBytes(StandardCharsets.UTF_8));
    assertTrue(r.isGlobal());
    byte[] bytes = r.toBytes();
    String s = text(bytes);
    assertTrue(s.contains("report-type=global-delivery-status"), s);
    assertTrue(s.contains("Final-Recipient: utf-8; 用户@例子.example\r\n"), s);
    assertEquals(
        List.of("text/plain", "message/global-delivery-status", "message/global-headers"),
        MimeCheck.partTypes(bytes));
    BouncedRecipient back = BounceReader.defaults().read(bytes).getRecipients().get(0);
    assertEquals("用户@例子.example", back.getRecipient());
    assertEquals(BounceReason.MAILBOX_FULL, back.getReason());
    // A UTF-8 diagnostic alone also needs the global variant.
    assertTrue(
        report(bob().withDiagnostic(SmtpReply.parse("550 5.1.1 adresse inconnue: é"))).isGlobal());
  }

  @Test
  void theOrcptParameterIsDecodedFromXtext() {
    ReportRecipient r = bob().withOriginalRecipientParameter("rfc822;bob+2Bsales@example.org");
    assertEquals("rfc822; bob+sales@example.org", String.valueOf(r.getOriginalRecipient()));
    ReportRecipient u =
        bob().withOriginalRecipientParameter("utf-8;\\x{7528}\\x{6237}@example.org");
    assertEquals("utf-8; 用户@example.org", String.valueOf(u.getOriginalRecipient()));
    assertTrue(u.isUtf8());
    ReportFieldException e =
        assertThrows(
            ReportFieldException.class, () -> bob().withOriginalRecipientParameter("bob@x"));
    assertEquals("Original-Recipient", e.getField());
    assertThrows(
        ReportFieldException.class, () -> bob().withOriginalRecipientParameter("rfc822;a+2"));
  }

  @Test
  void anAddressInAngleBracketsOrWithOuterSpaceIsRefused() {
    for (String a : List.of("<bob@example.org>", " bob@example.org", "bob@example.org ", "")) {
      ReportFieldException e =
          assertThrows(
              ReportFieldException.class, () -> ReportRecipient.of(a, Action.FAILED, S511));
      assertEquals("Final-Recipient", e.getField());
    }
  }

  // ---- the whole message ----

  @Test
  void aWholeReportReadsBackAndIsWellFormed() throws Exception {
    OffsetDateTime t = OffsetDateTime.parse("2026-12-02T17:00:00.123+01:00");
    DeliveryReport r =
        DeliveryReport.of(MTA, "MAILER-DAEMON@mail.example.com", "alice@example.com")
            .withOriginalEnvelopeId("QQ314159")
            .withArrivalDate(t)
            .withReceivedFromMta("client.example.com")
            .withDate(t)
            .withMessageId("<dsn.1@mail.example.com>")
            .withRecipient(
                ReportRecipient.ofReply(
                        "bob@example.org",
                        SmtpReply.parse(
                            "550-5.1.1 The email account that you tried to reach does not exist.\r\n"
                                + "550 5.1.1 Please try double-checking the recipient's address."))
                    .withRemoteMta("mx.example.org")
                    .withLastAttemptDate(t))
            .withRecipient(
                ReportRecipient.of(
                        "carol@example.org", Action.DELAYED, EnhancedStatusCode.parse("4.4.1"))
                    .withWillRetryUntil(t.plusDays(3)))
            .withReturnedMessage(
                "From: alice@example.com\nTo: bob@example.org\nSubject: hi\n\nHello.\n"
                    .getBytes(StandardCharsets.US_ASCII));
    byte[] bytes = r.toBytes();
    assertEquals(
        List.of("text/plain", "message/delivery-status", "message/rfc822"),
        MimeCheck.partTypes(bytes));
    String s = text(bytes);
    assertTrue(s.contains("Date: Wed, 2 Dec 2026 17:00:00 +0100\r\n"), s);
    assertTrue(s.contains("Message-ID: <dsn.1@mail.example.com>\r\n"), s);
    assertTrue(s.contains("Auto-Submitted: auto-replied\r\n"), s);
    assertTrue(s.contains("Subject: Undelivered Mail Returned to Sender\r\n"), s);
    Bounce back = BounceReader.defaults().read(bytes);
    assertEquals("rfc3464", back.getFormat());
    assertEquals(r.getMessageFields(), back.getDeliveryStatus().getMessageFields());
    assertEquals(2, back.getRecipients().size());
    for (int i = 0; i < 2; i++) {
      assertEquals(
          r.getRecipients().get(i).toFields(),
          back.getDeliveryStatus().getRecipients().get(i).getFields());
    }
    BouncedRecipient bob = back.getRecipients().get(0);
    assertEquals(Boolean.TRUE, bob.getPermanent());
    assertEquals(BounceReason.UNKNOWN_RECIPIENT, bob.getReason());
    assertEquals(List.of(), bob.getFindings());
    assertEquals(Boolean.FALSE, back.getRecipients().get(1).getPermanent());
  }

  @Test
  void theDefaultTextFollowsTheClassificationAndCanBeReplaced() {
    DeliveryReport r =
        report(ReportRecipient.ofReply("bob@example.org", SmtpReply.parse("552 5.2.2 over quota")));
    assertTrue(
        r.getText()
            .contains("<bob@example.org>: delivery failed permanently: the mailbox is full."),
        r.getText());
    assertEquals("Mine.", r.withText("Mine.").getText());
    assertTrue(text(r.withText("Mine.").toBytes()).contains("\r\n\r\nMine.\r\n"));
  }

  @Test
  void aReportWithoutRecipientsIsNotWritten() {
    assertThrows(
        IllegalStateException.class,
        () -> DeliveryReport.of(MTA, "p@example.com", "a@example.com").toBytes());
  }

  @Test
  void valuesAreImmutable() {
    DeliveryReport a = report(bob());
    DeliveryReport b = a.withSubject("other").withRecipient(bob());
    assertEquals(1, a.getRecipients().size());
    assertEquals("Undelivered Mail Returned to Sender", a.getSubject());
    assertEquals(2, b.getRecipients().size());
    ReportRecipient r = bob();
    assertEquals(r, bob());
    assertEquals(r.hashCode(), bob().hashCode());
    assertFalse(r.equals(r.withRemoteMta("mx.example.org")));
    byte[] content = "From: a@b.c\n\n".getBytes(StandardCharsets.US_ASCII);
    DeliveryReport h = a.withReturnedHeaders(content);
    h.getReturnedContent()[0] = 'X';
    assertEquals('F', h.getReturnedContent()[0]);
  }
}
