package dev.smtpstatus.dsn;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Action} field of a DSN recipient block (RFC 3464 §2.3.3): what the reporting MTA did
 * with the message for this recipient.
 */
public enum Action {
  /** The message could not be delivered and the MTA has given up. Goes with a 5.x.x status. */
  FAILED,
  /** Delivery is delayed; the MTA will keep trying. Goes with a 4.x.x status. */
  DELAYED,
  /** The message was delivered. Goes with a 2.x.x status. */
  DELIVERED,
  /** The message was relayed to an environment that sends no DSN. Goes with a 2.x.x status. */
  RELAYED,
  /** The message was delivered and forwarded to more addresses. Goes with a 2.x.x status. */
  EXPANDED;

  /** The field value as RFC 3464 writes it, e.g. {@code failed}. */
  public String getValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status class RFC 3464 §2.3.3 pairs with this action: 5 for failed, 4 for delayed, 2 for the
   * others.
   */
  public int getExpectedStatusClass() {
    switch (this) {
      case FAILED:
        return 5;
      case DELAYED:
        return 4;
      default:
        return 2;
    }
  }

  /**
   * Reads a field value, ignoring case and surrounding white space and a trailing comment such as
   * {@code failed (bad address)}, or returns null if it names no action.
   */
  public static @Nullable Action parseOrNull(CharSequence text) {
    String s = text.toString().strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    String word = s.substring(0, end).toLowerCase(Locale.ROOT);
    for (Action a : values()) {
      if (a.getValue().equals(word)) {
        return a;
      }
    }
    return null;
  }
}
