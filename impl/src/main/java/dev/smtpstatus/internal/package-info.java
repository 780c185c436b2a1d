/**
 * Implementation details of smtp-status that the module does not export: the Immutables style,
 * ASCII scanning helpers and the table of basic reply codes. Nothing here is public API.
 */
@NullMarked
package dev.smtpstatus.internal;

import org.jspecify.annotations.NullMarked;
