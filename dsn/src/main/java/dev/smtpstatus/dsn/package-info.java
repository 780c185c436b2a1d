/**
 * Bounces: {@link dev.smtpstatus.dsn.BounceReader} reads a whole message (RFC 3464 delivery status
 * notifications inside RFC 6522 {@code multipart/report}, RFC 6533 {@code
 * message/global-delivery-status}, and free-text bounces of common MTAs) into a {@link
 * dev.smtpstatus.dsn.Bounce}: per recipient the action, status, reply and a classification ({@link
 * dev.smtpstatus.dsn.BounceReason}, permanent or transient). All values are immutable.
 */
@NullMarked
@DsnStyle
package dev.smtpstatus.dsn;

import dev.smtpstatus.dsn.internal.DsnStyle;
import org.jspecify.annotations.NullMarked;
