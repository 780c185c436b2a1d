package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.SmtpGenerators;

/** Serves {@link ReplyStreams}. */
final class ReplyStreamsProvider extends GeneratorArgumentsProvider<ReplyStreams> {
  @Override
  public void accept(ReplyStreams a) {
    configure(SmtpGenerators.replyStreams(), a.count(), a.seed(), "ReplyStreams");
  }
}
