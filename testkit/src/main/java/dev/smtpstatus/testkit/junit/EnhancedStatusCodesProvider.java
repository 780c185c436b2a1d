package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.SmtpGenerators;

/** Serves {@link EnhancedStatusCodes}. */
final class EnhancedStatusCodesProvider extends GeneratorArgumentsProvider<EnhancedStatusCodes> {
  @Override
  public void accept(EnhancedStatusCodes a) {
    configure(
        a.kind().isValid()
            ? SmtpGenerators.enhancedStatusCodes(a.kind())
            : SmtpGenerators.enhancedStatusCodeTexts(a.kind()),
        a.count(),
        a.seed(),
        "EnhancedStatusCodes");
  }
}
