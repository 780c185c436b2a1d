package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.SmtpGenerators;

/** Serves {@link SmtpReplies}. */
final class SmtpRepliesProvider extends GeneratorArgumentsProvider<SmtpReplies> {
  @Override
  public void accept(SmtpReplies a) {
    configure(
        a.oneLine() ? SmtpGenerators.oneLineReplies() : SmtpGenerators.smtpReplies(),
        a.count(),
        a.seed(),
        "SmtpReplies");
  }
}
