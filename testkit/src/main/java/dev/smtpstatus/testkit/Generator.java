package dev.smtpstatus.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A seeded source of values for property tests: a fixed list of edge cases served first, random
 * draws after them, and a shrinker that proposes simpler values of the same kind.
 *
 * <pre>{@code
 * Generator<EnhancedStatusCode> codes = SmtpGenerators.enhancedStatusCodes(StatusCodeKind.REGISTERED);
 * for (EnhancedStatusCode code : codes.take(500, 42L)) {       // the same 500 codes for seed 42
 *   assertEquals(code, EnhancedStatusCode.parse(code.toString()));
 * }
 * codes.shrink(EnhancedStatusCode.parse("5.7.26"));            // [5.0.0, 5.7.0, 5.7.25]
 * }</pre>
 *
 * <p>Every generator of this library draws by construction, never by drawing and discarding: a near
 * miss is a valid code with one deliberate defect, a compatible pair is built with matching
 * classes. Shrinking never leaves the kind: the shrinks of a registered code are registered, the
 * shrinks of a malformed text are malformed, and each shrink is strictly simpler, so shrinking
 * ends.
 *
 * @param <T> the type of the values
 */
public interface Generator<T> {

  /** The edge cases, in the order {@link #stream(long)} serves them first; may be empty. */
  List<T> getEdgeCases();

  /** Draws one value; the same sequence of random numbers gives the same value. */
  T next(RandomGenerator random);

  /**
   * Simpler values of the same kind than {@code value}, simplest first; empty if there is none.
   * Never contains {@code value} itself.
   */
  List<T> shrink(T value);

  /**
   * The edge cases, then random draws from a {@link SplittableRandom} seeded with {@code seed}: an
   * infinite, ordered stream, the same for the same seed on every JVM.
   */
  default Stream<T> stream(long seed) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(seed), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Like {@link #stream(long)}, as an iterator. */
  default Iterator<T> iterator(long seed) {
    List<T> edges = getEdgeCases();
    SplittableRandom random = new SplittableRandom(seed);
    return new Iterator<T>() {
      private int index;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public T next() {
        return index < edges.size() ? edges.get(index++) : Generator.this.next(random);
      }
    };
  }

  /**
   * The first {@code count} values of {@link #stream(long)}: edge cases first, then draws.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  default List<T> take(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count " + count + " < 0");
    }
    List<T> out = new ArrayList<>(count);
    Iterator<T> it = iterator(seed);
    for (int i = 0; i < count; i++) {
      out.add(it.next());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns a generator from its three parts.
   *
   * @param edgeCases served first, in order
   * @param draw draws one value from the random numbers it is given
   * @param shrinker simpler values of the same kind, never the value itself
   */
  static <T> Generator<T> of(
      List<? extends T> edgeCases,
      Function<? super RandomGenerator, ? extends T> draw,
      Function<? super T, ? extends List<? extends T>> shrinker) {
    return new SimpleGenerator<>(edgeCases, draw, shrinker);
  }
}
