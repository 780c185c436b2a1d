package dev.smtpstatus.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A detail IANA registers in the SMTP Enhanced Status Codes registry (RFC 5248), such as {@code
 * X.3.4} "Message too big for system". One enum per subject implements it, so a Kotlin {@code when}
 * can first branch on the subject's enum type and then exhaustively on its constants.
 *
 * <pre>{@code
 * RegisteredDetail d = RegisteredDetail.ofOrNull(3, 4);   // MailSystemDetail.MESSAGE_TOO_BIG
 * d.getTitle();                  // "Message too big for system"
 * d.getAssociatedReplyCodesText();   // "552, 554"
 * d.getApplicability();          // PERMANENT_FAILURE
 * }</pre>
 */
public sealed interface RegisteredDetail extends Detail
    permits OtherDetail,
        AddressingDetail,
        MailboxDetail,
        MailSystemDetail,
        RoutingDetail,
        ProtocolDetail,
        MediaDetail,
        SecurityDetail {

  @Override
  RegisteredSubject getSubject();

  /**
   * The registry's sample text, exactly as IANA publishes it, e.g. {@code "Mailbox full"}. Empty
   * for the deprecated X.6.10, which the registry leaves without one.
   */
  String getTitle();

  /** A one-line description of when the code applies, after the registry's description. */
  String getDescription();

  /**
   * The associated basic reply codes exactly as the registry words them: a list such as {@code
   * "451, 550"}, or {@code "Any"}, {@code "Not given"}, {@code "5XX"}, {@code "250 or 251"}, {@code
   * "451/550"}, {@code "552 (other 4XX or 5XX codes are allowed)"}, or X.7.28's bare {@code "."}.
   * RFC 5248 §2 makes the list non-exclusive. {@code smtp-status}'s registry parses the wording
   * into a model.
   */
  String getAssociatedReplyCodesText();

  /** The classes this code is meant for, as its registry description states it. */
  Applicability getApplicability();

  /** The documents that define the code, e.g. {@code ["RFC7372", "RFC7208"]}. */
  List<String> getReferences();

  /** Always true. */
  @Override
  default boolean isRegistered() {
    return true;
  }

  /** True if IANA deprecates this code (only X.6.10, a duplicate of X.6.8). */
  default boolean isDeprecated() {
    return false;
  }

  /** The code to use instead of a deprecated one (X.6.8 for X.6.10); otherwise this detail. */
  default RegisteredDetail getCanonical() {
    return this;
  }

  /** The code in registry form without a class, e.g. {@code "X.3.4"}. */
  default String getCode() {
    return "X." + getSubject().getNumber() + "." + getNumber();
  }

  /** The Java constant name, e.g. {@code MESSAGE_TOO_BIG}. */
  String name();

  /**
   * Returns the registered detail for a subject and detail number, or null if IANA registers none.
   * Allocates nothing.
   */
  static @Nullable RegisteredDetail ofOrNull(int subject, int detail) {
    return DetailTable.get(subject, detail);
  }

  /** Every registered detail, all 81, in registry order (by subject, then detail). */
  static List<RegisteredDetail> values() {
    return DetailTable.ALL;
  }
}
