package dev.smtpstatus.dsn.write;

import dev.smtpstatus.Finding;
import dev.smtpstatus.dsn.Action;
import dev.smtpstatus.dsn.DsnField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A delivery status notification to send: an RFC 6522 {@code multipart/report; report-type=
 * delivery-status} holding a human-readable part, the {@code message/delivery-status} of RFC 3464
 * §2 and, if given, the returned header or message (RFC 6522 §3, RFC 3464 §2). Immutable: every
 * {@code with…} method returns a new report and checks its argument at once.
 *
 * <pre>{@code
 * byte[] dsn = DeliveryReport.of("mail.example.com", "postmaster@mail.example.com", "alice@example.com")
 *     .withRecipient(ReportRecipient.ofReply("bob@example.org",
 *         SmtpReply.parse("550 5.1.1 <bob@example.org>: Recipient address rejected")))
 *     .withReturnedHeaders(originalMessage)
 *     .toBytes();
 * }</pre>
 *
 * <p>Kotlin reads the same way: {@code DeliveryReport.of(mta, from,
 * to).withRecipient(r).toBytes()}.
 *
 * <p>When an address or text of a recipient needs UTF-8, the report is the RFC 6533 variant ({@link
 * #isGlobal()}): {@code report-type=global-delivery-status} and a {@code
 * message/global-delivery-status} part (RFC 6533 §4, §6.4), sent {@code 8bit}. Returned content
 * with octets beyond ASCII goes as {@code message/global-headers} (RFC 6533 §6.3) or {@code
 * message/global} (RFC 6532 §3.7).
 *
 * <p>Nothing a caller gives can add a header line or a MIME boundary: every field value is refused
 * if it holds a control character ({@link ReportFieldException}, naming the field), long fields are
 * folded at white space (RFC 5322 §2.2.3), and the boundary is checked against the whole written
 * message (a random one is drawn again; one given by {@link #withBoundary} is refused). The MIME
 * structure is written by Apache James Mime4j.
 */
public final class DeliveryReport {
  /** What of the original message the report returns (RFC 3461 §4.3 RET, RFC 6522 §3). */
  public enum Returned {
    /** Nothing is returned. */
    NOTHING,
    /** The header of the original message ({@code text/rfc822-headers}, RFC 6522 §4). */
    HEADERS,
    /** The whole original message ({@code message/rfc822}, RFC 2046 §5.2.1). */
    MESSAGE
  }

  private final Parts p;

  private DeliveryReport(Parts p) {
    this.p = p;
  }

  /** The mutable state behind one immutable report; copied by every {@code with…}. */
  private static final class Parts implements Cloneable {
    String reportingMta = "";
    String from = "";
    String to = "";
    List<ReportRecipient> recipients = List.of();
    @Nullable String originalEnvelopeId;
    @Nullable OffsetDateTime arrivalDate;
    @Nullable String receivedFromMta;
    @Nullable String subject;
    @Nullable String text;
    @Nullable OffsetDateTime date;
    @Nullable String messageId;
    @Nullable String boundary;
    Returned returned = Returned.NOTHING;
    byte[] returnedContent = new byte[0];

    Parts copy() {
      try {
        return (Parts) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  /**
   * Returns a report without recipients yet.
   *
   * @param reportingMta the host name of the MTA that writes the report ({@code Reporting-MTA: dns;
   *     …}, RFC 3464 §2.2.2), also named in the default text and the Message-ID
   * @param from the address the report comes from, e.g. {@code postmaster@mail.example.com}
   * @param to the address the report goes to: the original message's envelope sender (RFC 3464 §2,
   *     RFC 5321 §6.2), never empty
   * @throws ReportFieldException if a value holds a control character, or the MTA name is not an
   *     ASCII host name, or an address has angle brackets or white space at its ends
   */
  public static DeliveryReport of(String reportingMta, String from, String to) {
    Objects.requireNonNull(reportingMta, "reportingMta == null");
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    ReportRecipient.checkMtaName("Reporting-MTA", reportingMta);
    ReportRecipient.checkAddress("From", from);
    ReportRecipient.checkAddress("To", to);
    Parts p = new Parts();
    p.reportingMta = reportingMta;
    p.from = from;
    p.to = to;
    return new DeliveryReport(p);
  }

  /** Returns this report with one more recipient, after those it has. */
  public DeliveryReport withRecipient(ReportRecipient recipient) {
    Objects.requireNonNull(recipient, "recipient == null");
    List<ReportRecipient> all = new ArrayList<>(p.recipients);
    all.add(recipient);
    return withRecipients(all);
  }

  /** Returns this report with these recipients instead of those it has. */
  public DeliveryReport withRecipients(List<ReportRecipient> recipients) {
    Parts c = p.copy();
    c.recipients = List.copyOf(recipients);
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with an {@code Original-Envelope-Id} (RFC 3464 §2.2.1): the {@code ENVID}
   * the sender gave (RFC 3461 §4.4), decoded from xtext ({@link Xtext#decode}), case kept.
   *
   * @throws ReportFieldException if empty, not printable ASCII, or with white space at its ends
   */
  public DeliveryReport withOriginalEnvelopeId(String envelopeId) {
    Objects.requireNonNull(envelopeId, "envelopeId == null");
    FieldText.checkAscii(
        "Original-Envelope-Id", envelopeId, "an ENVID is printable ASCII (RFC 3461 §4.4)");
    FieldText.checkTrimmed("Original-Envelope-Id", envelopeId);
    Parts c = p.copy();
    c.originalEnvelopeId = envelopeId;
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with an {@code Arrival-Date} (RFC 3464 §2.2.5), to the second.
   *
   * @throws ReportFieldException if the year is not between 1900 and 9999
   */
  public DeliveryReport withArrivalDate(OffsetDateTime date) {
    Parts c = p.copy();
    c.arrivalDate = ReportRecipient.checkDate("Arrival-Date", date);
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with a {@code Received-From-MTA} of type {@code dns} (RFC 3464 §2.2.4).
   *
   * @throws ReportFieldException if not an ASCII host name
   */
  public DeliveryReport withReceivedFromMta(String host) {
    Objects.requireNonNull(host, "host == null");
    ReportRecipient.checkMtaName("Received-From-MTA", host);
    Parts c = p.copy();
    c.receivedFromMta = host;
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with its own Subject instead of the default (which says whether delivery
   * failed, is delayed or succeeded). Text beyond ASCII is written as RFC 2047 encoded words.
   *
   * @throws ReportFieldException if it holds a control character
   */
  public DeliveryReport withSubject(String subject) {
    Objects.requireNonNull(subject, "subject == null");
    FieldText.check("Subject", subject);
    Parts c = p.copy();
    c.subject = subject;
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with its own human-readable text (the first part, RFC 6522 §3) instead of
   * the default, which explains each recipient's outcome by its classification. Lines may end in LF
   * or CRLF; they are sent as CRLF, in quoted-printable where needed (RFC 2045 §6.7).
   *
   * @throws ReportFieldException if it holds a control character other than TAB, CR and LF
   */
  public DeliveryReport withText(String text) {
    Objects.requireNonNull(text, "text == null");
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    for (String line : lines.split("\n", -1)) {
      FieldText.check("text", line.replace('\t', ' '));
    }
    Parts c = p.copy();
    c.text = lines;
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with a Date header (RFC 5322 §3.6.1); without one, the time of writing.
   *
   * @throws ReportFieldException if the year is not between 1900 and 9999
   */
  public DeliveryReport withDate(OffsetDateTime date) {
    Parts c = p.copy();
    c.date = ReportRecipient.checkDate("Date", date);
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with a Message-ID (RFC 5322 §3.6.4), e.g. {@code 1234@mail.example.com},
   * with or without angle brackets; without one, Mime4j makes a unique one at the reporting MTA.
   *
   * @throws ReportFieldException if not {@code left@right} in printable ASCII without white space
   */
  public DeliveryReport withMessageId(String messageId) {
    Objects.requireNonNull(messageId, "messageId == null");
    String id =
        messageId.startsWith("<") && messageId.endsWith(">") && messageId.length() > 2
            ? messageId.substring(1, messageId.length() - 1)
            : messageId;
    FieldText.checkAscii("Message-ID", id, "a msg-id is ASCII (RFC 5322 §3.6.4)");
    int at = id.indexOf('@');
    if (at <= 0
        || at == id.length() - 1
        || id.indexOf('@', at + 1) >= 0
        || id.chars().anyMatch(ch -> ch == ' ' || ch == '<' || ch == '>')) {
      throw new ReportFieldException(
          "Message-ID",
          FieldText.quote(messageId)
              + " is not id-left \"@\" id-right without white space (RFC 5322 §3.6.4)");
    }
    Parts c = p.copy();
    c.messageId = "<" + id + ">";
    return new DeliveryReport(c);
  }

  /**
   * Returns this report with a fixed MIME boundary, e.g. for reproducible output; without one, a
   * random boundary is drawn for each write.
   *
   * @throws ReportFieldException if not 1 to 70 characters of RFC 2046 §5.1.1's {@code bchars}
   *     ending in a character other than space
   */
  public DeliveryReport withBoundary(String boundary) {
    Objects.requireNonNull(boundary, "boundary == null");
    boolean ok = !boundary.isEmpty() && boundary.length() <= 70 && !boundary.endsWith(" ");
    for (int i = 0; ok && i < boundary.length(); i++) {
      char c = boundary.charAt(i);
      ok =
          (c >= '0' && c <= '9')
              || (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || "'()+_,-./:=? ".indexOf(c) >= 0;
    }
    if (!ok) {
      throw new ReportFieldException(
          "boundary",
          FieldText.quote(boundary)
              + " is not 1 to 70 bchars (digits, letters, '()+_,-./:=? ), not ending in a space"
              + " (RFC 2046 §5.1.1)");
    }
    Parts c = p.copy();
    c.boundary = boundary;
    return new DeliveryReport(c);
  }

  /**
   * Returns this report returning the original message's header (RFC 6522 §4, {@code
   * text/rfc822-headers}; {@code message/global-headers} if it has octets beyond ASCII). If {@code
   * message} is a whole message, only its header, up to the first empty line, is returned.
   *
   * @throws ReportFieldException if it is empty, or holds a NUL or a line longer than 998 octets
   */
  public DeliveryReport withReturnedHeaders(byte[] message) {
    Objects.requireNonNull(message, "message == null");
    byte[] crlf = Returns.crlf(message);
    int end = Returns.headerEnd(crlf);
    byte[] header = Arrays.copyOf(crlf, end);
    Returns.check("returned headers", header);
    Parts c = p.copy();
    c.returned = Returned.HEADERS;
    c.returnedContent = header;
    return new DeliveryReport(c);
  }

  /**
   * Returns this report returning the whole original message ({@code message/rfc822}, RFC 2046
   * §5.2.1; {@code message/global} if it has octets beyond ASCII), with its line ends made CRLF.
   *
   * @throws ReportFieldException if it is empty, or holds a NUL or a line longer than 998 octets,
   *     which {@code message/rfc822} cannot carry in 7bit or 8bit (RFC 2045 §2.7, §2.8)
   */
  public DeliveryReport withReturnedMessage(byte[] message) {
    Objects.requireNonNull(message, "message == null");
    byte[] crlf = Returns.crlf(message);
    Returns.check("returned message", crlf);
    Parts c = p.copy();
    c.returned = Returned.MESSAGE;
    c.returnedContent = crlf;
    return new DeliveryReport(c);
  }

  /** Returns this report returning nothing of the original message. */
  public DeliveryReport withoutReturnedContent() {
    Parts c = p.copy();
    c.returned = Returned.NOTHING;
    c.returnedContent = new byte[0];
    return new DeliveryReport(c);
  }

  /** The host name of the reporting MTA. */
  public String getReportingMta() {
    return p.reportingMta;
  }

  /** The address the report comes from. */
  public String getFrom() {
    return p.from;
  }

  /** The address the report goes to. */
  public String getTo() {
    return p.to;
  }

  /** The recipients, in order; empty until one is added. */
  public List<ReportRecipient> getRecipients() {
    return p.recipients;
  }

  /** The Original-Envelope-Id, or null if there is none. */
  public @Nullable String getOriginalEnvelopeId() {
    return p.originalEnvelopeId;
  }

  /** The Arrival-Date, or null if there is none. */
  public @Nullable OffsetDateTime getArrivalDate() {
    return p.arrivalDate;
  }

  /** The Received-From-MTA host name, or null if there is none. */
  public @Nullable String getReceivedFromMta() {
    return p.receivedFromMta;
  }

  /** The Subject: the one given, or the default for the recipients' actions. */
  public String getSubject() {
    String s = p.subject;
    return s != null ? s : defaultSubject(p.recipients);
  }

  /** The human-readable text: the one given, or the default for the recipients. */
  public String getText() {
    String t = p.text;
    return t != null ? t : HumanText.of(p.reportingMta, p.recipients);
  }

  /** What of the original message the report returns. */
  public Returned getReturned() {
    return p.returned;
  }

  /** The returned header or message with CRLF line ends, a copy; empty if nothing is returned. */
  public byte[] getReturnedContent() {
    return p.returnedContent.clone();
  }

  /**
   * Whether the report is the RFC 6533 variant ({@code message/global-delivery-status}): true if a
   * recipient needs UTF-8 ({@link ReportRecipient#isUtf8()}).
   */
  public boolean isGlobal() {
    return p.recipients.stream().anyMatch(ReportRecipient::isUtf8);
  }

  /** The warnings of every recipient ({@link ReportRecipient#getFindings()}), in order. */
  public List<Finding> getFindings() {
    List<Finding> out = new ArrayList<>();
    for (ReportRecipient r : p.recipients) {
      out.addAll(r.getFindings());
    }
    return List.copyOf(out);
  }

  /**
   * The per-message fields of the delivery-status part in RFC 3464 §2.2's order, unfolded, as
   * {@link dev.smtpstatus.dsn.BounceReader} reads them back.
   */
  public List<DsnField> getMessageFields() {
    List<DsnField> out = new ArrayList<>();
    if (p.originalEnvelopeId != null) {
      out.add(DsnField.of("Original-Envelope-Id", p.originalEnvelopeId));
    }
    out.add(DsnField.of("Reporting-MTA", "dns; " + p.reportingMta));
    if (p.receivedFromMta != null) {
      out.add(DsnField.of("Received-From-MTA", "dns; " + p.receivedFromMta));
    }
    if (p.arrivalDate != null) {
      out.add(DsnField.of("Arrival-Date", ReportRecipient.DATE.format(p.arrivalDate)));
    }
    return List.copyOf(out);
  }

  /**
   * Writes the report as a whole message, with CRLF line ends, ready for SMTP {@code DATA} (the
   * envelope is the caller's: {@code MAIL FROM:<>}, RFC 5321 §4.5.5).
   *
   * @throws IllegalStateException if the report has no recipient (RFC 3464 §2.1 requires one)
   * @throws ReportFieldException if a field cannot be folded into lines of 998 octets, or the
   *     boundary given by {@link #withBoundary} occurs in the content
   */
  public byte[] toBytes() {
    return ReportWriter.write(this, p.boundary, p.date, p.messageId);
  }

  /**
   * Writes {@link #toBytes()} to {@code out}; does not close it.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(OutputStream out) {
    Objects.requireNonNull(out, "out == null");
    try {
      out.write(toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String defaultSubject(List<ReportRecipient> recipients) {
    if (recipients.stream().anyMatch(r -> r.getAction() == Action.FAILED)) {
      return "Undelivered Mail Returned to Sender";
    }
    if (recipients.stream().anyMatch(r -> r.getAction() == Action.DELAYED)) {
      return "Delayed Mail (still being retried)";
    }
    return "Successful Mail Delivery Report";
  }

  @Override
  public String toString() {
    return "DeliveryReport[" + p.reportingMta + " -> " + p.to + ", " + p.recipients + "]";
  }

  /** Line ends and limits of returned content. */
  static final class Returns {
    private Returns() {}

    /** Every line end made CRLF (RFC 5322 §2.1); a last line without one gets one. */
    static byte[] crlf(byte[] in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
      for (int i = 0; i < in.length; i++) {
        byte b = in[i];
        if (b == '\r') {
          out.write('\r');
          out.write('\n');
          if (i + 1 < in.length && in[i + 1] == '\n') {
            i++;
          }
        } else if (b == '\n') {
          out.write('\r');
          out.write('\n');
        } else {
          out.write(b);
        }
      }
      byte[] b = out.toByteArray();
      if (b.length > 0 && b[b.length - 1] != '\n') {
        return concat(b);
      }
      return b;
    }

    private static byte[] concat(byte[] b) {
      byte[] out = Arrays.copyOf(b, b.length + 2);
      out[b.length] = '\r';
      out[b.length + 1] = '\n';
      return out;
    }

    /** The length of the header: up to and including the CRLF before the first empty line. */
    static int headerEnd(byte[] crlf) {
      if (crlf.length >= 2 && crlf[0] == '\r' && crlf[1] == '\n') {
        return 0;
      }
      for (int i = 0; i + 3 < crlf.length; i++) {
        if (crlf[i] == '\r' && crlf[i + 1] == '\n' && crlf[i + 2] == '\r' && crlf[i + 3] == '\n') {
          return i + 2;
        }
      }
      return crlf.length;
    }

    static void check(String what, byte[] crlf) {
      if (crlf.length == 0) {
        throw new ReportFieldException(what, "it is empty");
      }
      int line = 0;
      for (int i = 0; i < crlf.length; i++) {
        byte b = crlf[i];
        if (b == 0) {
          throw new ReportFieldException(
              what, "it has a NUL at offset " + i + ", which 7bit and 8bit forbid (RFC 2045 §2.7)");
        }
        if (b == '\r') {
          line = 0;
          i++;
        } else if (++line > FieldText.MAX_LINE_OCTETS) {
          throw new ReportFieldException(
              what,
              "a line is longer than 998 octets at offset "
                  + i
                  + " (RFC 5322 §2.1.1, RFC 2045 §2.8); return the headers instead");
        }
      }
    }

    static boolean isAscii(byte[] b) {
      for (byte x : b) {
        if (x < 0) {
          return false;
        }
      }
      return true;
    }
  }

  /** The charset name for the text: US-ASCII when it is, else UTF-8. */
  static String charset(String text) {
    return ReportRecipient.isAscii(text)
        ? StandardCharsets.US_ASCII.name()
        : StandardCharsets.UTF_8.name();
  }
}
