package dev.smtpstatus.api;

/**
 * The stage of an SMTP session that a reply answers: the opening of the connection or one of the
 * commands of RFC 5321 and its extensions. {@link RepliesTo} names it on a handler so that the
 * compiler can check each declared reply against the replies that stage may receive (RFC 5321
 * §4.3.2).
 *
 * <pre>{@code
 * @RepliesTo(SmtpCommand.RCPT)
 * @Replies(code = 550, status = "5.1.1")
 * void recipient(String address) { ... }
 * }</pre>
 */
public enum SmtpCommand {
  /**
   * The greeting: the reply a server sends when a client opens the connection, before any command
   * (RFC 5321 §3.1, §4.3.2 "CONNECTION ESTABLISHMENT").
   */
  GREETING,
  /**
   * {@code EHLO}: the extended hello that opens a session and lists extensions (RFC 5321 §4.1.1.1).
   */
  EHLO,
  /** {@code HELO}: the plain hello of clients without extensions (RFC 5321 §4.1.1.1). */
  HELO,
  /** {@code MAIL FROM}: starts a mail transaction and names the sender (RFC 5321 §4.1.1.2). */
  MAIL,
  /** {@code RCPT TO}: names one recipient of the transaction (RFC 5321 §4.1.1.3). */
  RCPT,
  /**
   * {@code DATA}: both the intermediate {@code 354} that invites the message and the reply after
   * the end of the data (RFC 5321 §4.1.1.4).
   */
  DATA,
  /** {@code BDAT}: one chunk of the message, from the CHUNKING extension (RFC 3030 §2). */
  BDAT,
  /** {@code RSET}: aborts the current mail transaction (RFC 5321 §4.1.1.5). */
  RSET,
  /** {@code VRFY}: asks whether an address names a user or mailbox (RFC 5321 §4.1.1.6). */
  VRFY,
  /** {@code EXPN}: asks for the members of a mailing list (RFC 5321 §4.1.1.7). */
  EXPN,
  /** {@code HELP}: asks for helpful information (RFC 5321 §4.1.1.8). */
  HELP,
  /** {@code NOOP}: does nothing but get an OK reply (RFC 5321 §4.1.1.9). */
  NOOP,
  /** {@code QUIT}: asks the server to close the connection (RFC 5321 §4.1.1.10). */
  QUIT,
  /** {@code STARTTLS}: starts TLS on the connection (RFC 3207 §4). */
  STARTTLS,
  /**
   * {@code AUTH}: authenticates the client with a SASL mechanism, including the replies to the
   * client's responses to {@code 334} challenges (RFC 4954 §4).
   */
  AUTH
}
