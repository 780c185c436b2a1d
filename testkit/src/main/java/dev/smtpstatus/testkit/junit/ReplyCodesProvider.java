package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.Generator;
import dev.smtpstatus.testkit.SmtpGenerators;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/** Serves {@link ReplyCodes}; for invalid codes, numbers or texts after the parameter type. */
final class ReplyCodesProvider extends GeneratorArgumentsProvider<ReplyCodes> {
  private int count;
  private boolean valid;

  @Override
  public void accept(ReplyCodes a) {
    count = a.count();
    valid = a.valid();
    configure(SmtpGenerators.replyCodes(), count, a.seed(), "ReplyCodes");
  }

  @Override
  @Deprecated
  @SuppressWarnings("deprecation")
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    if (!valid) {
      announceSeed(context);
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
    long drawn = seed();
    List<?> values = g.take(count, drawn);
    return values.stream().map(v -> withSeed(new Object[] {v}, drawn));
  }
}
