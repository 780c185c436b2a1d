/**
 * Implementation details of smtp-status that the module does not export: the Immutables style,
 * ASCII scanning helpers, the table of basic reply codes and the table of the reply codes each SMTP
 * command may receive. Nothing here is public API.
 */
@NullMarked
package dev.smtpstatus.internal;

import org.jspecify.annotations.NullMarked;
