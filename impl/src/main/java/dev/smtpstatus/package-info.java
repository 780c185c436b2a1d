/**
 * Typed SMTP replies: {@link dev.smtpstatus.ReplyCode} (RFC 5321 §4.2), {@link
 * dev.smtpstatus.EnhancedStatusCode} (RFC 3463), the IANA registry of enhanced status codes ({@link
 * dev.smtpstatus.StatusCodeRegistry}), and the compatibility rules that say whether a reply code
 * and an enhanced status code go together ({@link dev.smtpstatus.Compatibility}); whole replies
 * ({@link dev.smtpstatus.SmtpReply}), read by {@link dev.smtpstatus.ReplyParser} or, from a stream,
 * {@link dev.smtpstatus.ReplyReader}. All values are immutable; parsers take {@link
 * java.lang.CharSequence} and throw {@link dev.smtpstatus.SmtpSyntaxException}, or return null from
 * their {@code parseOrNull} forms.
 */
@NullMarked
@SmtpStyle
package dev.smtpstatus;

import dev.smtpstatus.internal.SmtpStyle;
import org.jspecify.annotations.NullMarked;
