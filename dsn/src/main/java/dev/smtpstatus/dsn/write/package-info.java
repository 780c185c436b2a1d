/**
 * Writing bounces: {@link dev.smtpstatus.dsn.write.DeliveryReport} builds an RFC 3464 delivery
 * status notification inside an RFC 6522 {@code multipart/report} (or the RFC 6533 global variant
 * when an address or text needs UTF-8), one {@link dev.smtpstatus.dsn.write.ReportRecipient} per
 * recipient. Both are immutable: every {@code with…} method returns a new value and checks its
 * argument at once, so a value that exists can always be written. What they write, {@link
 * dev.smtpstatus.dsn.BounceReader} reads back as the same recipients.
 */
@NullMarked
package dev.smtpstatus.dsn.write;

import org.jspecify.annotations.NullMarked;
