package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.Generator;
import dev.smtpstatus.testkit.SmtpGenerators;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Serves {@link ReplyCodes}; for invalid codes, numbers or texts after the parameter type. */
final class ReplyCodesProvider extends GeneratorArgumentsProvider<ReplyCodes> {
  private int count;
  private long seed;
  private boolean valid;

  @Override
  public void accept(ReplyCodes a) {
    count = a.count();
    seed = a.seed();
    valid = a.valid();
    configure(SmtpGenerators.replyCodes(), count, seed, "ReplyCodes");
  }

  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    if (!valid) {
      Class<?> type =
          parameters.getFirst().<Class<?>>map(p -> p.getParameterType()).orElse(String.class);
      return invalid(type);
    }
    return super.provideArguments(parameters, context);
  }

  @Override
  @Deprecated
  @SuppressWarnings("deprecation")
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    if (!valid) {
      Class<?>[] types = context.getRequiredTestMethod().getParameterTypes();
      return invalid(types.length == 0 ? String.class : types[0]);
    }
    return super.provideArguments(context);
  }

  private Stream<Arguments> invalid(Class<?> type) {
    Generator<?> g =
        type == int.class || type == Integer.class
            ? SmtpGenerators.invalidReplyCodeValues()
            : SmtpGenerators.invalidReplyCodeTexts();
    List<?> values = g.take(count, seed);
    return values.stream().map(Arguments::of);
  }
}
