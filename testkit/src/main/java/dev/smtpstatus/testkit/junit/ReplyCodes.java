package dev.smtpstatus.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Basic reply codes for a {@code @ParameterizedTest}: valid ones, or values that are not codes.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ReplyCodes(count = 300)
 * void roundTrips(ReplyCode code) {
 *   assertEquals(code, ReplyCode.parse(code.toString()));
 * }
 *
 * @ParameterizedTest
 * @ReplyCodes(valid = false)
 * void rejects(String text) {
 *   assertNull(ReplyCode.parseOrNull(text));
 * }
 * }</pre>
 *
 * <p>Valid codes come as {@code ReplyCode}, or as {@code int} or {@code String} if the parameter is
 * declared so. Invalid ones come as texts ({@code "600"}, {@code "+50"}, {@code "٥٥٠"}) for a
 * {@code String} parameter, or as numbers ({@code 600}, {@code -1}) for an {@code int} one.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ReplyCodesProvider.class)
public @interface ReplyCodes {
  /** How many codes, edge cases included. */
  int count() default 100;

  /**
   * The seed of the random draws; the same seed gives the same codes. By default ({@link
   * Seed#RANDOM}) a new seed each run, shown in each invocation's display name as {@code (seed N)}.
   */
  long seed() default Seed.RANDOM;

  /** False for values that are not reply codes (RFC 5321 §4.2). */
  boolean valid() default true;
}
