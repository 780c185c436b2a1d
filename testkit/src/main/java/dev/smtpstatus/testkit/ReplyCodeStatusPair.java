package dev.smtpstatus.testkit;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import java.util.Objects;

/**
 * A basic reply code and an enhanced status code that a reply could carry together, such as {@code
 * 552 5.3.4} — compatible or not, as the generator that drew it promises.
 *
 * <pre>{@code
 * ReplyCodeStatusPair p = ReplyCodeStatusPair.of(ReplyCode.of(552), EnhancedStatusCode.parse("5.3.4"));
 * Compatibility.check(p.getReplyCode(), p.getStatus());   // []
 * p.toString();                                           // "552 5.3.4"
 * }</pre>
 */
public final class ReplyCodeStatusPair {
  private final ReplyCode replyCode;
  private final EnhancedStatusCode status;

  private ReplyCodeStatusPair(ReplyCode replyCode, EnhancedStatusCode status) {
    this.replyCode = replyCode;
    this.status = status;
  }

  /**
   * Returns the pair of a reply code and a status, whether or not they go together.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ReplyCodeStatusPair of(ReplyCode replyCode, EnhancedStatusCode status) {
    return new ReplyCodeStatusPair(
        Objects.requireNonNull(replyCode, "replyCode == null"),
        Objects.requireNonNull(status, "status == null"));
  }

  /** The basic reply code, e.g. {@code 552}. */
  public ReplyCode getReplyCode() {
    return replyCode;
  }

  /** The enhanced status code, e.g. {@code 5.3.4}. */
  public EnhancedStatusCode getStatus() {
    return status;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplyCodeStatusPair
        && ((ReplyCodeStatusPair) o).replyCode.equals(replyCode)
        && ((ReplyCodeStatusPair) o).status.equals(status);
  }

  @Override
  public int hashCode() {
    return replyCode.hashCode() * 31 + status.hashCode();
  }

  /** Returns the pair as a reply line starts, e.g. {@code 552 5.3.4}. */
  @Override
  public String toString() {
    return replyCode + " " + status;
  }
}
