/**
 * A runnable demonstration of smtp-status: {@link dev.smtpstatus.examples.Demo} starts the example
 * SMTP server on loopback, runs a client conversation against it and prints what each reply means.
 */
@NullMarked
package dev.smtpstatus.examples;

import org.jspecify.annotations.NullMarked;
