package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One recipient of a delivery status notification (RFC 3464 §2.3), as far as the rules look at it:
 * the input of {@link ActionStatusMismatchCheck} and {@link StatusDiagnosticMismatchCheck}.
 *
 * @param action the Action in lower case ({@code failed}, {@code delayed}, {@code delivered},
 *     {@code relayed}, {@code expanded}), or null if absent or not one of them
 * @param status the Status field, or null if absent or malformed
 * @param diagnosticCode the reply code of the Diagnostic-Code, or null
 * @param diagnosticStatus the enhanced status code of the Diagnostic-Code reply, or null
 */
public record DsnRecipient(
    @Nullable String action,
    @Nullable EnhancedStatusCode status,
    @Nullable ReplyCode diagnosticCode,
    @Nullable EnhancedStatusCode diagnosticStatus) {

  /**
   * The action named by an Action field's value (its first word, ignoring case), or null if it
   * names none of RFC 3464 §2.3.3's five.
   */
  public static @Nullable String actionOf(@Nullable CharSequence value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
      end++;
    }
    String word = s.substring(0, end);
    switch (word) {
      case "failed":
      case "delayed":
      case "delivered":
      case "relayed":
      case "expanded":
        return word;
      default:
        return null;
    }
  }

  /** The status class RFC 3464 §2.3.3 pairs with an action: 5, 4 or 2. */
  static int expectedClass(String action) {
    switch (action) {
      case "failed":
        return 5;
      case "delayed":
        return 4;
      default:
        return 2;
    }
  }

  /** The class of the Diagnostic-Code reply: its code's first digit, else its status's, or 0. */
  int diagnosticClass() {
    if (diagnosticCode != null) {
      return diagnosticCode.getValue() / 100;
    }
    return diagnosticStatus == null ? 0 : diagnosticStatus.getClassNumber();
  }
}
