/** Implementation of the dsn module: MIME walking, DSN field groups, free-text formats. */
@NullMarked
package dev.smtpstatus.dsn.internal;

import org.jspecify.annotations.NullMarked;
