package dev.smtpstatus.dsn;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.dsn.internal.DsnBody;
import dev.smtpstatus.dsn.internal.Found;
import dev.smtpstatus.dsn.internal.FreeText;
import dev.smtpstatus.dsn.internal.MessageParts;
import dev.smtpstatus.dsn.internal.Part;
import dev.smtpstatus.dsn.internal.ReplyFinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.MimeConfig;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bounce: a whole message, as bytes, with LF, CRLF or bare CR line ends. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Bounce bounce = BounceReader.defaults().read(Files.readAllBytes(path));
 * for (BouncedRecipient r : bounce.getRecipients()) {
 *   System.out.println(r.getRecipient() + " " + r.getStatus() + " " + r.getReason());
 * }
 * }</pre>
 *
 * <p>What is read:
 *
 * <ul>
 *   <li>The first {@code message/delivery-status} (RFC 3464 §2.1) or {@code
 *       message/global-delivery-status} (RFC 6533 §6) part, at the shallowest {@code
 *       message/rfc822} level, so that a forwarded report is read too; usually inside an RFC 6522
 *       {@code multipart/report}, but found wherever it is.
 *   <li>Without such a part, or when it names no recipient, the text parts ({@code text/plain},
 *       {@code text/html}) in the free-text formats of common MTAs; the outermost message's parts
 *       first, then those of nested messages.
 * </ul>
 *
 * <p>Bounded (docs/decisions/0703-bounce-reader-caps.md): a message longer than {@link
 * #getMaxMessageSize()} is read up to that size; MIME nesting deeper than {@link #getMaxDepth()} is
 * not entered; at most {@link #getMaxRecipients()} recipients are read; a header line longer than
 * {@link #getMaxLineLength()} or a header field longer than {@link #getMaxHeaderLength()} makes the
 * message unreadable (Mime4j's limits). A result cut by a cap says so ({@link
 * Bounce#isTruncated()}). The only exceptions are {@link UnreadableMessageException} and, from
 * {@link #read(InputStream)}, {@link UncheckedIOException}.
 */
public final class BounceReader {
  /** The default {@link #getMaxMessageSize()}: 16 MiB. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 16 << 20;

  /** The default {@link #getMaxDepth()}: 16 nested entities. */
  public static final int DEFAULT_MAX_DEPTH = 16;

  /** The default {@link #getMaxRecipients()}: 10,000. */
  public static final int DEFAULT_MAX_RECIPIENTS = 10_000;

  /** The default {@link #getMaxLineLength()}: 64 KiB. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 64 << 10;

  /** The default {@link #getMaxHeaderLength()}: 256 KiB. */
  public static final int DEFAULT_MAX_HEADER_LENGTH = 256 << 10;

  /** The most header fields per entity Mime4j reads. */
  private static final int MAX_HEADER_COUNT = 2000;

  /** The most characters of one text part that free-text formats look at. */
  private static final int MAX_TEXT_CHARS = 1 << 20;

  private static final BounceReader DEFAULTS =
      new BounceReader(
          DEFAULT_MAX_MESSAGE_SIZE,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_RECIPIENTS,
          DEFAULT_MAX_LINE_LENGTH,
          DEFAULT_MAX_HEADER_LENGTH);

  private final int maxMessageSize;
  private final int maxDepth;
  private final int maxRecipients;
  private final int maxLineLength;
  private final int maxHeaderLength;
  private final MimeConfig config;

  private BounceReader(
      int maxMessageSize, int maxDepth, int maxRecipients, int maxLineLength, int maxHeaderLength) {
    this.maxMessageSize = maxMessageSize;
    this.maxDepth = maxDepth;
    this.maxRecipients = maxRecipients;
    this.maxLineLength = maxLineLength;
    this.maxHeaderLength = maxHeaderLength;
    this.config =
        MimeConfig.custom()
            .setStrictParsing(false)
            .setMaxLineLen(maxLineLength)
            .setMaxHeaderLen(maxHeaderLength)
            .setMaxHeaderCount(MAX_HEADER_COUNT)
            .setMaxContentLen(-1)
            .build();
  }

  /** The reader with the default caps. */
  public static BounceReader defaults() {
    return DEFAULTS;
  }

  /** Returns a builder that starts from the default caps. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** The most bytes of a message read; the rest is ignored and the result marked truncated. */
  public int getMaxMessageSize() {
    return maxMessageSize;
  }

  /** The deepest MIME nesting (multiparts and nested messages) entered. */
  public int getMaxDepth() {
    return maxDepth;
  }

  /** The most recipients read from one message. */
  public int getMaxRecipients() {
    return maxRecipients;
  }

  /** The longest line, in bytes, Mime4j accepts in a header. */
  public int getMaxLineLength() {
    return maxLineLength;
  }

  /** The longest header field, folded lines together, in bytes. */
  public int getMaxHeaderLength() {
    return maxHeaderLength;
  }

  /**
   * Reads a message from a stream, up to {@link #getMaxMessageSize()} bytes; does not close it.
   *
   * @throws UnreadableMessageException if the input is not a message this reader can read
   * @throws UncheckedIOException if reading the stream fails
   */
  public Bounce read(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    byte[] bytes;
    try {
      bytes = in.readNBytes(maxMessageSize + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(bytes);
  }

  /**
   * Reads a message.
   *
   * @throws UnreadableMessageException if the input is empty, does not start with a header field
   *     (RFC 5322 §2.1; an mbox {@code From } line before it is skipped), or breaks a Mime4j limit
   */
  public Bounce read(byte[] message) {
    Objects.requireNonNull(message, "message == null");
    boolean truncated = message.length > maxMessageSize;
    byte[] bytes = LineEnds.normalize(message, Math.min(message.length, maxMessageSize));
    if (!LineEnds.startsWithHeader(bytes)) {
      throw new UnreadableMessageException(
          bytes.length == 0
              ? "empty input: a message has at least one header field (RFC 5322 §2.1)"
              : "not a message: it does not start with a header field such as \"From: …\" (RFC"
                  + " 5322 §2.1)");
    }
    // First without entering nested messages: most bounces put their report at the top and return
    // the original message, whose text need not be decoded. Only when the top level holds no
    // report with a recipient, and skipped a nested message, is the message walked again whole, so
    // that a forwarded report is found (the result is the same as one whole walk).
    MessageParts parts = walk(bytes, false);
    Report report = report(parts);
    if (!report.hasRecipients() && parts.skippedMessages()) {
      parts = walk(bytes, true);
      report = report(parts);
    }
    truncated |= parts.isTruncated() || report.truncated();
    DeliveryStatus status = report.status();
    if (status != null && !status.getRecipients().isEmpty()) {
      List<BouncedRecipient> out = new ArrayList<>();
      for (RecipientFields f : status.getRecipients()) {
        out.add(fromDsn(f));
      }
      return Bounce.of("rfc3464", status, out, truncated);
    }
    FreeText.Result free = FreeText.extract(parts.topFields(), parts.parts(), maxRecipients);
    List<BouncedRecipient> out = new ArrayList<>();
    for (Found f : free.found()) {
      out.add(fromText(f));
    }
    return Bounce.of(free.format(), status, out, truncated || free.truncated());
  }

  private MessageParts walk(byte[] bytes, boolean nested) {
    try {
      return MessageParts.walk(bytes, config, maxDepth, MAX_TEXT_CHARS, 200, nested);
    } catch (MimeException e) {
      throw new UnreadableMessageException("the MIME structure cannot be read: " + e.getMessage());
    }
  }

  /** The delivery status a bounce's parts hold, and whether the recipient cap cut it. */
  private record Report(@Nullable DeliveryStatus status, boolean truncated) {
    boolean hasRecipients() {
      return status != null && !status.getRecipients().isEmpty();
    }
  }

  /**
   * The first delivery-status part at the shallowest message level that names a recipient, else the
   * first one at all.
   */
  private Report report(MessageParts parts) {
    DeliveryStatus status = null;
    boolean truncated = false;
    int statusDepth = Integer.MAX_VALUE;
    for (Part p : parts.parts()) {
      if (p.mimeType().endsWith("delivery-status") && p.messageDepth() < statusDepth) {
        DsnBody.Result r = DsnBody.parse(p.text(), config, maxRecipients);
        if (!r.status().getRecipients().isEmpty() || status == null) {
          status = r.status();
          statusDepth = r.status().getRecipients().isEmpty() ? statusDepth : p.messageDepth();
          truncated = r.truncated();
        }
      }
    }
    return new Report(status, truncated);
  }

  private static BouncedRecipient fromDsn(RecipientFields f) {
    TypedText finalRecipient = f.getFinalRecipient();
    TypedText original = f.getOriginalRecipient();
    String recipient =
        finalRecipient != null
            ? finalRecipient.getText()
            : original != null ? original.getText() : orEmpty(f.get("Final-Recipient"));
    SmtpReply reply = f.getDiagnosticReply();
    TypedText diagnostic = f.getDiagnosticCode();
    String rawDiagnostic = diagnostic != null ? diagnostic.getText() : f.get("Diagnostic-Code");
    // Unfolding keeps the folding white space (RFC 5322 §2.2.3); for reading, one space is enough.
    String diagnosticText = rawDiagnostic == null ? null : rawDiagnostic.replaceAll("\\s+", " ");
    ReplyCode code = reply != null ? reply.getCode() : null;
    EnhancedStatusCode diagnosticStatus = reply != null ? reply.getStatus() : null;
    if (reply == null && diagnosticText != null) {
      // A diagnostic that is not "smtp; NNN …" (RFC 3464 §2.3.6 allows other types, and MTAs write
      // "X-Postfix; host … said: 550 5.1.1 …" or "smtp; 5.1.1 - Unknown address error 550-…"):
      // the first failure reply in it, by the rules of the free-text reader, which never takes an
      // address, port, date or version for a code.
      ReplyFinder.Hit hit = ReplyFinder.find(diagnosticText, 0);
      if (hit != null) {
        code = ReplyCode.ofOrNull(hit.code());
        diagnosticStatus =
            hit.status() == null ? null : EnhancedStatusCode.parseOrNull(hit.status());
      }
      if (diagnosticStatus == null) {
        String bare = ReplyFinder.findStatus(diagnosticText);
        diagnosticStatus = bare == null ? null : EnhancedStatusCode.parseOrNull(bare);
      }
    }
    EnhancedStatusCode fieldStatus = f.getStatus();
    String rawStatus = f.get("Status");
    if (fieldStatus == null && rawStatus != null) {
      // A malformed Status (RFC 3464 §2.3.4 wants "5.1.1" and at most a comment), such as
      // "550 5.1.1": the status in it, and its reply code when there is none from the diagnostic.
      ReplyFinder.Hit hit = ReplyFinder.find(rawStatus, 0);
      if (hit != null && code == null) {
        code = ReplyCode.ofOrNull(hit.code());
      }
      String found = hit != null && hit.status() != null ? hit.status() : statusIn(rawStatus);
      fieldStatus = found == null ? null : EnhancedStatusCode.parseOrNull(found);
    }
    EnhancedStatusCode status = StatusPrecedence.effective(fieldStatus, code, diagnosticStatus);
    // The consistency rules of the engine (RFC 3464 §2.3.3, §2.3.4), then the reply's own pair and
    // line findings.
    List<Finding> findings =
        new ArrayList<>(Compatibility.checkDsnRecipient(f.get("Action"), f.getStatus(), reply));
    if (reply != null) {
      findings.addAll(reply.getFindings());
    }
    Classification c =
        BounceClassifier.classify(
            f.getAction(), status, code, reply != null ? reply.getText() : diagnosticText);
    return BouncedRecipient.of(
        stripAngles(recipient),
        f.getAction(),
        status,
        code,
        reply,
        diagnosticText,
        c,
        List.copyOf(findings),
        f);
  }

  private static BouncedRecipient fromText(Found f) {
    ReplyCode code = f.code() == null ? null : ReplyCode.ofOrNull(f.code());
    EnhancedStatusCode status =
        f.status() == null ? null : EnhancedStatusCode.parseOrNull(f.status());
    SmtpReply reply = f.reply();
    Classification c = BounceClassifier.classify(null, status, code, f.text());
    return BouncedRecipient.of(
        f.recipient(),
        null,
        status,
        code,
        reply,
        f.text().isEmpty() ? null : f.text(),
        c,
        reply == null ? List.of() : reply.getFindings(),
        null);
  }

  private static final java.util.regex.Pattern STATUS_TOKEN =
      java.util.regex.Pattern.compile("(?<![0-9.])([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9.])");

  /** The first {@code class.subject.detail} token of a text that stands alone, or null. */
  private static @Nullable String statusIn(String text) {
    java.util.regex.Matcher m = STATUS_TOKEN.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String stripAngles(String address) {
    String a = address.strip();
    if (a.length() >= 2 && a.charAt(0) == '<' && a.charAt(a.length() - 1) == '>') {
      return a.substring(1, a.length() - 1);
    }
    return a;
  }

  /** Builds a {@link BounceReader} with other caps. */
  public static final class Builder {
    private int maxMessageSize;
    private int maxDepth;
    private int maxRecipients;
    private int maxLineLength;
    private int maxHeaderLength;

    private Builder(BounceReader from) {
      this.maxMessageSize = from.maxMessageSize;
      this.maxDepth = from.maxDepth;
      this.maxRecipients = from.maxRecipients;
      this.maxLineLength = from.maxLineLength;
      this.maxHeaderLength = from.maxHeaderLength;
    }

    /**
     * Sets {@link #getMaxMessageSize()}.
     *
     * @throws IllegalArgumentException if not between 1 and {@code Integer.MAX_VALUE - 8}
     */
    public Builder setMaxMessageSize(int bytes) {
      this.maxMessageSize = positive(bytes, "maxMessageSize", Integer.MAX_VALUE - 8);
      return this;
    }

    /**
     * Sets {@link #getMaxDepth()}.
     *
     * @throws IllegalArgumentException if not between 1 and 1000
     */
    public Builder setMaxDepth(int depth) {
      this.maxDepth = positive(depth, "maxDepth", 1000);
      return this;
    }

    /**
     * Sets {@link #getMaxRecipients()}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder setMaxRecipients(int recipients) {
      this.maxRecipients = positive(recipients, "maxRecipients", Integer.MAX_VALUE - 1);
      return this;
    }

    /**
     * Sets {@link #getMaxLineLength()}.
     *
     * @throws IllegalArgumentException if less than 998, RFC 5322 §2.1.1's limit, which every
     *     reader must accept
     */
    public Builder setMaxLineLength(int bytes) {
      if (bytes < 998) {
        throw new IllegalArgumentException(
            "maxLineLength " + bytes + " < 998: RFC 5322 §2.1.1 allows 998-character lines");
      }
      this.maxLineLength = bytes;
      return this;
    }

    /**
     * Sets {@link #getMaxHeaderLength()}.
     *
     * @throws IllegalArgumentException if less than 998
     */
    public Builder setMaxHeaderLength(int bytes) {
      if (bytes < 998) {
        throw new IllegalArgumentException(
            "maxHeaderLength " + bytes + " < 998: RFC 5322 §2.1.1 allows 998-character lines");
      }
      this.maxHeaderLength = bytes;
      return this;
    }

    /** Returns a reader with these caps. */
    public BounceReader build() {
      return new BounceReader(
          maxMessageSize, maxDepth, maxRecipients, maxLineLength, maxHeaderLength);
    }

    private static int positive(int value, String name, int max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(name + " " + value + " is not between 1 and " + max);
      }
      return value;
    }
  }
}
