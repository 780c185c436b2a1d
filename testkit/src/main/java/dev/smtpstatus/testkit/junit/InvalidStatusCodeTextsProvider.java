package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.SmtpGenerators;

/** Serves {@link InvalidStatusCodeTexts}. */
final class InvalidStatusCodeTextsProvider
    extends GeneratorArgumentsProvider<InvalidStatusCodeTexts> {
  @Override
  public void accept(InvalidStatusCodeTexts a) {
    configure(
        SmtpGenerators.invalidStatusCodeTexts(a.kind()),
        a.count(),
        a.seed(),
        "InvalidStatusCodeTexts");
  }
}
