package dev.smtpstatus.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the SMTP command (or the greeting) whose replies a handler method builds, so that the
 * compiler checks each of the handler's replies against the replies that command may receive (RFC
 * 5321 §4.3.2 and the extensions' RFCs).
 *
 * <pre>{@code
 * @RepliesTo(SmtpCommand.RCPT)
 * @Replies(code = 550, status = "5.1.1")  // fine: RCPT may be refused with 550
 * @Replies(code = 221, status = "2.0.0")  // warning: [smtp-status/ReplyCodeNotForCommand]
 * void recipient(String address) { ... }
 * }</pre>
 *
 * <p>On a type it is the default for every method of the type that has no {@code @RepliesTo} of its
 * own; a method's own always wins. With {@code smtp-status-processor} on the annotation processor
 * path, two warnings use it ({@code -Asmtpstatus.strict=true} makes them errors):
 *
 * <ul>
 *   <li>{@code smtp-status/ReplyCodeNotForCommand}: the reply code is not one the command may
 *       receive;
 *   <li>{@code smtp-status/StatusNotForCommand}: the status is about a recipient's address or
 *       mailbox, but the command comes before any recipient.
 * </ul>
 *
 * <p>Retained at run time, so a server can read which command a handler answers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RepliesTo {

  /** The command (or the greeting) that the handler's replies answer. */
  SmtpCommand value();
}
