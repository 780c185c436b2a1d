package dev.smtpstatus;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses SMTP replies (RFC 5321 §4.2, with the enhanced status codes of RFC 2034 §4), within limits
 * that keep any input from growing memory without bound. Immutable and thread-safe; {@link
 * SmtpReply#parse} uses {@link #defaults()}.
 *
 * <pre>{@code
 * SmtpReply r = ReplyParser.defaults().parse("550-5.1.1 No such user\r\n550 5.1.1 Try again\r\n");
 * ReplyParser strict = ReplyParser.builder().setMaxLineLength(510).build();
 * ReplyReader reader = strict.newReader();   // for a stream of replies from a socket
 * }</pre>
 *
 * <h2>What is read, and where the parser is lenient</h2>
 *
 * <ul>
 *   <li>Lines end in CRLF or, departing from RFC 5321 §2.3.8, a bare LF, which some servers and
 *       most test fixtures send; a CR anywhere else is an error. The last line of the input to
 *       {@link #parse} may lack its line ending, a convenience for literals such as {@code
 *       parse("250 OK")}; a {@link ReplyReader} never allows it, since a stream that ends inside a
 *       line was cut off.
 *   <li>A line is the reply code, then SP (the last line), '-' (more lines follow) or nothing: a
 *       bare {@code 250} and {@code 250 } are replies with empty text, as RFC 5321 §4.2 asks
 *       clients to accept although its grammar does not. Every line carries the same code.
 *   <li>An enhanced status code is recognised only right after the separator and only if SP or the
 *       end of the line follows it (RFC 2034 §4), strictly after RFC 3463 §2: {@code 250
 *       2address.org} and {@code 550 5.01.1 x} carry none, and their text stays as sent.
 *   <li>Text is kept as sent, control characters and UTF-8 included (RFC 6531 allows UTF-8 text).
 *   <li>A reply whose code and status do not go together is kept as sent; its {@link
 *       SmtpReply#getFindings() findings} say what is wrong ({@link Compatibility}).
 *   <li>A line may be longer than RFC 5321 §4.5.3.1.5's 512 octets up to {@link
 *       #getMaxLineLength()} characters; a reply may have up to {@link #getMaxLines()} lines and
 *       {@link #getMaxReplyLength()} characters (line endings not counted). Beyond, it is an error.
 * </ul>
 *
 * <p>The reasons, and where other implementations decide otherwise, are in
 * docs/decisions/0100-reply-grammar-leniency.md.
 */
public final class ReplyParser {
  /** The default {@link #getMaxLineLength()}: 2048, four times RFC 5321's 512 octets. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 2048;

  /** The default {@link #getMaxLines()}: 100. */
  public static final int DEFAULT_MAX_LINES = 100;

  /** The default {@link #getMaxReplyLength()}: 65536. */
  public static final int DEFAULT_MAX_REPLY_LENGTH = 65536;

  /**
   * The shortest line limit a parser may have: 510 characters, RFC 5321 §4.5.3.1.5's 512 octets
   * less the CRLF, so that every reply the RFC allows can be read.
   */
  public static final int MIN_LINE_LENGTH = 510;

  private static final ReplyParser DEFAULTS =
      new ReplyParser(DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_LINES, DEFAULT_MAX_REPLY_LENGTH);

  private final int maxLineLength;
  private final int maxLines;
  private final int maxReplyLength;
  private final ReplyLimits limits;

  private ReplyParser(int maxLineLength, int maxLines, int maxReplyLength) {
    this.maxLineLength = maxLineLength;
    this.maxLines = maxLines;
    this.maxReplyLength = maxReplyLength;
    this.limits = new ReplyLimits(maxLineLength, maxLines, maxReplyLength);
  }

  /** The limits, as the assembler and the reader take them. */
  ReplyLimits limits() {
    return limits;
  }

  /** The parser with the default limits, which {@link SmtpReply#parse} uses. */
  public static ReplyParser defaults() {
    return DEFAULTS;
  }

  /** Returns a builder that starts from the default limits. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** Returns a builder that starts from this parser's limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The longest line accepted, in characters, without its line ending. */
  public int getMaxLineLength() {
    return maxLineLength;
  }

  /** The most lines a reply may have. */
  public int getMaxLines() {
    return maxLines;
  }

  /** The most characters a reply may have, summed over its lines without line endings. */
  public int getMaxReplyLength() {
    return maxReplyLength;
  }

  /**
   * Parses one complete reply: one or more lines, each ending in CRLF or LF except perhaps the
   * last, and nothing after the reply.
   *
   * <p><b>A missing final line ending</b> is accepted, as a convenience for literals: {@code
   * parse("250 OK")} reads as {@code parse("250 OK\r\n")}. Only a whole missing line ending counts:
   * a last CR without its LF is still an error. Text received from a connection should go through a
   * {@link ReplyReader}, which refuses a last line without line ending as cut off
   * (docs/decisions/0110-cut-off-input.md).
   *
   * @throws ReplySyntaxException if the text is not exactly one reply, or exceeds a limit; the
   *     message names the line, the rule and the index
   */
  public SmtpReply parse(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    ReplyAssembler assembler = new ReplyAssembler(limits);
    SmtpReply reply = read(text, assembler);
    if (reply == null) {
      throw assembler.error();
    }
    return reply;
  }

  /**
   * Parses like {@link #parse}, with the same convenience for a missing final line ending, or
   * returns null if the text is not exactly one reply within the limits. Builds no exception.
   */
  public @Nullable SmtpReply parseOrNull(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    return read(text, new ReplyAssembler(limits));
  }

  /** Returns a new reader of a stream of replies, with this parser's limits. */
  public ReplyReader newReader() {
    return new ReplyReader(limits);
  }

  private static @Nullable SmtpReply read(CharSequence s, ReplyAssembler assembler) {
    return s instanceof String ? read((String) s, assembler) : readChars(s, assembler);
  }

  /**
   * Reads a {@code String} as {@link #readChars} reads any text, with the same results: only the
   * search for line ends differs. {@code String.indexOf} finds LF and CR (vectorised by the JIT),
   * so the assembler need not look at every character of a line for a CR again.
   */
  private static @Nullable SmtpReply read(String s, ReplyAssembler assembler) {
    int n = s.length();
    int pos = 0;
    int lineNumber = 1;
    int cr = -2; // the first CR at or after pos; -1 if none; -2 before the first search
    while (true) {
      int lf = s.indexOf('\n', pos);
      int next = lf < 0 ? n : lf + 1;
      int end = lineEnd(s, pos, lf, n);
      if (cr != -1 && cr < pos) {
        cr = s.indexOf('\r', pos);
      }
      // No CR before the line's end: the only CR, if any, is that of its CRLF.
      boolean withoutCr = cr < 0 || cr >= end;
      if (!assembler.line(s, pos, end, lineNumber, withoutCr)) {
        return null;
      }
      SmtpReply reply = assembler.take();
      if (reply != null) {
        if (next < n) {
          int lf2 = s.indexOf('\n', next);
          assembler.trailing(s, next, lineEnd(s, next, lf2, n), lineNumber + 1);
          return null;
        }
        return reply;
      }
      if (next >= n) {
        assembler.end(lineNumber);
        return null;
      }
      pos = next;
      lineNumber++;
    }
  }

  /** Reads any text: the reference for {@link #read(String, ReplyAssembler)}. */
  static @Nullable SmtpReply readChars(CharSequence s, ReplyAssembler assembler) {
    int n = s.length();
    int pos = 0;
    int lineNumber = 1;
    while (true) {
      int lf = indexOfLf(s, pos, n);
      int next = lf < 0 ? n : lf + 1;
      if (!assembler.line(s, pos, lineEnd(s, pos, lf, n), lineNumber)) {
        return null;
      }
      SmtpReply reply = assembler.take();
      if (reply != null) {
        if (next < n) {
          int lf2 = indexOfLf(s, next, n);
          assembler.trailing(s, next, lineEnd(s, next, lf2, n), lineNumber + 1);
          return null;
        }
        return reply;
      }
      if (next >= n) {
        assembler.end(lineNumber);
        return null;
      }
      pos = next;
      lineNumber++;
    }
  }

  private static int indexOfLf(CharSequence s, int from, int n) {
    for (int i = from; i < n; i++) {
      if (s.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The end of the line that starts at {@code pos}: before CRLF, LF, or the end of the input. */
  private static int lineEnd(CharSequence s, int pos, int lf, int n) {
    if (lf < 0) {
      return n;
    }
    // RFC 5321 §2.3.8 ends lines with CRLF; a bare LF is accepted too (see the class comment).
    return lf > pos && s.charAt(lf - 1) == '\r' ? lf - 1 : lf;
  }

  /** Builds a {@link ReplyParser}; every limit starts at its default. */
  public static final class Builder {
    private int maxLineLength;
    private int maxLines;
    private int maxReplyLength;

    private Builder(ReplyParser from) {
      this.maxLineLength = from.maxLineLength;
      this.maxLines = from.maxLines;
      this.maxReplyLength = from.maxReplyLength;
    }

    /**
     * Sets the longest line accepted, in characters, without its line ending.
     *
     * @throws IllegalArgumentException if less than {@link ReplyParser#MIN_LINE_LENGTH}
     */
    public Builder setMaxLineLength(int maxLineLength) {
      if (maxLineLength < MIN_LINE_LENGTH) {
        throw new IllegalArgumentException(
            "maxLineLength "
                + maxLineLength
                + " < "
                + MIN_LINE_LENGTH
                + ": RFC 5321 §4.5.3.1.5 lets reply lines have 512 octets with CRLF");
      }
      this.maxLineLength = maxLineLength;
      return this;
    }

    /**
     * Sets the most lines a reply may have.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder setMaxLines(int maxLines) {
      if (maxLines < 1) {
        throw new IllegalArgumentException("maxLines " + maxLines + " < 1");
      }
      this.maxLines = maxLines;
      return this;
    }

    /**
     * Sets the most characters a reply may have, summed over its lines without line endings.
     *
     * @throws IllegalArgumentException if less than {@link ReplyParser#MIN_LINE_LENGTH}
     */
    public Builder setMaxReplyLength(int maxReplyLength) {
      if (maxReplyLength < MIN_LINE_LENGTH) {
        throw new IllegalArgumentException(
            "maxReplyLength " + maxReplyLength + " < " + MIN_LINE_LENGTH);
      }
      this.maxReplyLength = maxReplyLength;
      return this;
    }

    /** Returns the parser. */
    public ReplyParser build() {
      return new ReplyParser(maxLineLength, maxLines, maxReplyLength);
    }
  }
}
