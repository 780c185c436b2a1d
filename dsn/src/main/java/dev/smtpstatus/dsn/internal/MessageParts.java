package dev.smtpstatus.dsn.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.jspecify.annotations.Nullable;

/**
 * Walks a message with Mime4j's {@link MimeTokenStream} (RFC 2045/2046, RFC 6522 {@code
 * multipart/report}, nested {@code message/rfc822}) and keeps the parts a bounce reader needs: the
 * delivery-status parts and the text parts, decoded, with the outermost message's header fields.
 *
 * <p>Bounded: Mime4j's own limits (line length, header length, header count) come from the caps;
 * nesting beyond {@code maxDepth} is not entered (Mime4j's flat mode, the rest of that entity is
 * one body that is skipped); a part's text is cut at {@code maxPartChars}. What was cut is reported
 * by {@link #isTruncated()}.
 */
public final class MessageParts {
  private final List<Part> parts = new ArrayList<>();
  private final List<String[]> topFields = new ArrayList<>();
  private boolean truncated;
  private boolean skippedMessages;
  private byte[] buffer = new byte[4096];

  private MessageParts() {}

  /** The parts kept, in message order. */
  public List<Part> parts() {
    return parts;
  }

  /** The outermost message's header fields as {name, unfolded value}. */
  public List<String[]> topFields() {
    return topFields;
  }

  /** Whether a cap cut the message. */
  public boolean isTruncated() {
    return truncated;
  }

  /**
   * Whether a walk that does not enter nested messages passed over one ({@code message/rfc822} or
   * {@code message/global}): then a full walk may find more.
   */
  public boolean skippedMessages() {
    return skippedMessages;
  }

  /**
   * Walks {@code message}.
   *
   * @param nested whether to enter nested messages; when false, a {@code message/rfc822} part is a
   *     body that is skipped (and {@link #skippedMessages()} says so), which spares decoding the
   *     text of the original message most bounces return
   * @throws MimeException if Mime4j refuses the message (a limit of {@code config} exceeded)
   */
  public static MessageParts walk(
      byte[] message,
      MimeConfig config,
      int maxDepth,
      int maxPartChars,
      int maxTopFields,
      boolean nested)
      throws MimeException {
    MessageParts out = new MessageParts();
    MimeTokenStream stream = new MimeTokenStream(config);
    stream.setRecursionMode(nested ? RecursionMode.M_RECURSE : RecursionMode.M_NO_RECURSE);
    stream.parse(new ByteArrayInputStream(message));
    int depth = 0;
    int messageDepth = -1;
    try {
      for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
        switch (s) {
          case T_START_MESSAGE:
            messageDepth++;
            depth++;
            break;
          case T_START_BODYPART:
            depth++;
            break;
          case T_END_MESSAGE:
            messageDepth--;
            depth--;
            break;
          case T_END_BODYPART:
            depth--;
            break;
          case T_START_MULTIPART:
            if (depth > maxDepth) {
              // Deeper than the cap: the rest of this entity is one body, not entered.
              stream.setRecursionMode(RecursionMode.M_FLAT);
              out.truncated = true;
            }
            break;
          case T_FIELD:
            if (messageDepth == 0 && depth == 1 && out.topFields.size() < maxTopFields) {
              Field f = stream.getField();
              out.topFields.add(new String[] {f.getName(), fieldValue(f)});
            }
            break;
          case T_BODY:
            out.body(stream, Math.max(messageDepth, 0), maxPartChars);
            break;
          default:
            break;
        }
      }
    } catch (IOException e) {
      // Only from the in-memory stream's decoders (broken base64 or quoted-printable in strict
      // mode): keep what was read.
      out.truncated = true;
    }
    return out;
  }

  private void body(MimeTokenStream stream, int messageDepth, int maxPartChars) throws IOException {
    BodyDescriptor bd = stream.getBodyDescriptor();
    String type =
        bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
    boolean status =
        type.equals("message/delivery-status") || type.equals("message/global-delivery-status");
    boolean text = type.equals("text/plain") || type.equals("text/html");
    if (type.equals("message/rfc822") || type.equals("message/global")) {
      // Only in a walk that does not enter nested messages (RFC 2046 §5.2.1, RFC 6532 §3.7).
      skippedMessages = true;
    }
    if (!status && !text) {
      return;
    }
    // RFC 6533 §6: message/global-delivery-status is UTF-8; RFC 3464 fields are ASCII, and UTF-8
    // reads ASCII unchanged.
    Charset cs = status ? StandardCharsets.UTF_8 : charset(bd.getCharset());
    int read = readAtMost(stream.getDecodedInputStream(), maxPartChars);
    if (read > maxPartChars) {
      truncated = true;
    }
    int n = Math.min(read, maxPartChars);
    String decoded = new String(buffer, 0, n, cs);
    if (type.equals("text/html")) {
      decoded = Html.toText(decoded);
    }
    parts.add(new Part(type, messageDepth, toLf(decoded)));
  }

  /**
   * The text with every CRLF and bare CR made LF. A decoded part keeps the line ends it was sent
   * with (RFC 5322 §2.3 says CRLF; LF and bare CR arrive too), and the formats look for blank lines
   * and line starts: reading one form only, they cannot depend on which one was sent.
   */
  static String toLf(String text) {
    int cr = text.indexOf('\r');
    if (cr < 0) {
      return text;
    }
    int n = text.length();
    StringBuilder b = new StringBuilder(n).append(text, 0, cr);
    for (int i = cr; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        b.append('\n');
        if (i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Reads up to {@code max + 1} bytes into {@link #buffer}, so that the caller can tell that there
   * was more; returns how many. One buffer serves every part of the walk and grows only as a part
   * needs (decision 0710), instead of a fresh 8 KB buffer and a copy per part.
   */
  private int readAtMost(InputStream in, int max) throws IOException {
    int limit = max + 1;
    int n = 0;
    while (n < limit) {
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit, 2L * buffer.length));
      }
      int r = in.read(buffer, n, Math.min(buffer.length, limit) - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /** The named charset, or UTF-8 (which reads US-ASCII unchanged) if unknown or unsupported. */
  static Charset charset(@Nullable String name) {
    if (name == null || name.isEmpty() || name.equalsIgnoreCase("us-ascii")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) { // IllegalCharsetNameException, UnsupportedCharsetException
      return StandardCharsets.UTF_8;
    }
  }

  /** A field's value: its raw bytes after the colon, as UTF-8 (RFC 6532), unfolded and trimmed. */
  public static String fieldValue(Field f) {
    org.apache.james.mime4j.util.ByteSequence raw = f.getRaw();
    if (raw == null) {
      String b = f.getBody();
      return b == null ? "" : b.strip();
    }
    byte[] bytes = raw.toByteArray();
    int colon = 0;
    while (colon < bytes.length && bytes[colon] != ':') {
      colon++;
    }
    int from = Math.min(colon + 1, bytes.length);
    String v = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    return unfold(v).strip();
  }

  /** RFC 5322 §2.2.3 unfolding: a line end followed by white space is removed, the space kept. */
  static String unfold(String v) {
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c != '\r' && c != '\n') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
