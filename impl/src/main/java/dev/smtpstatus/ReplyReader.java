package dev.smtpstatus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stream of SMTP replies as it arrives, in chunks of any size, and hands each complete
 * reply to a callback. For SMTP clients: feed it what the socket gives, and it keeps the partial
 * reply until the rest arrives. The replies do not depend on how the input was cut into chunks.
 *
 * <pre>{@code
 * ReplyReader reader = ReplyParser.defaults().newReader();
 * int n;
 * while ((n = in.read(buffer)) > 0) {
 *   reader.feed(buffer, 0, n, reply -> System.out.println(reply.getCode()));
 * }
 * reader.finish(reply -> System.out.println(reply.getCode()));
 * }</pre>
 *
 * <p>Lines are read by the rules of {@link ReplyParser}, within its limits: a partial reply never
 * holds more than {@link ReplyParser#getMaxReplyLength()} plus {@link
 * ReplyParser#getMaxLineLength()} + 1 characters ({@link #getPendingLength()}).
 *
 * <p><b>Bytes</b> are decoded as UTF-8: replies are US-ASCII (RFC 5321 §4.2), and UTF-8 text is
 * allowed once SMTPUTF8 is in use (RFC 6531); ASCII is a subset of both. A byte sequence that is
 * not UTF-8 becomes U+FFFD and never stops the reader. A multi-byte character split across chunks
 * is decoded whole. <b>Characters</b> may be fed too; a byte sequence left incomplete when
 * characters follow becomes U+FFFD.
 *
 * <p><b>Errors</b>: a malformed line, or input beyond a limit, makes {@code feed} throw a {@link
 * ReplySyntaxException} naming the line (counted from 1 over the whole stream), after handing over
 * every reply completed before it. The reader does not resynchronise: SMTP is lock-step, so once a
 * reply is malformed a client cannot tell which reply answers which command, and should close the
 * connection (docs/decisions/0102-streaming-reader.md). Every later call throws {@link
 * IllegalStateException}; so does every call after a handler threw, or after {@link #finish}. Input
 * that ends inside a line was cut off: {@link #finish} refuses it, never hands it over as a reply.
 *
 * <p>Not thread-safe: one reader per connection.
 */
public final class ReplyReader {

  /** Receives each complete reply, in order. */
  @FunctionalInterface
  public interface Handler {
    /** Called once for each complete reply. */
    void onReply(SmtpReply reply);
  }

  private final ReplyLimits limits;
  private final ReplyAssembler assembler;
  private final StringBuilder line = new StringBuilder(128);
  private final AsciiLine ascii = new AsciiLine();

  /** Bytes of a direct or read-only buffer, copied out in pieces of this size. */
  private static final int COPY_SIZE = 4096;

  private byte @Nullable [] copy;
  private int lineNumber = 1;

  /**
   * The start of the current line while it is all ASCII and has come in earlier chunks: its bytes,
   * kept as they came, to be made into the line's string in one copy when its LF arrives. Either
   * this or {@link #line} holds the partial line, never both: the byte-by-byte path takes it over
   * ({@link #flushPending}) before it reads anything.
   */
  private byte[] pending = new byte[128];

  private int pendingLength;

  /** The index in {@link #pending} of its first CR, or -1 if it holds none. */
  private int pendingCr = -1;

  // UTF-8 decoding state: continuation bytes still expected, the code point so far, and the
  // smallest code point the sequence may encode (longer encodings are overlong, RFC 3629 §3).
  private int need;
  private int codePoint;
  private int min;

  private boolean finished;
  private @Nullable Throwable failure;

  /**
   * False to read every byte through the UTF-8 decoder: the reference the fast paths must match.
   */
  private final boolean fast;

  ReplyReader(ReplyLimits limits) {
    this(limits, true);
  }

  ReplyReader(ReplyLimits limits, boolean fast) {
    this.limits = limits;
    this.assembler = new ReplyAssembler(limits);
    this.fast = fast;
  }

  /**
   * Reads {@code length} bytes from {@code bytes} starting at {@code offset}.
   *
   * @throws ReplySyntaxException at the first malformed line; replies before it were handed over
   * @throws IllegalStateException if the reader had stopped
   * @throws IndexOutOfBoundsException if offset and length do not fit the array
   */
  public void feed(byte[] bytes, int offset, int length, Handler handler) {
    Objects.requireNonNull(bytes, "bytes == null");
    Objects.requireNonNull(handler, "handler == null");
    Objects.checkFromIndexSize(offset, length, bytes.length);
    begin();
    try {
      int end = offset + length;
      int i = offset;
      while (i < end) {
        int next = i;
        if (need == 0 && fast) {
          if (line.length() > 0) {
            next = asciiRun(bytes, i, end);
          } else if (pendingLength == 0) {
            next = asciiLine(bytes, i, end, handler);
          } else {
            next = asciiPending(bytes, i, end, handler);
          }
        }
        if (next != i) {
          i = next;
        } else {
          // The byte-by-byte path: UTF-8, a line at its limit, what the fast paths leave.
          flushPending();
          decode(bytes[i++] & 0xff, handler);
        }
      }
    } catch (Throwable e) {
      failure = e;
      throw e;
    }
  }

  /**
   * Reads the remaining bytes of {@code bytes}, advancing its position to its limit. A heap buffer
   * is read in place; a direct or read-only one through a small reused copy.
   *
   * @throws ReplySyntaxException at the first malformed line; replies before it were handed over,
   *     and the buffer's position is then unspecified
   * @throws IllegalStateException if the reader had stopped
   */
  public void feed(ByteBuffer bytes, Handler handler) {
    Objects.requireNonNull(bytes, "bytes == null");
    Objects.requireNonNull(handler, "handler == null");
    if (bytes.hasArray()) {
      int n = bytes.remaining();
      feed(bytes.array(), bytes.arrayOffset() + bytes.position(), n, handler);
      bytes.position(bytes.position() + n);
      return;
    }
    begin();
    if (copy == null) {
      copy = new byte[COPY_SIZE];
    }
    while (bytes.hasRemaining()) {
      int n = Math.min(bytes.remaining(), copy.length);
      bytes.get(copy, 0, n);
      feed(copy, 0, n, handler);
    }
  }

  /**
   * Reads characters, e.g. from a {@link java.io.Reader} that does its own decoding.
   *
   * @throws ReplySyntaxException at the first malformed line; replies before it were handed over
   * @throws IllegalStateException if the reader had stopped
   */
  public void feed(CharSequence chars, Handler handler) {
    Objects.requireNonNull(chars, "chars == null");
    Objects.requireNonNull(handler, "handler == null");
    begin();
    try {
      flushPending();
      flushDecoder(handler);
      for (int i = 0; i < chars.length(); i++) {
        accept(chars.charAt(i), handler);
      }
    } catch (Throwable e) {
      failure = e;
      throw e;
    }
  }

  /**
   * Ends the input. Every line of a reply ends with a line ending (RFC 5321 §4.2), so input that
   * ends inside a line was cut off — a dropped connection, a closed pipe, a truncated buffer — and
   * its last line may not be what the server sent: {@code finish} refuses it rather than hand it
   * over as a reply. That includes a line cut after a CR whose LF never came, and one cut inside a
   * UTF-8 sequence. Unlike {@link ReplyParser#parse}, which reads a last line without line ending
   * as a convenience for literals, the reader never does (docs/decisions/0110-cut-off-input.md).
   * The replies completed before were handed over already. The reader then stops.
   *
   * @throws ReplySyntaxException if the input ends inside a line (the exception quotes what came of
   *     it, names its number and gives the index where its line ending is missing), or after a line
   *     of a multiline reply that is not its last
   * @throws IllegalStateException if the reader had stopped
   */
  public void finish(Handler handler) {
    Objects.requireNonNull(handler, "handler == null");
    begin();
    try {
      flushPending();
      if (line.length() > 0 || need > 0) {
        // A UTF-8 sequence cut short shows as U+FFFD, as anywhere else; the missing line ending
        // is where the input ended, or at a last CR whose LF never came (RFC 5321 §2.3.8).
        String received = need > 0 ? line + "\ufffd" : line.toString();
        int end = received.length();
        int index = need == 0 && end > 0 && received.charAt(end - 1) == '\r' ? end - 1 : end;
        assembler.cutOff(received, index, lineNumber);
        throw assembler.error();
      }
      if (!assembler.end(lineNumber - 1)) {
        throw assembler.error();
      }
      finished = true;
    } catch (Throwable e) {
      failure = e;
      throw e;
    }
  }

  /**
   * The number of characters held for the reply in progress: its lines so far and the partial line.
   * Never more than {@link ReplyParser#getMaxReplyLength()} + {@link
   * ReplyParser#getMaxLineLength()} + 1.
   */
  public int getPendingLength() {
    return assembler.getPendingLength() + line.length() + pendingLength;
  }

  /** True if the input so far ends inside a reply: a partial line or a partial multiline reply. */
  public boolean isInsideReply() {
    return line.length() > 0 || pendingLength > 0 || need > 0 || assembler.isInsideReply();
  }

  private void begin() {
    if (failure != null) {
      throw new IllegalStateException(
          "the reader stopped at an error and does not resynchronise; use a new reader on a new"
              + " connection",
          failure);
    }
    if (finished) {
      throw new IllegalStateException("the input was finished; use a new reader");
    }
  }

  /** Decodes one byte of UTF-8 (RFC 3629 §3); each ill-formed sequence becomes one U+FFFD. */
  private void decode(int b, Handler handler) {
    if (need > 0) {
      if ((b & 0xc0) == 0x80) {
        codePoint = codePoint << 6 | b & 0x3f;
        if (--need == 0) {
          boolean valid =
              codePoint >= min
                  && codePoint <= Character.MAX_CODE_POINT
                  && (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE);
          emit(valid ? codePoint : 0xfffd, handler);
        }
        return;
      }
      // A sequence cut short: replace it, then read this byte afresh.
      need = 0;
      emit(0xfffd, handler);
    }
    if (b < 0x80) {
      accept((char) b, handler);
    } else if (b >= 0xc2 && b <= 0xdf) {
      start(1, b & 0x1f, 0x80);
    } else if (b >= 0xe0 && b <= 0xef) {
      start(2, b & 0x0f, 0x800);
    } else if (b >= 0xf0 && b <= 0xf4) {
      start(3, b & 0x07, 0x10000);
    } else {
      emit(0xfffd, handler);
    }
  }

  private void start(int need, int bits, int min) {
    this.need = need;
    this.codePoint = bits;
    this.min = min;
  }

  private void flushDecoder(Handler handler) {
    if (need > 0) {
      need = 0;
      emit(0xfffd, handler);
    }
  }

  private void emit(int cp, Handler handler) {
    if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      accept((char) cp, handler);
    } else {
      accept(Character.highSurrogate(cp), handler);
      accept(Character.lowSurrogate(cp), handler);
    }
  }

  private void accept(char c, Handler handler) {
    if (c == '\n') {
      int end = line.length();
      // RFC 5321 §2.3.8 ends lines with CRLF; a bare LF is accepted too (see ReplyParser).
      completeLine(end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end, handler);
      line.setLength(0);
      lineNumber++;
      return;
    }
    // The line may hold one character more than the limit: a CR that LF will end.
    if (line.length() > limits.maxLineLength()) {
      assembler.tooLong(line, lineNumber);
      throw assembler.error();
    }
    line.append(c);
  }

  /**
   * The fast path for the common case, a whole line of ASCII in the chunk with nothing of it read
   * before: reads it in place, and the assembler copies its text out into one string. Returns the
   * index after its line ending. If the bytes from {@code start} are not such a line (no line end
   * in reach, a non-ASCII byte, or a CR that LF does not follow), returns what {@link
   * #asciiPending} returns for them, without scanning again a tail that the chunk's end cut; the
   * byte-by-byte path reads what is left, with the same results (including its errors for over-long
   * lines).
   */
  private int asciiLine(byte[] bytes, int start, int end, Handler handler) {
    // The byte-by-byte path keeps at most limit + 1 characters before the LF (a CR may end them).
    int limit = limits.maxLineLength();
    int stop = Math.min(end, start + limit + 2);
    int at = stopByte(bytes, start, stop);
    int next;
    if (at == stop) {
      if (at == end && at - start <= limit + 1) {
        // The chunk ends inside the line: keep its start, as asciiPending would after scanning the
        // same bytes again (docs/decisions/0112-reader-single-pass.md).
        keep(bytes, start, at - start);
        return end;
      }
      return asciiPending(bytes, start, end, handler);
    } else if (bytes[at] == '\n') {
      next = at + 1;
    } else if (bytes[at] == '\r' && at + 1 < stop && bytes[at + 1] == '\n') {
      next = at + 2; // RFC 5321 §2.3.8: CRLF
    } else {
      return asciiPending(bytes, start, end, handler);
    }
    int length = at - start;
    ascii.wrap(bytes, start, length);
    completeLine(ascii, length, true, handler);
    ascii.wrap(EMPTY, 0, 0); // do not keep the caller's array alive between calls
    lineNumber++;
    return next;
  }

  /**
   * Keeps the run of ASCII bytes from {@code start} that begins or continues a line held in {@link
   * #pending}, up to its LF, a non-ASCII byte or the line limit; at its LF, reads the line. Returns
   * the index after what it took, or {@code start} if it took nothing; the byte-by-byte path reads
   * what stops the run, with the same results as if it had read it all.
   */
  private int asciiPending(byte[] bytes, int start, int end, Handler handler) {
    // The byte-by-byte path appends while the line holds at most the limit (one more may be CR).
    int stop = Math.min(end, start + limits.maxLineLength() + 1 - pendingLength);
    int at = stopByte(bytes, start, stop);
    while (at < stop && bytes[at] == '\r') {
      if (pendingCr < 0) {
        pendingCr = pendingLength + at - start;
      }
      at = stopByte(bytes, at + 1, stop); // a CR is kept; the assembler judges it at the LF
    }
    keep(bytes, start, at - start);
    if (at == end || bytes[at] != '\n' || pendingLength == 0) {
      return at;
    }
    int length = pendingLength;
    if (pending[length - 1] == '\r') {
      length--; // RFC 5321 §2.3.8: CRLF
    }
    ascii.wrap(pending, 0, length);
    // The CRs were noted as they came: the assembler need not look for one again.
    completeLine(ascii, length, pendingCr < 0 || pendingCr >= length, handler);
    pendingLength = 0; // after: a malformed line stays pending, as in the byte-by-byte path
    pendingCr = -1;
    ascii.wrap(EMPTY, 0, 0);
    lineNumber++;
    return at + 1;
  }

  /** Appends {@code bytes[start, start + n)}, ASCII, to {@link #pending}. */
  private void keep(byte[] bytes, int start, int n) {
    if (n > 0) {
      if (pendingLength + n > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(pendingLength + n, 2 * pending.length));
      }
      System.arraycopy(bytes, start, pending, pendingLength, n);
      pendingLength += n;
    }
  }

  /** Hands the line kept in {@link #pending} over to {@link #line}, for the byte-by-byte path. */
  private void flushPending() {
    for (int k = 0; k < pendingLength; k++) {
      line.append((char) pending[k]);
    }
    pendingLength = 0;
    pendingCr = -1;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LFS = ONES * '\n';
  private static final long CRS = ONES * '\r';

  /**
   * Returns the index of the first LF, CR or non-ASCII byte in {@code bytes[from, to)}, or {@code
   * to}: eight bytes at a time, where a byte equal to LF or CR shows as the high bit of a zero byte
   * of {@code word ^ LFS} or {@code word ^ CRS} (the lowest such bit is exact), and a non-ASCII
   * byte as its own high bit.
   */
  static int stopByte(byte[] bytes, int from, int to) {
    int i = from;
    for (; i <= to - 8; i += 8) {
      long word = (long) LONGS.get(bytes, i);
      long lf = word ^ LFS;
      long cr = word ^ CRS;
      long hits = ((lf - ONES) & ~lf | (cr - ONES) & ~cr | word) & HIGHS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte b = bytes[i];
      if (b < 0 || b == '\n' || b == '\r') {
        return i;
      }
    }
    return to;
  }

  /**
   * Appends the run of ASCII bytes from {@code start} that continues a line begun in an earlier
   * chunk, up to its LF, a non-ASCII byte or the line limit, and returns the index after it; the
   * byte-by-byte path reads what stops the run, with the same results as if it had read it all.
   */
  private int asciiRun(byte[] bytes, int start, int end) {
    // The byte-by-byte path appends while the line holds at most the limit (one more may be CR).
    int stop = Math.min(end, start + limits.maxLineLength() + 1 - line.length());
    int i = start;
    byte b;
    while (i < stop && (b = bytes[i]) >= 0 && b != '\n') {
      line.append((char) b);
      i++;
    }
    return i;
  }

  private void completeLine(int end, Handler handler) {
    completeLine(line, end, false, handler);
  }

  private void completeLine(CharSequence line, int end, boolean withoutCr, Handler handler) {
    if (!assembler.line(line, 0, end, lineNumber, withoutCr)) {
      throw assembler.error();
    }
    SmtpReply reply = assembler.take();
    if (reply != null) {
      handler.onReply(reply);
    }
  }

  private static final byte[] EMPTY = new byte[0];

  /**
   * A line of ASCII bytes seen as chars, without copying them: the assembler reads it in place and
   * copies out only the text it keeps ({@link #subSequence} returns a {@code String}). Reused for
   * every line; nothing keeps a reference to it past {@link ReplyAssembler#line}.
   */
  private static final class AsciiLine implements CharSequence {
    private byte[] bytes = EMPTY;
    private int offset;
    private int length;

    void wrap(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      Objects.checkIndex(index, length);
      return (char) bytes[offset + index];
    }

    /** Returns a {@code String}: ASCII bytes are their own chars, so one copy makes it. */
    @Override
    public CharSequence subSequence(int start, int end) {
      Objects.checkFromToIndex(start, end, length);
      return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
  }
}
