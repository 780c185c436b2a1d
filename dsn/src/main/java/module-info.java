/**
 * smtp-status-dsn: reads RFC 3464 delivery status notifications and the free-text bounces real MTAs
 * send, and classifies every failed recipient; writes RFC 3464 reports. MIME is read by Apache
 * James Mime4j.
 */
module dev.smtpstatus.dsn {
  requires transitive dev.smtpstatus;
  // Mime4j 0.8.14 has no module descriptor nor Automatic-Module-Name: the name comes from the jar.
  requires apache.mime4j.core;
  requires apache.mime4j.dom;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports dev.smtpstatus.dsn;
  exports dev.smtpstatus.dsn.write;
}
