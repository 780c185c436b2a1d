package dev.smtpstatus;

import dev.smtpstatus.api.StatusClass;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One complete SMTP reply: a reply code, the enhanced status code where the reply carries one, and
 * its lines of text (RFC 5321 §4.2, RFC 2034 §4).
 *
 * <pre>{@code
 * SmtpReply r = SmtpReply.parse("550-5.1.1 No such user\r\n550 5.1.1 Check the address\r\n");
 * r.getCode();        // 550
 * r.getStatus();      // 5.1.1
 * r.getLines();       // [No such user, Check the address]
 * r.isPermanent();    // true
 *
 * SmtpReply full = SmtpReply.of(552, "5.3.4", "Message too big");
 * full.format();          // "552 5.3.4 Message too big\r\n"
 * full.asTransient();     // 452 4.3.4 Message too big
 * SmtpReply.of(452, "5.3.4", "x");   // IllegalArgumentException: ClassMismatch
 * }</pre>
 *
 * <p><b>Parsers keep, factories enforce.</b> {@link #parse} keeps whatever a server sent, within
 * the grammar: a reply whose code and status do not go together ({@code 451 5.7.3}) keeps both as
 * sent, and {@link #getFindings()} says what is wrong. The {@code of} factories, on the other hand,
 * refuse anything that {@link Compatibility} calls an error, and text that could not go on the wire
 * as given: what this library writes is always a correct reply, and reads back as the same value.
 *
 * <p>Two replies are equal if their code, status, lines and findings are equal. Why the formatter
 * refuses rather than splits or wraps: docs/decisions/0103-reply-formatter.md.
 */
public abstract class SmtpReply {
  /**
   * The longest line the factories accept, in octets of UTF-8 with the CRLF: 512 (RFC 5321
   * §4.5.3.1.5).
   */
  public static final int MAX_LINE_OCTETS = 512;

  SmtpReply() {}

  /** The reply code, the same on every line (RFC 5321 §4.2.1). */
  public abstract ReplyCode getCode();

  /**
   * The enhanced status code, or null if the reply carries none. Where the lines of a parsed reply
   * carry different ones, this is the first, and the reply has a {@link Rule#MIXED_STATUS} finding.
   */
  public abstract @Nullable EnhancedStatusCode getStatus();

  /**
   * The lines of text, without reply code, separator, status and line ending; at least one, which
   * may be empty. A line whose status differs from {@link #getStatus()} keeps its own in its text.
   */
  public abstract List<String> getLines();

  /**
   * What the compatibility rules say about the code and the status ({@link Compatibility}), and
   * whether the lines agree on the status ({@link Rule#MIXED_STATUS}); empty for a correct reply.
   */
  public abstract List<Finding> getFindings();

  /** True for 2xx: the request was carried out. */
  public boolean isPositive() {
    return getCode().isPositive();
  }

  /** True for 3xx: the server waits for more (354 after DATA, 334 during AUTH). */
  public boolean isIntermediate() {
    return getCode().isIntermediate();
  }

  /** True for 4xx: a later attempt may succeed. */
  public boolean isTransient() {
    return getCode().isTransient();
  }

  /** True for 5xx: repeating the same request will fail again. */
  public boolean isPermanent() {
    return getCode().isPermanent();
  }

  /** The lines of text joined with {@code "\n"}. */
  public String getText() {
    List<String> lines = getLines();
    return lines.size() == 1 ? lines.get(0) : String.join("\n", lines);
  }

  /**
   * Returns this reply as a transient failure: reply code {@code 4yz} and status {@code 4.s.d},
   * changed together, with the same lines, e.g. {@code 552 5.3.4} becomes {@code 452 4.3.4}. A 4xx
   * reply whose status has another class (as parsed) gets a class-4 status.
   *
   * @return this reply if it already is so
   * @throws IllegalStateException for a positive (2xx) or intermediate (3xx) reply, which has no
   *     transient form
   */
  public SmtpReply asTransient() {
    return withClass(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
  }

  /**
   * Returns this reply as a permanent failure: reply code {@code 5yz} and status {@code 5.s.d},
   * changed together, with the same lines, e.g. {@code 452 4.2.2} becomes {@code 552 5.2.2}. A 5xx
   * reply whose status has another class (as parsed) gets a class-5 status.
   *
   * @return this reply if it already is so
   * @throws IllegalStateException for a positive (2xx) or intermediate (3xx) reply, which has no
   *     permanent form
   */
  public SmtpReply asPermanent() {
    return withClass(StatusClass.PERMANENT_FAILURE);
  }

  private SmtpReply withClass(StatusClass target) {
    ReplyCode code = getCode();
    if (code.isPositive() || code.isIntermediate()) {
      throw new IllegalStateException(
          "reply code "
              + code
              + " is "
              + (code.isPositive() ? "positive (2xx)" : "intermediate (3xx)")
              + ": only a failure (4xx or 5xx) changes between transient and permanent (RFC 5321"
              + " §4.2.1)");
    }
    // Same second and third digit: 4yz and 5yz are both valid whenever one is (RFC 5321 §4.2).
    ReplyCode c = ReplyCode.of(target.getNumber() * 100 + code.getValue() % 100);
    EnhancedStatusCode status = getStatus();
    EnhancedStatusCode s = status == null ? null : status.withStatusClass(target);
    if (c == code && s == status) {
      return this;
    }
    List<Finding> findings = PairFindings.of(c, s);
    return ReplyValue.of(
        c,
        s,
        getLines(),
        s == null ? ReplyAssembler.nearMissFindings(findings, c, getLines()) : findings);
  }

  /**
   * Returns the wire form: every line is the reply code, {@code -} on all lines but the last and SP
   * on the last (RFC 5321 §4.2.1), the status followed by SP where the reply has one, on every line
   * (RFC 2034 §4), the text, and CRLF. The SP is written even when the text is empty, as RFC 5321
   * §4.2.1 asks and as strict readers need: {@code "250 \r\n"}, {@code "250 2.0.0 \r\n"}.
   */
  public String format() {
    return appendTo(new StringBuilder(64)).toString();
  }

  /** Appends the {@link #format() wire form} to {@code out}. */
  public StringBuilder appendTo(StringBuilder out) {
    Objects.requireNonNull(out, "out == null");
    List<String> lines = getLines();
    EnhancedStatusCode status = getStatus();
    int last = lines.size() - 1;
    for (int i = 0; i <= last; i++) {
      out.append(getCode().getValue()).append(i < last ? '-' : ' ');
      if (status != null) {
        status.appendTo(out).append(' ');
      }
      out.append(lines.get(i)).append("\r\n");
    }
    return out;
  }

  /**
   * Returns a form for logs and test failures, not the wire: {@code SmtpReply[550 5.1.1, lines=["No
   * such user"], findings=[…]]}. Use {@link #format()} for the wire form.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("SmtpReply[").append(getCode());
    EnhancedStatusCode status = getStatus();
    if (status != null) {
      b.append(' ').append(status);
    }
    b.append(", lines=[");
    List<String> lines = getLines();
    for (int i = 0; i < lines.size(); i++) {
      b.append(i == 0 ? "\"" : ", \"")
          .append(lines.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    b.append(']');
    if (!getFindings().isEmpty()) {
      b.append(", findings=").append(getFindings());
    }
    return b.append(']').toString();
  }

  /**
   * Parses one complete reply with the {@link ReplyParser#defaults() default limits}: one or more
   * lines ending in CRLF or LF, nothing after.
   *
   * <p>As a convenience for literals, the last line may lack its line ending: {@code parse("250
   * OK")} is {@code parse("250 OK\r\n")} (a last CR without LF is still an error). A {@link
   * ReplyReader} reading a connection never does this: there, input that ends inside a line was cut
   * off, and {@link ReplyReader#finish} refuses it.
   *
   * @throws ReplySyntaxException if the text is not exactly one reply; the message names the line,
   *     the rule and the index
   */
  public static SmtpReply parse(CharSequence text) {
    return ReplyParser.defaults().parse(text);
  }

  /**
   * Parses like {@link #parse}, with the same convenience for a missing final line ending, or
   * returns null if the text is not exactly one reply.
   */
  public static @Nullable SmtpReply parseOrNull(CharSequence text) {
    return ReplyParser.defaults().parseOrNull(text);
  }

  /**
   * Returns a reply for a server to send, e.g. {@code of(550, "5.1.1", "No such user")}; see {@link
   * #of(ReplyCode, EnhancedStatusCode, List)}.
   *
   * @param status the enhanced status code, e.g. {@code "5.1.1"}, or null for none
   * @param lines the lines of text; none gives one empty line
   * @throws IllegalArgumentException if the code or the status is malformed, or for the reasons
   *     {@link #of(ReplyCode, EnhancedStatusCode, List)} gives
   */
  public static SmtpReply of(int code, @Nullable String status, String... lines) {
    Objects.requireNonNull(lines, "lines == null");
    return of(
        ReplyCode.of(code),
        status == null ? null : EnhancedStatusCode.parse(status),
        Arrays.asList(lines));
  }

  /**
   * Returns a reply for a server to send. The factory enforces what the parser only reports:
   *
   * <ul>
   *   <li>the code and the status go together: no {@link Compatibility} error (warnings are kept as
   *       {@link #getFindings() findings});
   *   <li>no line contains CR or LF, so text can never inject a line; and no other control
   *       character but HT, nor DEL, nor an unpaired surrogate (RFC 5321 §4.2 textstring; UTF-8
   *       beyond ASCII is allowed, RFC 6531). Split multiline text into lines yourself;
   *   <li>every line fits {@link #MAX_LINE_OCTETS} octets in UTF-8 with code, status and CRLF (RFC
   *       5321 §4.5.3.1.5); long text is refused, not wrapped;
   *   <li>at most {@link ReplyParser#DEFAULT_MAX_LINES} lines, so the default parser reads back
   *       every reply this library writes;
   *   <li>without a status, no line starts with text a reader would take for one ({@code "5.1.1
   *       x"}): pass the status instead.
   * </ul>
   *
   * @param status the enhanced status code, or null for none
   * @param lines the lines of text; an empty list gives one empty line
   * @throws IncompatibleReplyException if the code and the status break a compatibility rule
   *     ({@link Compatibility}); it carries the findings
   * @throws IllegalArgumentException if another rule above is broken; the message names it
   */
  public static SmtpReply of(
      ReplyCode code, @Nullable EnhancedStatusCode status, List<String> lines) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(lines, "lines == null");
    List<Finding> findings = PairFindings.of(code, status);
    if (Compatibility.hasErrors(findings)) {
      throw new IncompatibleReplyException(code + " " + status, findings);
    }
    List<String> ls = lines.isEmpty() ? List.of("") : lines;
    if (ls.size() > ReplyParser.DEFAULT_MAX_LINES) {
      throw new IllegalArgumentException(
          ls.size()
              + " lines: a reply built here has at most "
              + ReplyParser.DEFAULT_MAX_LINES
              + ", the default parser's limit");
    }
    // Code, separator, "s.d.d " if any, CRLF.
    int overhead = 4 + (status == null ? 0 : status.toString().length() + 1) + 2;
    for (String line : ls) {
      checkText(Objects.requireNonNull(line, "line == null"), status, overhead);
    }
    if (status == null) {
      findings = ReplyAssembler.nearMissFindings(findings, code, ls);
    }
    return ReplyValue.of(code, status, ls, findings);
  }

  private static void checkText(String text, @Nullable EnhancedStatusCode status, int overhead) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new SmtpSyntaxException(
            text,
            "CR or LF in reply text would start a new line (RFC 5321 §2.3.8, §4.2); pass each"
                + " line separately",
            i);
      }
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        throw new SmtpSyntaxException(
            text,
            "control character in reply text: textstring is HT, SP and printable characters"
                + " (RFC 5321 §4.2)",
            i);
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)))) {
        throw new SmtpSyntaxException(
            text, "unpaired surrogate in reply text: it has no UTF-8 form (RFC 3629 §3)", i);
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    int octets = overhead + text.getBytes(StandardCharsets.UTF_8).length;
    if (octets > MAX_LINE_OCTETS) {
      throw new SmtpSyntaxException(
          text,
          "the line would be "
              + octets
              + " octets with code, status and CRLF; RFC 5321 §4.5.3.1.5 allows "
              + MAX_LINE_OCTETS
              + ". Split the text into more lines",
          -1);
    }
    if (status == null && ReplyAssembler.startsWithStatus(text, 0, text.length())) {
      throw new SmtpSyntaxException(
          text,
          "text of a reply without status starts with what a reader takes for an enhanced status"
              + " code (RFC 2034 §4); pass it as the status",
          0);
    }
  }
}
