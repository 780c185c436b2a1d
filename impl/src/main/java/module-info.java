/**
 * smtp-status: immutable reply codes, enhanced status codes and replies, the IANA registry, the
 * parsers and formatters, and the compatibility rules. No run-time dependency beyond {@code
 * dev.smtpstatus.api} and the JDK.
 */
module dev.smtpstatus {
  requires transitive dev.smtpstatus.api;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports dev.smtpstatus;
}
