package dev.smtpstatus;

/** What the second digit of a reply code says (RFC 5321 §4.2.1). */
public enum ReplyCategory {
  /** {@code x0z}: syntax errors, syntactically correct but unfitting or unimplemented commands. */
  SYNTAX,
  /** {@code x1z}: replies to requests for information, such as status or help. */
  INFORMATION,
  /** {@code x2z}: replies about the transmission channel. */
  CONNECTIONS,
  /** {@code x3z}: unspecified by RFC 5321 (used by extensions such as AUTH). */
  UNSPECIFIED_3,
  /** {@code x4z}: unspecified by RFC 5321. */
  UNSPECIFIED_4,
  /** {@code x5z}: the status of the receiver mail system for the requested transfer. */
  MAIL_SYSTEM;

  /** The second digit of reply codes of this category, 0 to 5. */
  public int getDigit() {
    return ordinal();
  }
}
