/**
 * Session failures of Jakarta Mail as typed values: {@link
 * dev.smtpstatus.jakartamail.JakartaMailFailures#recipients} turns the exception {@code
 * Transport.send} throws into one {@link dev.smtpstatus.dsn.BouncedRecipient} per address, the same
 * values {@link dev.smtpstatus.dsn.BounceReader} gives for a bounce.
 */
@NullMarked
package dev.smtpstatus.jakartamail;

import org.jspecify.annotations.NullMarked;
