package dev.smtpstatus.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** A generator from its three parts. */
final class SimpleGenerator<T> implements Generator<T> {
  private final List<T> edgeCases;
  private final Function<? super RandomGenerator, ? extends T> draw;
  private final Function<? super T, ? extends List<? extends T>> shrinker;

  SimpleGenerator(
      List<? extends T> edgeCases,
      Function<? super RandomGenerator, ? extends T> draw,
      Function<? super T, ? extends List<? extends T>> shrinker) {
    this.edgeCases = List.copyOf(Objects.requireNonNull(edgeCases, "edgeCases == null"));
    this.draw = Objects.requireNonNull(draw, "draw == null");
    this.shrinker = Objects.requireNonNull(shrinker, "shrinker == null");
  }

  @Override
  public List<T> getEdgeCases() {
    return edgeCases;
  }

  @Override
  public T next(RandomGenerator random) {
    return draw.apply(Objects.requireNonNull(random, "random == null"));
  }

  @Override
  public List<T> shrink(T value) {
    Objects.requireNonNull(value, "value == null");
    List<T> out = new ArrayList<>();
    for (T candidate : shrinker.apply(value)) {
      if (!candidate.equals(value) && !out.contains(candidate)) {
        out.add(candidate);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
