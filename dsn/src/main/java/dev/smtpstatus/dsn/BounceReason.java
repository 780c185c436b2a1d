package dev.smtpstatus.dsn;

/**
 * Why delivery to a recipient failed or was delayed, derived from the status, the reply code and
 * the text by {@link BounceClassifier}. The mapping is in
 * docs/decisions/0701-bounce-classification.md.
 */
public enum BounceReason {
  /** The mailbox does not exist, or the address is malformed (X.1.1, X.1.3, X.1.6, 550/551/553). */
  UNKNOWN_RECIPIENT,
  /** The domain does not exist or accepts no mail (X.1.2, X.1.10, X.4.4). */
  UNKNOWN_DOMAIN,
  /** The mailbox is over quota (X.2.2, 552 by RFC 5321's meaning). */
  MAILBOX_FULL,
  /** The message is larger than the receiver accepts (X.2.3, X.3.4, X.7.16). */
  MESSAGE_TOO_BIG,
  /** The sender, its IP address or its domain is blocked or has a bad reputation. */
  BLOCKED,
  /** The content was taken for spam, a virus or otherwise refused for what it contains (X.6.x). */
  SPAM_OR_CONTENT,
  /** A local policy refused the message (X.7.1, X.7.0 without a more telling text). */
  POLICY,
  /** SPF, DKIM, DMARC, ARC or SMTP authentication failed (X.7.8, X.7.20–X.7.26, X.7.29). */
  AUTHENTICATION,
  /** The receiver requires TLS or a security feature the sender did not use (X.7.10, X.7.30). */
  TLS_REQUIRED,
  /** Too many messages, connections or recipients (X.7.28, X.5.3, 421/450 with such a text). */
  RATE_LIMITED,
  /** The message stayed in the queue until it expired (X.4.7). */
  EXPIRED,
  /** No connection to the receiver, or DNS failed (X.4.1, X.4.2, X.4.3). */
  NETWORK,
  /** The receiving system failed or is not accepting mail (X.3.x, X.4.5, X.4.6, 421, 451). */
  REMOTE_SYSTEM_ERROR,
  /** The mailbox exists but is disabled (X.2.1, X.7.13). */
  ACCOUNT_DISABLED,
  /** The receiver does not relay for the sender (X.7.1 with a relay text, 554 relay denied). */
  RELAYING_DENIED,
  /** A command or its syntax was refused (X.5.x, 500-504). */
  PROTOCOL_ERROR,
  /**
   * Not a failure: the report says the message was delivered, relayed or expanded (a 2.x.x status
   * or such an action). Added to the list because DSNs also report success (RFC 3464
   * §2.3.3).
   */
  NOT_A_FAILURE,
  /** Nothing above fits, or nothing tells. */
  OTHER
}
