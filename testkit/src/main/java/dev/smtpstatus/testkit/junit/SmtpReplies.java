package dev.smtpstatus.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * SMTP replies for a {@code @ParameterizedTest}: replies a server may send, with tricky text.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @SmtpReplies(count = 500, seed = 42)
 * void roundTrips(SmtpReply reply) {
 *   assertEquals(reply, SmtpReply.parse(reply.format()));
 * }
 *
 * @ParameterizedTest
 * @SmtpReplies(count = 500, oneLine = true)
 * void myParserReadsTheCode(String wire) {   // "550 5.1.1 No such user\r\n"
 *   assertEquals(SmtpReply.parse(wire).getCode().getValue(), MyParser.code(wire));
 * }
 * }</pre>
 *
 * <p>The parameter is an {@code SmtpReply}, or its wire form ({@code format()}, CRLF included) if
 * declared {@code String}. See {@link dev.smtpstatus.testkit.SmtpGenerators#smtpReplies()}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(SmtpRepliesProvider.class)
public @interface SmtpReplies {
  /** How many replies, edge cases included. */
  int count() default 100;

  /**
   * The seed of the random draws; the same seed gives the same replies. By default ({@link
   * Seed#RANDOM}) a new seed each run, shown in each invocation's display name as {@code (seed N)}.
   */
  long seed() default Seed.RANDOM;

  /** True for replies of one line only. */
  boolean oneLine() default false;
}
