package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reply code and a status as written in source or on the command line, before either is known to
 * be well formed: the input of the grammar rules ({@link MalformedReplyCodeCheck}, {@link
 * MalformedStatusCheck}).
 *
 * @param replyCodeText the reply code as written
 * @param replyCodeNumber its value where it is a plain number (an {@code int} from source, or 1-9
 *     ASCII digits without a leading zero), else null
 * @param statusText the status as written, copied so that a later message sees it unchanged
 * @param code the reply code, or null if it is malformed
 * @param status the status, or null if it is malformed
 */
public record PairText(
    String replyCodeText,
    @Nullable Integer replyCodeNumber,
    String statusText,
    @Nullable ReplyCode code,
    @Nullable EnhancedStatusCode status) {

  /** Checks the texts are not null. */
  public PairText {
    Objects.requireNonNull(replyCodeText, "replyCodeText == null");
    Objects.requireNonNull(statusText, "statusText == null");
  }

  /** A reply code given as a number and a status given as text. */
  public static PairText of(int replyCode, CharSequence status) {
    String text = status.toString();
    return new PairText(
        Integer.toString(replyCode),
        replyCode,
        text,
        ReplyCode.ofOrNull(replyCode),
        EnhancedStatusCode.parseOrNull(text));
  }

  /**
   * A reply code and a status both given as text; the reply code is read as a number only if it is
   * 1-9 ASCII digits without a leading zero (a sign, a space or another script's digits, which
   * {@link Integer#parseInt} would take, leave it text).
   */
  public static PairText of(CharSequence replyCode, CharSequence status) {
    String codeText = replyCode.toString();
    Integer number = asciiNumber(codeText);
    if (number != null) {
      return of(number, status);
    }
    String text = status.toString();
    return new PairText(codeText, null, text, null, EnhancedStatusCode.parseOrNull(text));
  }

  private static @Nullable Integer asciiNumber(String s) {
    if (s.isEmpty() || s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) {
      return null;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
