/**
 * The vocabulary of SMTP enhanced status codes (RFC 3463) as sealed Java types, and the {@link
 * dev.smtpstatus.api.Replies} and {@link dev.smtpstatus.api.RepliesTo} annotations with the {@link
 * dev.smtpstatus.api.SmtpCommand} stages they name. This module has no run-time dependency beyond
 * the JDK.
 */
module dev.smtpstatus.api {
  requires static transitive org.jspecify;

  exports dev.smtpstatus.api;
}
