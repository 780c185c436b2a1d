/**
 * An SMTP server on SubEthaSMTP whose handlers declare their replies with {@link
 * dev.smtpstatus.api.Replies} and build them as {@link dev.smtpstatus.SmtpReply} values; the
 * annotation processor checks each declared pair when this package compiles.
 */
@NullMarked
package dev.smtpstatus.examples.server;

import org.jspecify.annotations.NullMarked;
