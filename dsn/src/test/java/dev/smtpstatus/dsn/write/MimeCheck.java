package dev.smtpstatus.dsn.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Well-formedness by a MIME parser other than the writer's (Jakarta Mail's MimeMessage, from Angus
 * Mail), made strict: a missing closing boundary or an empty multipart is an error.
 */
public final class MimeCheck {
  private static final Session SESSION;

  static {
    Properties p = new Properties();
    p.setProperty("mail.mime.multipart.ignoremissingendboundary", "false");
    p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "false");
    p.setProperty("mail.mime.multipart.allowempty", "false");
    p.setProperty("mail.mime.allowutf8", "true");
    SESSION = Session.getInstance(p);
  }

  private MimeCheck() {}

  /**
   * Parses the report and returns the base types of its parts, after checking that it is a complete
   * multipart/report whose every line ends in CRLF and is at most 998 octets.
   */
  public static List<String> partTypes(byte[] report) throws MessagingException, IOException {
    for (int i = 0, line = 0; i < report.length; i++) {
      if (report[i] == '\n') {
        assertTrue(i > 0 && report[i - 1] == '\r', "bare LF at offset " + i);
        line = 0;
      } else if (report[i] != '\r') {
        assertTrue(++line <= 998, "line longer than 998 octets at offset " + i);
      }
    }
    MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(report));
    ContentType top = new ContentType(m.getContentType());
    assertEquals("multipart/report", top.getBaseType().toLowerCase(java.util.Locale.ROOT));
    MimeMultipart mp = new MimeMultipart(m.getDataHandler().getDataSource());
    assertTrue(mp.isComplete(), "closing boundary missing");
    assertEquals(
        "message/" + top.getParameter("report-type"),
        new ContentType(mp.getBodyPart(1).getContentType()).getBaseType(),
        "report-type names the second part (RFC 6522 §3)");
    List<String> types = new ArrayList<>();
    for (int i = 0; i < mp.getCount(); i++) {
      BodyPart part = mp.getBodyPart(i);
      types.add(new ContentType(part.getContentType()).getBaseType());
      try (InputStream in = part.getInputStream()) {
        in.readAllBytes();
      }
    }
    return types;
  }
}
