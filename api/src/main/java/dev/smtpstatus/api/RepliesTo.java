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
 *       receive (RFC 5321 §4.3.2 and the extensions' RFCs; 421, 500 and 501 answer any command);
 *   <li>{@code smtp-status/StatusNotForCommand}: the status is about a recipient's address or
 *       mailbox (X.1.1-X.1.6, X.1.10, X.2.x), but the command comes before any recipient: the
 *       greeting, EHLO/HELO, STARTTLS, AUTH or MAIL (RFC 3463 §3.2, §3.3). Sender statuses (X.1.7,
 *       X.1.8) at RCPT and X.3.4 at MAIL draw nothing: servers legitimately send them there.
 * </ul>
 *
 * <p>Both apply to each {@link Replies} of the method and, under javac, to each pair the method
 * builds in its body with constant arguments ({@code SmtpReply.of(221, "2.0.0", ...)}). A real
 * javac run on the example above:
 *
 * <pre>
 * example/RecipientHandler.java:10: warning: [smtp-status/ReplyCodeNotForCommand] reply code 221 (&lt;domain&gt; Service closing transmission channel) is not a reply to RCPT, which receives 250 or 251 as success (RFC 5321 §4.3.2 and the extensions' RFCs): use 250 or 251 with 2.0.0, or check which command the reply answers.
 *   &#64;Replies(code = 221, status = "2.0.0")
 *                   ^
 * </pre>
 *
 * <p>{@link Replies} lists every rule, with a real javac output of each.
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
