package dev.smtpstatus;

import dev.smtpstatus.internal.ReplyCodeGrammar;
import dev.smtpstatus.internal.rules.LineStart;
import dev.smtpstatus.internal.rules.MalformedStatusInTextCheck;
import dev.smtpstatus.internal.rules.ReplyLines;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of replies one at a time and puts them together: the reply grammar of RFC 5321
 * §4.2 with the enhanced status codes of RFC 2034 §4. {@link ReplyParser#parse} and {@link
 * ReplyReader} share it, so a string and a stream are read by the same rules.
 *
 * <pre>
 * Reply-line  = *( Reply-code "-" [ textstring ] CRLF )
 *               Reply-code [ SP textstring ] CRLF          ; RFC 5321 §4.2
 * Reply-code  = %x32-35 %x30-35 %x30-39
 * textstring  = 1*(%d09 / %d32-126)                         ; UTF-8 too under RFC 6531
 * line text   = [ status-code SP ] text                    ; RFC 2034 §4
 * </pre>
 *
 * <p>A malformed line makes {@link #line} return false and leaves the error to {@link #error}: no
 * exception is built unless a caller wants one, so {@code parseOrNull} costs no stack trace.
 */
final class ReplyAssembler {
  static final String RULE_CODE =
      "a reply line starts with a reply code of three ASCII digits, the first 2-5 and the second"
          + " 0-5 (RFC 5321 §4.2)";
  static final String RULE_SEPARATOR =
      "after the reply code comes SP (the last line), '-' (more lines follow) or the end of the"
          + " line (RFC 5321 §4.2)";
  static final String RULE_SAME_CODE =
      "every line of a multiline reply carries the same reply code, here %s (RFC 5321 §4.2.1)";
  static final String RULE_BARE_CR =
      "CR outside a CRLF line ending (RFC 5321 §2.3.8: CR and LF occur only together, as CRLF)";
  static final String RULE_LINE_TOO_LONG =
      "the line is longer than %d characters, this parser's limit (RFC 5321 §4.5.3.1.5 allows"
          + " 512 octets with CRLF)";
  static final String RULE_TOO_MANY_LINES =
      "the reply has more than %d lines, this parser's limit (RFC 5321 §4.2.1 sets none)";
  static final String RULE_REPLY_TOO_LONG =
      "the reply is longer than %d characters, this parser's limit (RFC 5321 §4.2.1 sets none)";
  static final String RULE_INCOMPLETE =
      "the input ends inside a multiline reply: its last line has SP or nothing after the reply"
          + " code, not '-' (RFC 5321 §4.2.1)";
  static final String RULE_CUT_OFF =
      "the input ends inside this line, before its line ending: the line was cut off (a dropped"
          + " connection, a truncated buffer) and may not be what was sent; every reply line ends"
          + " with CRLF (RFC 5321 §4.2, §2.3.8)";
  static final String RULE_TRAILING =
      "more input after the last line of the reply (RFC 5321 §4.2.1); a stream of replies is read"
          + " with ReplyReader";

  private final ReplyLimits limits;

  // The reply in progress; code is null between replies.
  private @Nullable ReplyCode code;
  private @Nullable EnhancedStatusCode status;
  private @Nullable String firstText;
  // The texts of lines 1..lines once a reply has two lines: reused from reply to reply, and copied
  // once, at its exact size, into the reply (docs/decisions/0112-reader-single-pass.md).
  private String @Nullable [] texts;
  private boolean lastHadStatus;
  private int lines;
  private int length;
  private int statusLine;
  private int bareLine;
  private int disagreeLine;
  private @Nullable EnhancedStatusCode disagreeStatus;
  // The first line without a status whose text starts like one (docs/decisions/0610).
  private int nearMissLine;
  private @Nullable String nearMissToken;

  private @Nullable SmtpReply completed;

  // The error, once a line was malformed.
  private @Nullable String errorLine;
  private @Nullable String errorRule;
  private int errorIndex;
  private int errorLineNumber;

  ReplyAssembler(ReplyLimits limits) {
    this.limits = limits;
  }

  /** True while some lines of a multiline reply have been read and its last line has not. */
  boolean isInsideReply() {
    return code != null;
  }

  /** The characters of the reply in progress, without line endings. */
  int getPendingLength() {
    return length;
  }

  /**
   * Reads {@code s[start, end)}, one line without its line ending.
   *
   * @param lineNumber the line's number in the input, from 1, for error messages
   * @return false if the line is malformed (see {@link #error}); true otherwise, and then {@link
   *     #take} returns the reply if this was its last line
   */
  boolean line(CharSequence s, int start, int end, int lineNumber) {
    return line(s, start, end, lineNumber, false);
  }

  /**
   * Reads a line like {@link #line(CharSequence, int, int, int)}; {@code withoutCr} says the caller
   * has already seen that the line holds no CR, so it is not scanned for one again.
   */
  boolean line(CharSequence s, int start, int end, int lineNumber, boolean withoutCr) {
    int len = end - start;
    if (len > limits.maxLineLength()) {
      return tooLong(s.subSequence(start, end), lineNumber);
    }
    for (int i = withoutCr ? end : start; i < end; i++) {
      if (s.charAt(i) == '\r') {
        return fail(s, start, end, RULE_BARE_CR, i - start, lineNumber);
      }
    }
    if (lines >= limits.maxLines()) {
      return fail(
          s, start, end, String.format(RULE_TOO_MANY_LINES, limits.maxLines()), -1, lineNumber);
    }
    if (length + len > limits.maxReplyLength()) {
      return fail(
          s,
          start,
          end,
          String.format(RULE_REPLY_TOO_LONG, limits.maxReplyLength()),
          -1,
          lineNumber);
    }
    ReplyCode c = len >= 3 ? ReplyCode.scan(s, start, start + 3) : null;
    if (c == null) {
      return fail(
          s, start, end, RULE_CODE, ReplyCodeGrammar.firstBadIndex(s, start, end), lineNumber);
    }
    if (code != null && c != code) {
      return fail(s, start, end, String.format(RULE_SAME_CODE, code), 0, lineNumber);
    }
    boolean last;
    int textStart;
    if (len == 3) {
      // RFC 5321 §4.2: servers that send the code alone break the grammar, and clients "SHOULD
      // be prepared to process the code alone (with or without a trailing space character)".
      last = true;
      textStart = end;
    } else {
      char sep = s.charAt(start + 3);
      if (sep != ' ' && sep != '-') {
        return fail(s, start, end, RULE_SEPARATOR, 3, lineNumber);
      }
      last = sep == ' ';
      textStart = start + 4;
    }
    if (code == null) {
      code = c;
    }
    lines++;
    length += len;
    text(s, textStart, end);
    if (last) {
      completed = finish();
    }
    return true;
  }

  /** Returns the reply completed by the last call of {@link #line}, or null if none was. */
  @Nullable SmtpReply take() {
    SmtpReply r = completed;
    completed = null;
    return r;
  }

  /**
   * Records that the input ended after line {@code lineNumber}, the last line read, and returns
   * false if that leaves a multiline reply incomplete. The error quotes that line as read.
   */
  boolean end(int lineNumber) {
    ReplyCode c = code;
    if (c == null) {
      return true;
    }
    String[] ts = texts;
    String text = lines > 1 && ts != null ? ts[lines - 1] : String.valueOf(firstText);
    String line = c + "-" + (lastHadStatus ? status + (text.isEmpty() ? "" : " ") : "") + text;
    return fail(line, 0, line.length(), RULE_INCOMPLETE, -1, lineNumber);
  }

  /**
   * Records that {@code line}, the start of line {@code lineNumber}, is already longer than the
   * limit; always returns false.
   */
  boolean tooLong(CharSequence line, int lineNumber) {
    String rule = String.format(RULE_LINE_TOO_LONG, limits.maxLineLength());
    return fail(line, 0, line.length(), rule, limits.maxLineLength(), lineNumber);
  }

  /**
   * Records that the input ended inside line {@code lineNumber}, before its line ending: {@code
   * received} is what came of it, and {@code index} where its line ending should have been. Always
   * returns false: a reader never reads a line it did not receive whole (docs/decisions/0110).
   */
  boolean cutOff(CharSequence received, int index, int lineNumber) {
    return fail(received, 0, received.length(), RULE_CUT_OFF, index, lineNumber);
  }

  /** Records that a line came after the reply that {@code parse} reads; always returns false. */
  boolean trailing(CharSequence s, int start, int end, int lineNumber) {
    return fail(s, start, end, RULE_TRAILING, 0, lineNumber);
  }

  /** The exception for the malformed line; only valid after {@link #line} returned false. */
  ReplySyntaxException error() {
    if (errorRule == null || errorLine == null) {
      throw new IllegalStateException("no line was malformed");
    }
    return new ReplySyntaxException(errorLine, errorRule, errorIndex, errorLineNumber);
  }

  /**
   * Splits the status from the text of one line. RFC 2034 §4: the status comes first, followed by
   * SP; only a strict RFC 3463 §2 status counts, so {@code 2address.org} or {@code 5.01.1} stay
   * text. RFC 2034 §4 also asks for the same status on every line; where lines differ, the reply
   * keeps the first status any line carries, lines that carry another keep it in their text, and
   * the reply gets a {@link Rule#MIXED_STATUS} finding (docs/decisions/0101-mixed-status.md).
   */
  private void text(CharSequence s, int textStart, int end) {
    EnhancedStatusCode st = null;
    int tokenEnd = -1;
    if (mayStartWithStatus(s, textStart, end)) {
      tokenEnd = statusEnd(s, textStart, end);
      st = tokenEnd < 0 ? null : EnhancedStatusCode.scan(s, textStart, tokenEnd);
    }
    String text;
    lastHadStatus = false;
    if (st == null) {
      text = s.subSequence(textStart, end).toString();
      if (nearMissLine == 0) {
        nearMiss(s, textStart, end);
      }
      if (status != null) {
        disagree(null);
      } else if (bareLine == 0) {
        bareLine = lines;
      }
    } else if (status == null || st.equals(status)) {
      text = s.subSequence(tokenEnd == end ? end : tokenEnd + 1, end).toString();
      lastHadStatus = true;
      if (status == null) {
        status = st;
        statusLine = lines;
        if (bareLine != 0) {
          disagreeLine = bareLine;
        }
      }
    } else {
      text = s.subSequence(textStart, end).toString();
      disagree(st);
    }
    if (lines == 1) {
      firstText = text;
    } else {
      String[] ts = texts;
      if (ts == null) {
        ts = new String[8];
      } else if (lines > ts.length) {
        ts = Arrays.copyOf(ts, 2 * ts.length);
      }
      if (lines == 2) {
        ts[0] = String.valueOf(firstText);
      }
      ts[lines - 1] = text;
      texts = ts;
    }
  }

  /**
   * Records the line if its text starts with a token that looks like a malformed status; the
   * engine's {@link MalformedStatusInTextCheck} decides and words.
   */
  private void nearMiss(CharSequence s, int textStart, int end) {
    String token = nearMissToken(s, textStart, end);
    if (token != null) {
      nearMissLine = lines;
      nearMissToken = token;
    }
  }

  /**
   * The token {@code s[textStart, end)} starts with (up to its first SP) if it looks like a
   * malformed enhanced status code (docs/decisions/0610), else null.
   */
  static @Nullable String nearMissToken(CharSequence s, int textStart, int end) {
    if (textStart >= end) {
      return null;
    }
    char first = s.charAt(textStart);
    // The only ASCII digits are 0-9; other digits (U+0665) are left to Character.isDigit.
    if (first < 0x80
        ? first < '0' || first > '9'
        : !Character.isDigit(Character.codePointAt(s, textStart))) {
      return null;
    }
    int stop = Math.min(end, textStart + MalformedStatusInTextCheck.MAX_TOKEN + 1);
    int i = textStart;
    while (i < stop && s.charAt(i) != ' ') {
      i++;
    }
    return MalformedStatusInTextCheck.looksLikeStatus(s, textStart, i)
        ? s.subSequence(textStart, i).toString()
        : null;
  }

  /**
   * The findings of a reply without a status whose lines are {@code lines}: {@code findings}, plus
   * a {@link Rule#MALFORMED_STATUS_IN_TEXT} finding if a line starts like a malformed status. Built
   * and converted replies get it too, so a reply reads back equal to itself.
   */
  static List<Finding> nearMissFindings(List<Finding> findings, ReplyCode c, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      String token = nearMissToken(text, 0, text.length());
      if (token != null) {
        return Compatibility.check(findings, new LineStart(c, i + 1, token));
      }
    }
    return findings;
  }

  private void disagree(@Nullable EnhancedStatusCode st) {
    if (disagreeLine == 0) {
      disagreeLine = lines;
      disagreeStatus = st;
    }
  }

  private SmtpReply finish() {
    ReplyCode c = code;
    EnhancedStatusCode st = status;
    if (c == null) {
      throw new IllegalStateException("no reply in progress");
    }
    List<Finding> findings = PairFindings.of(c, st);
    if (st != null && disagreeLine != 0) {
      // Where the lines disagree; the engine decides what that means and says it.
      findings =
          Compatibility.check(
              findings, new ReplyLines(st, statusLine, disagreeLine, disagreeStatus));
    }
    String token = nearMissToken;
    if (token != null && st == null) {
      // Only a reply without a status: where another line carries one, MixedStatus speaks.
      findings = Compatibility.check(findings, new LineStart(c, nearMissLine, token));
    }
    String[] ts = texts;
    SmtpReply reply;
    if (lines > 1 && ts != null) {
      reply = ReplyValue.ofLines(c, st, Arrays.copyOf(ts, lines), findings);
      Arrays.fill(ts, 0, lines, null); // keep no text of a reply handed over
    } else {
      reply = ReplyValue.ofLine(c, st, String.valueOf(firstText), findings);
    }
    code = null;
    status = null;
    firstText = null;
    lastHadStatus = false;
    lines = 0;
    length = 0;
    statusLine = 0;
    bareLine = 0;
    disagreeLine = 0;
    disagreeStatus = null;
    nearMissLine = 0;
    nearMissToken = null;
    return reply;
  }

  /**
   * False if the text {@code s[start, end)} cannot start with an enhanced status code, by its first
   * two characters alone: a class digit 2, 4 or 5 and a dot, with room for the shortest status (RFC
   * 3463 §2); {@link EnhancedStatusCode#scan} would refuse the token. Spares the text of most lines
   * without a status the search for the token's end.
   */
  private static boolean mayStartWithStatus(CharSequence s, int start, int end) {
    if (end - start < 5) {
      return false;
    }
    char c = s.charAt(start);
    return (c == '2' || c == '4' || c == '5') && s.charAt(start + 1) == '.';
  }

  /**
   * Returns the end of a status token at {@code start}: the index of the SP after it or {@code
   * end}; -1 if the text is empty, starts with SP, or starts with a token longer than any status.
   */
  static int statusEnd(CharSequence s, int start, int end) {
    // The longest status, "2.123.456", has 9 characters (RFC 3463 §2): look no further than the
    // SP that may follow it, rather than through the whole text.
    int stop = Math.min(end, start + 10);
    int i = start;
    while (i < stop && s.charAt(i) != ' ') {
      i++;
    }
    return i == start || (i == stop && stop < end) ? -1 : i;
  }

  /** True if the text {@code s[start, end)} starts with an enhanced status code (RFC 2034 §4). */
  static boolean startsWithStatus(CharSequence s, int start, int end) {
    int tokenEnd = statusEnd(s, start, end);
    return tokenEnd >= 0 && EnhancedStatusCode.scan(s, start, tokenEnd) != null;
  }

  private boolean fail(CharSequence s, int start, int end, String rule, int index, int lineNumber) {
    errorLine = s.subSequence(start, end).toString();
    errorRule = rule;
    errorIndex = index;
    errorLineNumber = lineNumber;
    return false;
  }
}
