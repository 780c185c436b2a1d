package dev.smtpstatus.dsn.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads recipients from the text of a bounce that has no delivery-status part: the first format
 * that recognises a text part and finds a recipient in it wins. Text parts of the outermost message
 * are tried first, then those of nested messages (a forwarded bounce), so that the original message
 * a bounce quotes is read only when nothing else tells.
 */
public final class FreeText {
  private static final List<TextFormat> FORMATS =
      List.of(
          new PostfixFormat(),
          new SendmailFormat(),
          new EximFormat(),
          new QmailFormat(),
          new YahooFormat(),
          new CourierFormat(),
          new OpenSmtpdFormat(),
          new OutlookFormat(),
          new ExchangeFormat(),
          new GmailFormat(),
          new AmazonSesFormat(),
          new DominoFormat(),
          new GenericFormat());

  /**
   * How many characters at the start of a text part the formats look at to recognise it. A bounce
   * writes its own words before the copy of the message it returns, which may be long; looking only
   * here keeps recognition from scanning that copy a dozen times.
   */
  static final int RECOGNITION_WINDOW = 8192;

  private FreeText() {}

  /** What was found: the format's name (null if none), the recipients, whether the cap cut them. */
  public record Result(@Nullable String format, List<Found> found, boolean truncated) {}

  /** The names of the formats, in the order they are tried. */
  public static List<String> formatNames() {
    List<String> names = new ArrayList<>();
    for (TextFormat f : FORMATS) {
      names.add(f.name());
    }
    return names;
  }

  /**
   * The first {@code max} characters of {@code text} with ASCII letters in lower case: the words
   * formats look for are ASCII, and one pass into a byte array is cheaper than a substring and
   * {@code toLowerCase} of a text that is not Latin-1.
   */
  static String asciiLower(String text, int max) {
    int n = Math.min(text.length(), max);
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // Non-ASCII becomes '?': no format looks for it, and the string stays one byte per char.
      out[i] = c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c < 0x80 ? (byte) c : (byte) '?';
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Reads the recipients of a free-text bounce. */
  public static Result extract(List<String[]> topFields, List<Part> parts, int maxRecipients) {
    StringBuilder h = new StringBuilder();
    for (String[] f : topFields) {
      String name = f[0].toLowerCase(Locale.ROOT);
      if (name.equals("from") || name.equals("subject") || name.equals("sender")) {
        h.append(f[1].toLowerCase(Locale.ROOT)).append('\n');
      }
    }
    String headers = h.toString();
    int maxDepth = 0;
    for (Part p : parts) {
      maxDepth = Math.max(maxDepth, p.messageDepth());
    }
    for (int depth = 0; depth <= maxDepth; depth++) {
      for (Part p : parts) {
        if (p.messageDepth() != depth || !p.mimeType().startsWith("text/")) {
          continue;
        }
        String text = p.text();
        String lowerText = asciiLower(text, RECOGNITION_WINDOW);
        for (TextFormat f : FORMATS) {
          if (!f.matches(headers, lowerText)) {
            continue;
          }
          List<Found> found = f.extract(p.text());
          if (!found.isEmpty()) {
            boolean cut = found.size() > maxRecipients;
            return new Result(
                f.name(), cut ? List.copyOf(found.subList(0, maxRecipients)) : found, cut);
          }
        }
      }
    }
    return new Result(null, List.of(), false);
  }
}
