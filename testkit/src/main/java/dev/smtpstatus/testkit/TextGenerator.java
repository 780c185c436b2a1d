package dev.smtpstatus.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** The wire form of another generator's values; shrinks by parsing the text back. */
final class TextGenerator<T> implements Generator<String> {
  private final Generator<T> values;
  private final Function<T, String> format;
  private final Function<String, T> parse;
  private final List<String> edgeCases;

  TextGenerator(Generator<T> values, Function<T, String> format, Function<String, T> parse) {
    this.values = values;
    this.format = format;
    this.parse = parse;
    List<String> edges = new ArrayList<>();
    for (T v : values.getEdgeCases()) {
      edges.add(format.apply(v));
    }
    this.edgeCases = List.copyOf(edges);
  }

  @Override
  public List<String> getEdgeCases() {
    return edgeCases;
  }

  @Override
  public String next(RandomGenerator random) {
    return format.apply(values.next(random));
  }

  @Override
  public List<String> shrink(String value) {
    List<String> out = new ArrayList<>();
    for (T v : values.shrink(parse.apply(value))) {
      out.add(format.apply(v));
    }
    return out;
  }
}
