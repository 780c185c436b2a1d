package dev.smtpstatus.dsn.internal;

import dev.smtpstatus.dsn.DeliveryStatus;
import dev.smtpstatus.dsn.DsnField;
import dev.smtpstatus.dsn.RecipientFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/**
 * Reads the body of a delivery-status part (RFC 3464 §2.1): groups of header-style fields separated
 * by blank lines, the first per-message, each further one per recipient. Splitting at blank lines
 * is RFC 3464's grammar; each field of a group is split into name and body by Mime4j's field
 * parser.
 */
public final class DsnBody {
  private DsnBody() {}

  /** A delivery status and whether the recipient cap cut it. */
  public record Result(DeliveryStatus status, boolean truncated) {}

  /** Reads {@code text}; a group that breaks a limit keeps the fields before the break. */
  public static Result parse(String text, MimeConfig config, int maxRecipients) {
    List<List<DsnField>> groups = new ArrayList<>();
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
          List<DsnField> fields = fields(config, group);
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

  /**
   * The fields of one group (lines joined by CRLF): a line that starts with white space continues
   * the field before it (RFC 5322 §2.2.3), any other line starts a field, which Mime4j's {@link
   * RawFieldParser} splits into name and body. Mime4j's header limits apply as they do to a message
   * header: a line longer than {@code maxLineLen}, a field longer than {@code maxHeaderLen} or more
   * than {@code maxHeaderCount} fields end the group, keeping the fields before. A line without a
   * colon is not a field and is skipped, as Mime4j's lenient mode does. (A whole Mime4j stream per
   * group cost as much as walking the message: decision 0710.)
   */
  private static List<DsnField> fields(MimeConfig config, CharSequence group) {
    List<DsnField> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int maxLine = config.getMaxLineLen();
    int maxField = config.getMaxHeaderLen();
    int maxCount = config.getMaxHeaderCount();
    int n = group.length();
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && group.charAt(end) != '\r' && group.charAt(end) != '\n') {
        end++;
      }
      if (maxLine > 0 && end - start > maxLine) {
        return out;
      }
      char first = end > start ? group.charAt(start) : '\n';
      if (first == ' ' || first == '\t') {
        if (field.length() > 0) {
          field.append("\r\n").append(group, start, end);
        }
      } else if (end > start) {
        if (!add(out, field, maxCount)) {
          return out;
        }
        field.setLength(0);
        field.append(group, start, end);
      }
      if (maxField > 0 && field.length() > maxField) {
        return out;
      }
      start = end;
      while (start < n && (group.charAt(start) == '\r' || group.charAt(start) == '\n')) {
        start++;
      }
    }
    add(out, field, maxCount);
    return out;
  }

  /** Adds the field in {@code field}, if any; false if the field count is already at the cap. */
  private static boolean add(List<DsnField> out, StringBuilder field, int maxCount) {
    if (field.length() == 0) {
      return true;
    }
    if (maxCount > 0 && out.size() >= maxCount) {
      return false;
    }
    byte[] bytes = field.toString().getBytes(StandardCharsets.UTF_8);
    try {
      RawField raw = RawFieldParser.DEFAULT.parseField(new ByteArrayBuffer(bytes, true));
      String name = raw.getName().strip();
      if (!name.isEmpty()) {
        out.add(DsnField.of(name, MessageParts.fieldValue(raw)));
      }
    } catch (MimeException notAField) {
      // No colon: not a field (lenient, as Mime4j's stream in non-strict mode).
    }
    return true;
  }
}
