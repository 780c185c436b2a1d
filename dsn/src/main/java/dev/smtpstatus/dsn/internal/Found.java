package dev.smtpstatus.dsn.internal;

import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.SmtpReply;
import org.jspecify.annotations.Nullable;

/**
 * A recipient found in a free-text bounce: the address, the reply code and status if the text gives
 * them, the reply when its text reads as one, and the text about this recipient (unfolded).
 */
public record Found(
    String recipient,
    @Nullable Integer code,
    @Nullable String status,
    @Nullable SmtpReply reply,
    String text) {

  private static final ReplyParser PARSER = ReplyParser.builder().setMaxLineLength(8192).build();

  /**
   * Reads a recipient's text: the reply in it (preferring the one after {@code preferAfter}, e.g.
   * {@code said:}), else a bare status.
   */
  public static Found of(String recipient, String text, @Nullable String preferAfter) {
    String t = text.replaceAll("\\s+", " ").strip();
    int from = 0;
    if (preferAfter != null) {
      int p = t.toLowerCase(java.util.Locale.ROOT).indexOf(preferAfter);
      if (p >= 0) {
        from = p + preferAfter.length();
      }
    }
    ReplyFinder.Hit hit = ReplyFinder.find(t, from);
    if (hit == null && from > 0) {
      hit = ReplyFinder.find(t, 0);
    }
    if (hit == null) {
      return new Found(recipient, null, ReplyFinder.findStatus(t), null, t);
    }
    String replyText = t.substring(hit.start());
    String line =
        replyText.length() > 3 && (replyText.charAt(3) == '-' || replyText.charAt(3) == ':')
            ? replyText.substring(0, 3) + " " + replyText.substring(4).stripLeading()
            : replyText;
    if (hit.status() != null && line.startsWith("#", 4)) {
      line = line.substring(0, 4) + line.substring(5);
    }
    SmtpReply reply = PARSER.parseOrNull(line);
    String status = hit.status();
    if (status == null) {
      status = ReplyFinder.findStatus(replyText);
    }
    return new Found(recipient, hit.code(), status, reply, replyText);
  }
}
