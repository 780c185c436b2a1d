package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.testkit.Generator;
import dev.smtpstatus.testkit.ReplyCodeStatusPair;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Serves a generator's first {@code count} values for a seed as arguments, converted to the
 * declared parameter types: a value as it is, or its wire form for a {@code String} or {@code
 * CharSequence} parameter, a reply code's number for an {@code int}; a {@link ReplyCodeStatusPair}
 * as one argument, or as two (reply code, status) if the method declares two parameters; a reply's
 * wire form ({@link SmtpReply#format()}) for a {@code String} parameter.
 *
 * <p>Works on JUnit 5.7 to 6.x: it implements only {@code provideArguments(ExtensionContext)},
 * which every one of them calls, and names no type that JUnit 5.13 added ({@code
 * ParameterDeclarations}), whose absence made older JUnits fail to load the provider
 * (docs/decisions/0604). The seed is {@link Seed#RANDOM} unless the annotation gives one; either
 * way each invocation's display name ends with {@code (seed N)}, so a failure names the seed that
 * reproduces it.
 */
abstract class GeneratorArgumentsProvider<A extends Annotation>
    implements ArgumentsProvider, AnnotationConsumer<A> {

  private @Nullable Generator<?> generator;
  private int count;
  private long seed;
  private boolean drawn;

  /** Called by {@link #accept} of the subclass with what the annotation asks for. */
  final void configure(Generator<?> generator, int count, long seed, String annotation) {
    if (count < 0) {
      throw new IllegalArgumentException("@" + annotation + "(count = " + count + "): count < 0");
    }
    this.generator = generator;
    this.count = count;
    this.seed = Seed.resolve(seed);
    this.drawn = seed == Seed.RANDOM;
  }

  /**
   * Prints a seed that this run drew, with the test it serves, to standard output: build tools show
   * a failing invocation by its index rather than its display name, and the seed must be findable
   * there too.
   */
  final void announceSeed(ExtensionContext context) {
    if (drawn) {
      System.out.println(
          "smtp-status-testkit: "
              + context.getRequiredTestClass().getSimpleName()
              + "."
              + context.getRequiredTestMethod().getName()
              + " draws with seed "
              + seed
              + " (write seed = "
              + seed
              + "L, or run with -D"
              + Seed.PROPERTY
              + "="
              + seed
              + ", to repeat it)");
    }
  }

  /** The seed the values are drawn with: the annotation's, or the one drawn for this run. */
  final long seed() {
    return seed;
  }

  /**
   * Serves the arguments. JUnit 5.13 and later call this through their default {@code
   * provideArguments(ParameterDeclarations, ExtensionContext)}; older ones call it directly.
   */
  @Override
  @Deprecated
  @SuppressWarnings("deprecation")
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    announceSeed(context);
    Method m = context.getRequiredTestMethod();
    return arguments(List.of(m.getParameterTypes()));
  }

  final Stream<Arguments> arguments(List<Class<?>> types) {
    Generator<?> g = generator;
    if (g == null) {
      throw new IllegalStateException("the annotation was not read: accept() was not called");
    }
    return g.take(count, seed).stream().map(v -> withSeed(convert(v, types), seed));
  }

  /**
   * The arguments, the last one {@link Named} so that the display name ends with {@code (seed N)};
   * JUnit passes its payload to the test method.
   */
  static Arguments withSeed(Object[] values, long seed) {
    Object[] named = values.clone();
    if (named.length > 0) {
      Object last = named[named.length - 1];
      named[named.length - 1] = Named.of(String.valueOf(last) + " (seed " + seed + ")", last);
    }
    return Arguments.of(named);
  }

  static Object[] convert(Object value, List<Class<?>> types) {
    if (value instanceof ReplyCodeStatusPair
        && types.size() >= 2
        && !types.get(0).isAssignableFrom(ReplyCodeStatusPair.class)) {
      ReplyCodeStatusPair p = (ReplyCodeStatusPair) value;
      return new Object[] {
        convert(p.getReplyCode(), types.get(0)), convert(p.getStatus(), types.get(1))
      };
    }
    return new Object[] {convert(value, types.isEmpty() ? Object.class : types.get(0))};
  }

  private static Object convert(Object value, Class<?> type) {
    if (type == String.class || type == CharSequence.class) {
      return value instanceof SmtpReply ? ((SmtpReply) value).format() : value.toString();
    }
    if ((type == int.class || type == Integer.class) && value instanceof ReplyCode) {
      return ((ReplyCode) value).getValue();
    }
    return value;
  }
}
