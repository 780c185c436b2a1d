package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pair a handler builds, with the pairs its {@code @Replies} declare: the input of the rules of
 * {@link dev.smtpstatus.Rule.Input#DECLARED}.
 *
 * @param handler the handler as a reader knows it, e.g. {@code InboundHandler.recipient}
 * @param code the reply code built
 * @param status the status built, as written
 * @param declared the declared pairs, in the order they are written
 */
public record BuiltReply(String handler, int code, String status, List<Declared> declared) {

  /** One declared pair: {@code @Replies(code = …, status = …)}. */
  public record Declared(int code, String status) {
    /** Checks the status is not null. */
    public Declared {
      Objects.requireNonNull(status, "status == null");
    }

    /** True if this declares the pair, comparing statuses as values where both parse. */
    boolean declares(int otherCode, String otherStatus) {
      if (code != otherCode) {
        return false;
      }
      if (status.equals(otherStatus)) {
        return true;
      }
      @Nullable EnhancedStatusCode mine = EnhancedStatusCode.parseOrNull(status);
      return mine != null && mine.equals(EnhancedStatusCode.parseOrNull(otherStatus));
    }

    @Override
    public String toString() {
      return code + " " + status;
    }
  }

  /** Checks the values are not null and copies the declared pairs. */
  public BuiltReply {
    Objects.requireNonNull(handler, "handler == null");
    Objects.requireNonNull(status, "status == null");
    declared = List.copyOf(declared);
  }
}
