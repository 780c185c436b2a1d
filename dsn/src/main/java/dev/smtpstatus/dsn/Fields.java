package dev.smtpstatus.dsn;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Typed readings of DSN field values; each returns null for a malformed value. */
final class Fields {
  private Fields() {}

  static @Nullable String first(List<DsnField> fields, String name) {
    for (DsnField f : fields) {
      if (f.getName().equalsIgnoreCase(name)) {
        return f.getValue();
      }
    }
    return null;
  }

  /**
   * {@code type ; text} (RFC 3464 §2.1.2: address-type, mta-name-type, diagnostic-type). The type
   * is an atom; a value without a semicolon is malformed.
   */
  static @Nullable TypedText typed(@Nullable String value) {
    if (value == null) {
      return null;
    }
    int semi = value.indexOf(';');
    if (semi <= 0) {
      return null;
    }
    String type = value.substring(0, semi).strip();
    if (type.isEmpty() || !isAtom(type)) {
      return null;
    }
    return TypedText.of(type, value.substring(semi + 1).strip());
  }

  private static boolean isAtom(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\".[]".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * An RFC 5322 §3.3 date-time as RFC 3464 §2.2.5 and §2.3.7 use it. Comments such as {@code (UTC)}
   * are dropped, and the obsolete zone {@code UT} is read as {@code GMT} (RFC 5322 §4.3); other
   * obsolete zone names are malformed here.
   */
  static @Nullable OffsetDateTime date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(value.length());
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        b.append(Character.isWhitespace(c) ? ' ' : c);
      }
    }
    String s = b.toString().strip().replaceAll(" +", " ");
    if (s.endsWith(" UT")) {
      s = s.substring(0, s.length() - 2) + "GMT";
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static boolean isStandard(String name, List<String> standard) {
    String n = name.toLowerCase(Locale.ROOT);
    return standard.contains(n);
  }
}
