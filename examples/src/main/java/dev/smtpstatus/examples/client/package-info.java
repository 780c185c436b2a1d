/**
 * An SMTP client over a plain socket that reads replies with smtp-status's streaming reader and
 * says what each one means and whether a retry can help.
 */
@NullMarked
package dev.smtpstatus.examples.client;

import org.jspecify.annotations.NullMarked;
