/**
 * JUnit 5 argument sources over the testkit's generators, in the shape of JUnit's own
 * {@code @MethodSource} and {@code @CsvSource}: put one on a {@code @ParameterizedTest} and declare
 * the parameters you want.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnhancedStatusCodes(count = 500, seed = 42, kind = StatusCodeKind.REGISTERED)
 * void roundTrips(EnhancedStatusCode code) {
 *   assertEquals(code, EnhancedStatusCode.parse(code.toString()));
 * }
 * }</pre>
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-params} (5.7 or later) on the test class path;
 * the testkit declares it optional.
 */
@NullMarked
package dev.smtpstatus.testkit.junit;

import org.jspecify.annotations.NullMarked;
