package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.testkit.Generator;
import dev.smtpstatus.testkit.ReplyCodeStatusPair;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Serves a generator's first {@code count} values for a seed as arguments, converted to the
 * declared parameter types: a value as it is, or its wire form for a {@code String} or {@code
 * CharSequence} parameter, a reply code's number for an {@code int}; a {@link ReplyCodeStatusPair}
 * as one argument, or as two (reply code, status) if the method declares two parameters; a reply's
 * wire form ({@link SmtpReply#format()}) for a {@code String} parameter.
 */
abstract class GeneratorArgumentsProvider<A extends Annotation>
    implements ArgumentsProvider, AnnotationConsumer<A> {

  private @Nullable Generator<?> generator;
  private int count;
  private long seed;

  /** Called by {@link #accept} of the subclass with what the annotation asks for. */
  final void configure(Generator<?> generator, int count, long seed, String annotation) {
    if (count < 0) {
      throw new IllegalArgumentException("@" + annotation + "(count = " + count + "): count < 0");
    }
    this.generator = generator;
    this.count = count;
    this.seed = seed;
  }

  /** JUnit 5.13 and later. */
  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    List<Class<?>> types = new ArrayList<>();
    for (ParameterDeclaration p : parameters.getAll()) {
      types.add(p.getParameterType());
    }
    return arguments(types);
  }

  /** JUnit 5.7 to 5.12, which call this method instead. */
  @Override
  @Deprecated
  @SuppressWarnings("deprecation")
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    Method m = context.getRequiredTestMethod();
    return arguments(List.of(m.getParameterTypes()));
  }

  final Stream<Arguments> arguments(List<Class<?>> types) {
    Generator<?> g = generator;
    if (g == null) {
      throw new IllegalStateException("the annotation was not read: accept() was not called");
    }
    return g.take(count, seed).stream().map(v -> Arguments.of(convert(v, types)));
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
