package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.InvalidStatusCodeKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Texts that are not enhanced status codes, for a {@code @ParameterizedTest}: near misses such as
 * {@code 5.01.1} and {@code 6.1.1}, or malformed texts. The parameter is a {@code String} (or
 * {@code CharSequence}).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @InvalidStatusCodeTexts(count = 500, kind = InvalidStatusCodeKind.NEAR_MISS)
 * void rejectsNearMisses(String text) {
 *   assertNull(EnhancedStatusCode.parseOrNull(text));
 * }
 * }</pre>
 *
 * <p>See {@link dev.smtpstatus.testkit.SmtpGenerators#invalidStatusCodeTexts}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(InvalidStatusCodeTextsProvider.class)
public @interface InvalidStatusCodeTexts {
  /**
   * How many texts, edge cases included.
   *
   * @return the count
   */
  int count() default 100;

  /**
   * The seed of the random draws; the same seed gives the same texts. By default ({@link
   * Seed#RANDOM}) a new seed each run, shown in each invocation's display name as {@code (seed N)}.
   *
   * @return the seed
   */
  long seed() default Seed.RANDOM;

  /**
   * Which texts.
   *
   * @return the kind
   */
  InvalidStatusCodeKind kind() default InvalidStatusCodeKind.MALFORMED;
}
