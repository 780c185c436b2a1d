package dev.smtpstatus.testkit.junit;

import dev.smtpstatus.testkit.SmtpGenerators;

/** Serves {@link ReplyCodeStatusPairs}. */
final class ReplyCodeStatusPairsProvider extends GeneratorArgumentsProvider<ReplyCodeStatusPairs> {
  @Override
  public void accept(ReplyCodeStatusPairs a) {
    if (a.listed() && !a.compatible()) {
      throw new IllegalArgumentException(
          "@ReplyCodeStatusPairs(compatible = false, listed = true): the pairs the registry lists"
              + " are compatible; drop listed or compatible");
    }
    configure(
        a.listed()
            ? SmtpGenerators.listedPairs()
            : a.compatible()
                ? SmtpGenerators.compatiblePairs()
                : SmtpGenerators.incompatiblePairs(),
        a.count(),
        a.seed(),
        "ReplyCodeStatusPairs");
  }
}
