package dev.smtpstatus.dsn.internal;

import dev.smtpstatus.dsn.DeliveryStatus;
import dev.smtpstatus.dsn.DsnField;
import dev.smtpstatus.dsn.RecipientFields;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * Reads the body of a delivery-status part (RFC 3464 §2.1): groups of header-style fields separated
 * by blank lines, the first per-message, each further one per recipient. Splitting at blank lines
 * is RFC 3464's grammar; each group's fields (names, folding) are read by Mime4j as a header.
 */
public final class DsnBody {
  private DsnBody() {}

  /** A delivery status and whether the recipient cap cut it. */
  public record Result(DeliveryStatus status, boolean truncated) {}

  /** Reads {@code text}; a group Mime4j refuses (a limit exceeded) is skipped. */
  public static Result parse(String text, MimeConfig config, int maxRecipients) {
    List<List<DsnField>> groups = new ArrayList<>();
    MimeTokenStream stream = new MimeTokenStream(config);
    boolean truncated = false;
    StringBuilder group = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(i, end);
      boolean blank = line.isBlank();
      if (blank || end >= n) {
        if (!blank) {
          group.append(line).append("\r\n");
        }
        if (group.length() > 0) {
          if (groups.size() > maxRecipients) {
            truncated = true;
            break;
          }
          List<DsnField> fields = fields(stream, group);
          if (!fields.isEmpty()) {
            groups.add(fields);
          }
          group.setLength(0);
        }
      } else {
        group.append(line).append("\r\n");
      }
      if (end >= n) {
        break;
      }
      // CRLF, LF or a bare CR ends a line.
      i = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    if (groups.isEmpty()) {
      return new Result(DeliveryStatus.of(List.of(), List.of()), truncated);
    }
    List<RecipientFields> recipients = new ArrayList<>();
    for (List<DsnField> g : groups.subList(1, groups.size())) {
      recipients.add(RecipientFields.of(g));
    }
    // A report whose first group already names a recipient has no per-message group (seen from
    // MTAs that drop it); RFC 3464 §2.1 requires one, so read it as a recipient group.
    List<DsnField> first = groups.get(0);
    if (isRecipientGroup(first)) {
      recipients.add(0, RecipientFields.of(first));
      first = List.of();
    }
    return new Result(DeliveryStatus.of(first, recipients), truncated);
  }

  private static boolean isRecipientGroup(List<DsnField> fields) {
    for (DsnField f : fields) {
      String name = f.getName();
      if (name.equalsIgnoreCase("Final-Recipient") || name.equalsIgnoreCase("Action")) {
        return true;
      }
    }
    return false;
  }

  private static List<DsnField> fields(MimeTokenStream stream, CharSequence group) {
    List<DsnField> out = new ArrayList<>();
    // The blank line ends the header, so the group is read as a whole header.
    byte[] bytes = (group + "\r\n").getBytes(StandardCharsets.UTF_8);
    stream.parse(new ByteArrayInputStream(bytes));
    try {
      for (EntityState s = stream.getState();
          s != EntityState.T_END_OF_STREAM && s != EntityState.T_END_HEADER;
          s = stream.next()) {
        if (s == EntityState.T_FIELD) {
          String name = stream.getField().getName().strip();
          if (!name.isEmpty()) {
            out.add(DsnField.of(name, MessageParts.fieldValue(stream.getField())));
          }
        }
      }
    } catch (IOException | MimeException e) {
      // A limit exceeded in this group: keep the fields read before it.
    }
    return out;
  }
}
