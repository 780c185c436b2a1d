package dev.smtpstatus.testkit.junit;

import java.security.SecureRandom;

/**
 * Seeds of the testkit's argument sources. Every annotation's {@code seed} defaults to {@link
 * #RANDOM}: each run draws new values, and each invocation's display name ends with {@code (seed
 * N)}. To reproduce a failure, write that seed into the annotation ({@code seed = N}), or run with
 * {@code -Dsmtpstatus.testkit.seed=N}, which replaces every random seed of the run.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnhancedStatusCodes(count = 500)              // a new seed each run, printed as "(seed N)"
 * void roundTrips(EnhancedStatusCode code) { … }
 *
 * @ParameterizedTest
 * @EnhancedStatusCodes(count = 500, seed = 42)   // the same codes every run
 * void roundTripsTheSame(EnhancedStatusCode code) { … }
 * }</pre>
 */
public final class Seed {
  /**
   * The default of every {@code seed}: draw a seed for this run ({@link Long#MIN_VALUE}, which is
   * therefore not usable as a fixed seed).
   */
  public static final long RANDOM = Long.MIN_VALUE;

  /** The system property that fixes every {@link #RANDOM} seed of a run. */
  public static final String PROPERTY = "smtpstatus.testkit.seed";

  private static final SecureRandom SEEDS = new SecureRandom();

  private Seed() {}

  /**
   * Returns {@code seed}, or for {@link #RANDOM} the value of {@link #PROPERTY} if set, else a
   * newly drawn seed.
   *
   * @param seed an annotation's seed
   * @return the seed to draw values with, never {@link #RANDOM}
   * @throws IllegalArgumentException if the property is set but is not a number
   */
  static long resolve(long seed) {
    if (seed != RANDOM) {
      return seed;
    }
    String fixed = System.getProperty(PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      try {
        return Long.parseLong(fixed.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "-D" + PROPERTY + "=" + fixed + ": not a number (a seed is a long)", e);
      }
    }
    long drawn;
    do {
      drawn = SEEDS.nextLong();
    } while (drawn == RANDOM);
    return drawn;
  }
}
