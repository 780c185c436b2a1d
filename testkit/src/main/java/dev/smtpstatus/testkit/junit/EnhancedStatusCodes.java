package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.StatusCodeKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Enhanced status codes for a {@code @ParameterizedTest}: the generator's edge cases first, then
 * random draws, the same for the same seed.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnhancedStatusCodes(count = 500, seed = 42, kind = StatusCodeKind.REGISTERED)
 * void roundTrips(EnhancedStatusCode code) {
 *   assertEquals(code, EnhancedStatusCode.parse(code.toString()));
 * }
 * }</pre>
 *
 * <p>The parameter is an {@code EnhancedStatusCode}, or its wire form if declared {@code String}.
 * Texts that are not codes come from {@link InvalidStatusCodeTexts}. See {@link
 * dev.smtpstatus.testkit.SmtpGenerators#enhancedStatusCodes}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(EnhancedStatusCodesProvider.class)
public @interface EnhancedStatusCodes {
  /** How many codes, edge cases included. */
  int count() default 100;

  /**
   * The seed of the random draws; the same seed gives the same codes. By default ({@link
   * Seed#RANDOM}) a new seed each run, shown in each invocation's display name as {@code (seed N)}.
   */
  long seed() default Seed.RANDOM;

  /** Which codes. */
  StatusCodeKind kind() default StatusCodeKind.WELL_FORMED;
}
