package dev.smtpstatus.dsn.write;

import dev.smtpstatus.dsn.DsnField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.MimeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link DeliveryReport} with Apache James Mime4j: the multipart, its parts' headers, the
 * transfer encodings and the random boundary are Mime4j's; the delivery-status body (RFC 3464 §2.1:
 * groups of header-style fields) and the top-level fields are folded here.
 */
final class ReportWriter {
  /** Draws of a random boundary before giving up; a collision is already one in 2^100 or so. */
  private static final int BOUNDARY_TRIES = 8;

  private ReportWriter() {}

  static byte[] write(
      DeliveryReport report,
      @Nullable String boundary,
      @Nullable OffsetDateTime date,
      @Nullable String messageId) {
    if (report.getRecipients().isEmpty()) {
      throw new IllegalStateException(
          "a delivery status notification names at least one recipient (RFC 3464 §2.1): add one"
              + " with withRecipient");
    }
    boolean global = report.isGlobal();
    byte[] status = statusBody(report);
    String text = report.getText();
    String id =
        messageId != null ? messageId : MimeUtil.createUniqueMessageId(report.getReportingMta());
    String when =
        ReportRecipient.DATE.format(date != null ? date : OffsetDateTime.now().withNano(0));
    for (int attempt = 0; ; attempt++) {
      String b = boundary != null ? boundary : MimeUtil.createUniqueBoundary();
      byte[] out = build(report, global, status, text, b, when, id);
      if (countDelimiters(out, b)
          == 3 + (report.getReturned() == DeliveryReport.Returned.NOTHING ? 0 : 1)) {
        return out;
      }
      if (boundary != null) {
        throw new ReportFieldException(
            "boundary",
            FieldText.quote(boundary)
                + " occurs in the content of a part, where it would end the part early (RFC 2046"
                + " §5.1.1): choose another or let the writer draw one");
      }
      if (attempt == BOUNDARY_TRIES) {
        throw new IllegalStateException("no boundary found that the content does not contain");
      }
    }
  }

  private static byte[] build(
      DeliveryReport report,
      boolean global,
      byte[] status,
      String text,
      String boundary,
      String date,
      String messageId) {
    try {
      MultipartBuilder multipart = MultipartBuilder.create("report");
      Charset cs = Charset.forName(DeliveryReport.charset(text));
      String crlfText = text.replace("\n", "\r\n");
      multipart.addBodyPart(
          BodyPartBuilder.create()
              .setBody(crlfText, "plain", cs)
              .setContentTransferEncoding(
                  needsQuotedPrintable(crlfText) ? "quoted-printable" : "7bit"));
      multipart.addBodyPart(
          BodyPartBuilder.create()
              .setBody(
                  status, global ? "message/global-delivery-status" : "message/delivery-status")
              .setContentTransferEncoding(global ? "8bit" : "7bit"));
      byte[] returned = report.getReturnedContent();
      boolean ascii = DeliveryReport.Returns.isAscii(returned);
      switch (report.getReturned()) {
        case HEADERS:
          multipart.addBodyPart(
              BodyPartBuilder.create()
                  .setBody(returned, ascii ? "text/rfc822-headers" : "message/global-headers")
                  .setContentTransferEncoding(ascii ? "7bit" : "8bit"));
          break;
        case MESSAGE:
          multipart.addBodyPart(
              BodyPartBuilder.create()
                  .setBody(returned, ascii ? "message/rfc822" : "message/global")
                  .setContentTransferEncoding(ascii ? "7bit" : "8bit"));
          break;
        case NOTHING:
          break;
      }
      Multipart body = multipart.build();
      String subject = report.getSubject();
      Message message =
          Message.Builder.of()
              .setField(raw("From", "<" + report.getFrom() + ">"))
              .setField(raw("To", "<" + report.getTo() + ">"))
              .setField(subjectField(subject))
              .setField(raw("Date", date))
              .setField(raw("Message-ID", messageId))
              // RFC 3834 §5: an automatic response, so that no auto-responder answers it.
              .setField(raw("Auto-Submitted", "auto-replied"))
              .setField(raw("MIME-Version", "1.0"))
              .setBody(body)
              .setContentType(
                  "multipart/report",
                  new NameValuePair(
                      "report-type", global ? "global-delivery-status" : "delivery-status"),
                  new NameValuePair("boundary", boundary))
              .build();
      ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + status.length);
      new DefaultMessageWriter().writeMessage(message, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
  }

  /**
   * The delivery-status body (RFC 3464 §2.1): the per-message group, then each recipient's group,
   * each preceded by an empty line; every field folded (RFC 5322 §2.2.3).
   */
  static byte[] statusBody(DeliveryReport report) {
    StringBuilder b = new StringBuilder();
    appendGroup(b, report.getMessageFields());
    for (ReportRecipient r : report.getRecipients()) {
      b.append("\r\n");
      appendGroup(b, r.toFields());
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendGroup(StringBuilder b, List<DsnField> fields) {
    for (DsnField f : fields) {
      b.append(FieldText.fold(f.getName(), f.getValue())).append("\r\n");
    }
  }

  /** A header field from its name and a value, folded, in UTF-8 (RFC 6532 §3.2 where needed). */
  private static Field raw(String name, String value) {
    return parsed(FieldText.fold(name, value));
  }

  private static Field subjectField(String subject) {
    if (ReportRecipient.isAscii(subject)) {
      return raw("Subject", subject);
    }
    // RFC 2047 encoded words, which Mime4j splits into words that fit a line.
    return parsed(
        "Subject: "
            + EncoderUtil.encodeEncodedWord(
                subject,
                EncoderUtil.Usage.TEXT_TOKEN,
                "Subject: ".length(),
                StandardCharsets.UTF_8,
                null));
  }

  private static Field parsed(String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    try {
      return DefaultFieldParser.parse(new ByteArrayBuffer(bytes, true), DecodeMonitor.SILENT);
    } catch (MimeException e) {
      throw new IllegalStateException("Mime4j refused a field this writer built: " + field, e);
    }
  }

  /** Whether text cannot go as 7bit: beyond ASCII, or a line over 998 octets (RFC 2045 §2.7). */
  private static boolean needsQuotedPrintable(String crlfText) {
    if (!ReportRecipient.isAscii(crlfText)) {
      return true;
    }
    for (String line : crlfText.split("\r\n", -1)) {
      if (line.length() > FieldText.MAX_LINE_OCTETS) {
        return true;
      }
    }
    return false;
  }

  /** How many lines of the message start with {@code --boundary} (RFC 2046 §5.1.1). */
  private static int countDelimiters(byte[] message, String boundary) {
    byte[] d = ("\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    int n = 0;
    outer:
    for (int i = 0; i + d.length <= message.length; i++) {
      for (int k = 0; k < d.length; k++) {
        if (message[i + k] != d[k]) {
          continue outer;
        }
      }
      n++;
    }
    return n;
  }
}
