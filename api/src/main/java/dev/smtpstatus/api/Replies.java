package dev.smtpstatus.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a reply that a handler method (or every handler of a type) may send: a basic reply code
 * (RFC 5321 §4.2) and an enhanced status code (RFC 3463), such as {@code 552} with {@code 5.3.4}.
 *
 * <pre>{@code
 * @Replies(code = 552, status = "5.3.4")   // message too big
 * @Replies(code = 452, status = "4.2.2")   // mailbox full
 * SmtpReply onData(Message m) { ... }
 * }</pre>
 *
 * <p>With {@code smtp-status-processor} on the annotation processor path, the compiler checks each
 * pair with the same rules that {@code smtp-status check} and the run-time check apply:
 *
 * <table>
 *   <caption>What the processor checks (one row per rule; a test keeps it in step with the engine)</caption>
 *   <tr><th>tag</th><th>what it checks</th><th>severity</th><th>source</th></tr>
 *   <tr><td>{@code smtp-status/MalformedStatus}</td><td>{@code status} is {@code
 *       class.subject.detail} with class 2, 4 or 5, subject and detail of 1-3 ASCII digits, no leading
 *       zeros, no spaces</td><td>error</td><td>RFC 3463 §2</td></tr>
 *   <tr><td>{@code smtp-status/MalformedReplyCode}</td><td>{@code code} is three digits, the first
 *       2-5, the second 0-5</td><td>error</td><td>RFC 5321 §4.2</td></tr>
 *   <tr><td>{@code smtp-status/IntermediateReply}</td><td>{@code code} is not an intermediate 3xx
 *       reply, which carries no enhanced code</td><td>error</td><td>RFC 2034 §3</td></tr>
 *   <tr><td>{@code smtp-status/ClassMismatch}</td><td>the class of {@code status} equals the first
 *       digit of {@code code}</td><td>error</td><td>RFC 2034 §3, RFC 3463 §3.1</td></tr>
 *   <tr><td>{@code smtp-status/UnregisteredStatus}</td><td>subject and detail are registered
 *       (receivers fall back to X.s.0 / X.0.0)</td><td>warning</td><td>RFC 3463 §2</td></tr>
 *   <tr><td>{@code smtp-status/DeprecatedStatus}</td><td>{@code status} is not deprecated (X.6.10
 *       duplicates X.6.8)</td><td>warning</td><td>IANA registry, RFC 6531</td></tr>
 *   <tr><td>{@code smtp-status/UnlistedReplyCode}</td><td>{@code code} is among the registry's
 *       associated codes of the same class, where the registry names any of that class (the list is
 *       non-exclusive)</td><td>warning</td><td>RFC 5248 §2</td></tr>
 *   <tr><td>{@code smtp-status/UnintendedClass}</td><td>the class fits what the registry says the
 *       code is meant for (permanent or transient failures only, success), unless the registry itself
 *       lists {@code code}</td><td>warning</td><td>IANA registry description</td></tr>
 *   <tr><td>{@code smtp-status/UndefinedReplyCode}</td><td>{@code code} is defined by an RFC or an
 *       SMTP extension</td><td>warning</td><td>RFC 5321 §4.2</td></tr>
 * </table>
 *
 * <p>Listed pairs are clean: a pair whose reply code the registry names for the status draws no
 * finding (see {@code Compatibility}). The processor option {@code -Asmtpstatus.strict=true} turns
 * warnings into errors; {@code @SuppressWarnings("smtp-status")} on the element or an enclosing one
 * silences its warnings (never its errors).
 *
 * <p>Retained at run time, so a server can read the replies a handler declares.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Replies.List.class)
public @interface Replies {

  /** The basic reply code, e.g. {@code 552} (RFC 5321 §4.2). */
  int code();

  /** The enhanced status code, e.g. {@code "5.3.4"} (RFC 3463 §2). */
  String status();

  /** The container that holds several {@link Replies} on one element. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {
    /** The replies declared on the element. */
    Replies[] value();
  }
}
