package dev.smtpstatus.dsn;

import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.SmtpReply;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a {@code Diagnostic-Code: smtp; …} field (RFC 3464 §2.3.6) as a reply.
 *
 * <p>The field is folded like any header field, so a multi-line reply arrives as one unfolded line
 * in which the reply code repeats: {@code 550-5.1.1 The email account … Please try 550-5.1.1
 * double-checking … 550 5.1.1 https://…}. When the text starts with {@code NNN-} and its pieces,
 * split before each {@code NNN-}/{@code NNN } with the same code, form a well-formed multi-line
 * reply, the reply is read with those lines. Otherwise the text is read as one line; a text that
 * starts {@code NNN-} but never ends is read as the one line {@code NNN …}, since a DSN keeps only
 * what the MTA chose to write. Everything goes through the lenient {@link ReplyParser}, so a pair
 * that breaks a rule is kept with its findings.
 */
final class DiagnosticReplies {
  /** Diagnostic lines are often longer than a wire reply's: an MTA joins and annotates them. */
  private static final ReplyParser PARSER =
      ReplyParser.builder().setMaxLineLength(8192).setMaxReplyLength(65536).build();

  private DiagnosticReplies() {}

  static @Nullable SmtpReply read(String text) {
    String s = text.strip();
    if (s.length() < 3 || !isCode(s)) {
      return null;
    }
    String code = s.substring(0, 3);
    if (s.length() > 3 && s.charAt(3) == '-') {
      List<String> lines = splitLines(s, code);
      if (lines != null) {
        SmtpReply r = PARSER.parseOrNull(String.join("\n", lines));
        if (r != null) {
          return r;
        }
      }
      s = code + " " + s.substring(4);
    }
    if (s.length() > 3 && s.charAt(3) != ' ') {
      // "550Mailbox unavailable": no separator; RFC 5321 §4.2 has SP, so read it with one.
      s = code + " " + s.substring(3);
    }
    return PARSER.parseOrNull(s);
  }

  private static boolean isCode(String s) {
    char a = s.charAt(0);
    char b = s.charAt(1);
    char c = s.charAt(2);
    boolean digits = a >= '2' && a <= '5' && b >= '0' && b <= '5' && c >= '0' && c <= '9';
    return digits && (s.length() == 3 || !isDigit(s.charAt(3)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Splits an unfolded multi-line reply into its lines, or returns null if it is not one. */
  private static @Nullable List<String> splitLines(String s, String code) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 1;
    while (i < s.length()) {
      if (Character.isWhitespace(s.charAt(i - 1))
          && s.startsWith(code, i)
          && i + 3 < s.length() + 1
          && (i + 3 == s.length() || s.charAt(i + 3) == '-' || s.charAt(i + 3) == ' ')) {
        lines.add(s.substring(start, i).strip());
        start = i;
        i += 3;
      } else {
        i++;
      }
    }
    lines.add(s.substring(start).strip());
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      char sep = line.length() > 3 ? line.charAt(3) : ' ';
      if (k < lines.size() - 1 ? sep != '-' : sep == '-') {
        return null;
      }
    }
    return lines;
  }
}
