package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.SmtpGenerators;

/** Serves {@link EnhancedStatusCodes}. */
final class EnhancedStatusCodesProvider extends GeneratorArgumentsProvider<EnhancedStatusCodes> {
  @Override
  public void accept(EnhancedStatusCodes a) {
    configure(
        SmtpGenerators.enhancedStatusCodes(a.kind()), a.count(), a.seed(), "EnhancedStatusCodes");
  }
}
