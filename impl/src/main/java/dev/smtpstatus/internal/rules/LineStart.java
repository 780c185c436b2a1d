package dev.smtpstatus.internal.rules;

import dev.smtpstatus.ReplyCode;
import java.util.Objects;

/**
 * The token a reply line's text starts with, where RFC 2034 §4 puts the enhanced status code, for a
 * line that carries no status: the input of {@link MalformedStatusInTextCheck}. The reply parser
 * records the first such line whose token {@link MalformedStatusInTextCheck#looksLikeStatus looks
 * like a status}; the engine decides and words.
 *
 * @param code the reply's code
 * @param line the number (from 1) of the line in the reply
 * @param token the text of that line up to its first SP (or its end), as sent
 */
public record LineStart(ReplyCode code, int line, String token) {

  /** Checks the arguments are not null and the line number is positive. */
  public LineStart {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(token, "token == null");
    if (line < 1) {
      throw new IllegalArgumentException("line < 1: " + line);
    }
  }
}
