package dev.smtpstatus.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Pairs of a basic reply code and an enhanced status code for a {@code @ParameterizedTest}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ReplyCodeStatusPairs(count = 500, compatible = false)
 * void rejects(ReplyCode code, EnhancedStatusCode status) {
 *   assertTrue(Compatibility.hasErrors(Compatibility.check(code, status)));
 * }
 * }</pre>
 *
 * <p>Declare one {@code ReplyCodeStatusPair} parameter, or two: the reply code ({@code ReplyCode},
 * {@code int} or {@code String}) and the status ({@code EnhancedStatusCode} or {@code String}).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ReplyCodeStatusPairsProvider.class)
public @interface ReplyCodeStatusPairs {
  /** How many pairs, edge cases included. */
  int count() default 100;

  /**
   * The seed of the random draws; the same seed gives the same pairs. By default ({@link
   * Seed#RANDOM}) a new seed each run, shown in each invocation's display name as {@code (seed N)}.
   */
  long seed() default Seed.RANDOM;

  /**
   * True for pairs without errors (the status class is the reply code's first digit, 2, 4 or 5);
   * false for pairs with one (another class, or a 3xx reply).
   */
  boolean compatible() default true;

  /**
   * True for only the pairs the IANA registry lists, in which the rules find nothing, not even a
   * warning. Needs {@code compatible = true}.
   */
  boolean listed() default false;
}
