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
 *
 * @ParameterizedTest
 * @EnhancedStatusCodes(count = 500, kind = StatusCodeKind.NEAR_MISS)
 * void rejectsNearMisses(String text) {
 *   assertNull(EnhancedStatusCode.parseOrNull(text));
 * }
 * }</pre>
 *
 * <p>The parameter is an {@code EnhancedStatusCode} for the valid kinds (or its wire form if
 * declared {@code String}); a {@code String} for {@link StatusCodeKind#NEAR_MISS} and {@link
 * StatusCodeKind#MALFORMED}. See {@link dev.smtpstatus.testkit.SmtpGenerators#enhancedStatusCodes}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(EnhancedStatusCodesProvider.class)
public @interface EnhancedStatusCodes {
  /** How many codes, edge cases included. */
  int count() default 100;

  /** The seed of the random draws; the same seed gives the same codes. */
  long seed() default 0L;

  /** Which codes. */
  StatusCodeKind kind() default StatusCodeKind.WELL_FORMED;
}
