package dev.smtpstatus.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** The wire form of another generator's values; shrinks by parsing the text back. */
final class TextGenerator<T> implements Generator<String> {
  private final Generator<T> values;
  private final Function<String, T> parse;
  private final List<String> edgeCases;

  TextGenerator(Generator<T> values, Function<String, T> parse) {
    this.values = values;
    this.parse = parse;
    List<String> edges = new ArrayList<>();
    for (T v : values.getEdgeCases()) {
      edges.add(v.toString());
    }
    this.edgeCases = List.copyOf(edges);
  }

  @Override
  public List<String> getEdgeCases() {
    return edgeCases;
  }

  @Override
  public String next(RandomGenerator random) {
    return values.next(random).toString();
  }

  @Override
  public List<String> shrink(String value) {
    List<String> out = new ArrayList<>();
    for (T v : values.shrink(parse.apply(value))) {
      out.add(v.toString());
    }
    return out;
  }
}
