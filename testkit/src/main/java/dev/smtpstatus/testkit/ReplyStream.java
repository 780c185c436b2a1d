package dev.smtpstatus.testkit;

import dev.smtpstatus.SmtpReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Replies as a client reads them from a socket: their bytes on the wire, cut into chunks at
 * arbitrary places — between CR and LF, inside a UTF-8 character, one byte at a time. A reader must
 * hand over the same replies however the bytes are cut.
 *
 * <pre>{@code
 * ReplyReader reader = ReplyParser.defaults().newReader();
 * List<SmtpReply> read = new ArrayList<>();
 * for (byte[] chunk : stream.getChunks()) {
 *   reader.feed(chunk, 0, chunk.length, read::add);
 * }
 * reader.finish(read::add);
 * assertEquals(stream.getReplies(), read);
 * }</pre>
 */
public final class ReplyStream {
  private final List<SmtpReply> replies;
  private final boolean bareLf;
  private final byte[] bytes;
  private final List<Integer> cuts;

  private ReplyStream(List<SmtpReply> replies, boolean bareLf, List<Integer> cuts) {
    this.replies = List.copyOf(replies);
    this.bareLf = bareLf;
    StringBuilder b = new StringBuilder();
    for (SmtpReply r : this.replies) {
      r.appendTo(b);
    }
    String wire = bareLf ? b.toString().replace("\r\n", "\n") : b.toString();
    this.bytes = wire.getBytes(StandardCharsets.UTF_8);
    List<Integer> sorted = new ArrayList<>();
    for (int c : cuts) {
      if (c > 0 && c < bytes.length && !sorted.contains(c)) {
        sorted.add(c);
      }
    }
    sorted.sort(null);
    this.cuts = List.copyOf(sorted);
  }

  /**
   * Returns the stream of these replies, written by {@link SmtpReply#format()}, cut before each of
   * the given byte offsets (offsets outside the stream are ignored).
   *
   * @param bareLf true to end lines with a bare LF instead of CRLF, as some servers and test
   *     fixtures do (RFC 5321 §2.3.8 asks for CRLF; readers here accept both)
   * @throws IllegalArgumentException if there is no reply
   */
  public static ReplyStream of(List<SmtpReply> replies, boolean bareLf, List<Integer> cuts) {
    Objects.requireNonNull(replies, "replies == null");
    Objects.requireNonNull(cuts, "cuts == null");
    if (replies.isEmpty()) {
      throw new IllegalArgumentException("a reply stream has at least one reply");
    }
    return new ReplyStream(replies, bareLf, cuts);
  }

  /** The replies, in the order they are on the wire. */
  public List<SmtpReply> getReplies() {
    return replies;
  }

  /** True if lines end with a bare LF rather than CRLF. */
  public boolean isBareLf() {
    return bareLf;
  }

  /** All bytes of the stream, as one new array. */
  public byte[] getBytes() {
    return bytes.clone();
  }

  /**
   * The offsets at which the bytes are cut, ascending, each inside the stream ({@code 0 < cut <
   * length}).
   */
  public List<Integer> getCuts() {
    return cuts;
  }

  /** The chunks, in order, as new arrays: one more than there are cuts. */
  public List<byte[]> getChunks() {
    List<byte[]> out = new ArrayList<>(cuts.size() + 1);
    int from = 0;
    for (int c : cuts) {
      out.add(Arrays.copyOfRange(bytes, from, c));
      from = c;
    }
    out.add(Arrays.copyOfRange(bytes, from, bytes.length));
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplyStream
        && ((ReplyStream) o).replies.equals(replies)
        && ((ReplyStream) o).bareLf == bareLf
        && ((ReplyStream) o).cuts.equals(cuts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replies, bareLf, cuts);
  }

  /**
   * Returns a summary: replies, bytes and cuts, e.g. {@code ReplyStream[2 replies, 57 bytes, CRLF,
   * cuts=[3, 40]]}.
   */
  @Override
  public String toString() {
    String wire = new String(bytes, StandardCharsets.UTF_8);
    return "ReplyStream["
        + replies.size()
        + " replies, "
        + bytes.length
        + " bytes, "
        + (bareLf ? "LF" : "CRLF")
        + ", cuts="
        + cuts
        + ", wire=\""
        + (wire.length() > 200 ? wire.substring(0, 200) + "…" : wire)
            .replace("\r", "\\r")
            .replace("\n", "\\n")
        + "\"]";
  }
}
