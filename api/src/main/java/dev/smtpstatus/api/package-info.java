/**
 * The taxonomy of RFC 3463 enhanced status codes: {@link dev.smtpstatus.api.StatusClass} (2, 4, 5),
 * {@link dev.smtpstatus.api.Subject} (registered subjects 0 to 7, or an unregistered number) and
 * {@link dev.smtpstatus.api.Detail} (every detail IANA registers, grouped by subject in one enum
 * per subject, or an unregistered number), as sealed types so that a Java 21 {@code switch} or a
 * Kotlin {@code when} over them is exhaustive without a default branch; the {@link
 * dev.smtpstatus.api.Replies} annotation that the smtp-status processor checks at compile time; and
 * {@link dev.smtpstatus.api.SmtpCommand} with {@link dev.smtpstatus.api.RepliesTo}, which name the
 * command a handler's replies answer.
 */
@NullMarked
package dev.smtpstatus.api;

import org.jspecify.annotations.NullMarked;
