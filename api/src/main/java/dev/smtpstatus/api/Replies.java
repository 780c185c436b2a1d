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
 *   <tr><td>{@code smtp-status/ReplyCodeNotForCommand}</td><td>where {@link RepliesTo} names the
 *       command, {@code code} is one that command may receive ({@code 221} answers QUIT, never
 *       RCPT)</td><td>warning</td><td>RFC 5321 §4.3.2 and the extensions' RFCs</td></tr>
 *   <tr><td>{@code smtp-status/StatusNotForCommand}</td><td>where {@link RepliesTo} names the
 *       command, {@code status} is not about a recipient's address or mailbox (X.1.1-X.1.6, X.1.10,
 *       X.2.x) when the command comes before any recipient: the greeting, EHLO/HELO, STARTTLS, AUTH,
 *       MAIL</td><td>warning</td><td>RFC 3463 §3.2, §3.3</td></tr>
 *   <tr><td>{@code smtp-status/UndeclaredReply}</td><td>under javac, every constant pair the
 *       method builds in its body (lambdas and local classes included) is among its own or its
 *       classes' {@code Replies}</td><td>warning</td><td>the handler's @Replies</td></tr>
 * </table>
 *
 * <p>A real javac run, for a RCPT handler that declares {@code 221}:
 *
 * <pre>
 * example/RecipientHandler.java:10: warning: [smtp-status/ReplyCodeNotForCommand] reply code 221 (&lt;domain&gt; Service closing transmission channel) is not a reply to RCPT, which receives 250 or 251 as success (RFC 5321 §4.3.2 and the extensions' RFCs): use 250 or 251 with 2.0.0, or check which command the reply answers.
 *   &#64;Replies(code = 221, status = "2.0.0")
 *                   ^
 * </pre>
 *
 * <p>and for a MAIL handler that declares {@code 550 5.1.1}:
 *
 * <pre>
 * example/SenderHandler.java:9: warning: [smtp-status/StatusNotForCommand] status 5.1.1 (Bad destination mailbox address) is about a recipient's address, but MAIL comes before any recipient is named (RFC 3463 §3.2, §3.3): use 5.1.7 (Bad sender's mailbox address syntax) with 550, or send 5.1.1 in reply to RCPT.
 *   &#64;Replies(code = 550, status = "5.1.1")
 *                                 ^
 * </pre>
 *
 * <p><b>Method bodies (javac only).</b> Under javac the processor also reads method bodies: calls
 * of {@code SmtpReply.of(int, String, ...)}, {@code SmtpReply.of} over {@code ReplyCode.of/parse}
 * and {@code EnhancedStatusCode.parse/of}, {@code EnhancedStatusCode.parse/of}, {@code
 * ReplyCode.of/parse} and {@code Compatibility.requireCompatible} whose arguments are compile-time
 * constants are checked with the rules of the table, on the argument: an error where the call would
 * throw at run time, a warning where the pair only warns; with {@link RepliesTo}, the command rules
 * too. {@code Replies} on methods of anonymous and local classes and of enum-constant bodies, which
 * annotation processing never offers to a processor, is checked by the same scan. A pair built in a
 * {@code Replies} method but not declared is an {@code UndeclaredReply} warning, on the call:
 *
 * <pre>
 * example/RecipientHandler.java:13: warning: [smtp-status/UndeclaredReply] RecipientHandler.recipient builds 452 4.2.2, which its &#64;Replies does not declare (it declares 550 5.1.1), so readers of the handler and the checks of its replies do not see it (the handler's &#64;Replies): add &#64;Replies(code = 452, status = "4.2.2") to RecipientHandler.recipient, or build one of the declared replies.
 *       return SmtpReply.of(452, "4.2.2", "Mailbox full");
 *                       ^
 * </pre>
 *
 * <p>and a pair the factory would refuse is an error on the argument (here after {@code static
 * final int TOO_BIG = 452;}):
 *
 * <pre>
 * example/SizeCheck.java:9: error: [smtp-status/ClassMismatch] reply code 452 is a transient failure (4xx) but status 5.3.4 is a permanent failure (class 5); the class must equal the reply code's first digit (RFC 2034 §3, RFC 3463 §3.1): use 552 or 554 with 5.3.4, or 452 with 4.3.4 (though the registry means X.3.4 for permanent failures only).
 *     return SmtpReply.of(TOO_BIG, "5.3.4", "Message too big: " + size + " bytes");
 *                                  ^
 * </pre>
 *
 * <p>Under kapt (whose stubs have no bodies) and KSP (declarations only) only the annotations are
 * checked, and nothing is said about bodies.
 *
 * <p>Listed pairs are clean: a pair whose reply code the registry names for the status draws no
 * finding (see {@code Compatibility}). The processor option {@code -Asmtpstatus.strict=true} turns
 * warnings into errors; {@code @SuppressWarnings("smtp-status")} (or a rule's tag) on the element
 * or an enclosing one silences its warnings, never an error on {@code Replies} itself. In method
 * bodies it silences errors too, since the call still throws at run time: that is how a test that
 * expects the exception says so.
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
