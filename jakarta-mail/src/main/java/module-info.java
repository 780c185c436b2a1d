/**
 * smtp-status-jakarta-mail: the failed recipients of Jakarta Mail's SMTP exceptions (Angus Mail) as
 * the typed, classified values of smtp-status-dsn. Jakarta Mail and Angus Mail are the user's own
 * (provided).
 */
module dev.smtpstatus.jakartamail {
  requires transitive dev.smtpstatus.dsn;
  requires static transitive jakarta.mail;
  requires static org.eclipse.angus.mail;
  requires static transitive org.jspecify;

  exports dev.smtpstatus.jakartamail;
}
