package dev.smtpstatus.internal.rules;

import dev.smtpstatus.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check, by input and severity, in the order their findings are reported: the engine's
 * catalogue of implementations, as {@link Rule} is the catalogue of rules. Each rule has exactly
 * one check here (guarded by {@code ChecksTest}).
 */
public final class Checks {
  /** The grammar of a pair as written; both may fire. */
  public static final List<Check<PairText>> PAIR_TEXT =
      List.of(new MalformedReplyCodeCheck(), new MalformedStatusCheck());

  /** The errors of a well-formed pair; at most one fires, as they are exclusive. */
  public static final List<Check<Pair>> PAIR_ERRORS =
      List.of(new IntermediateReplyCheck(), new ClassMismatchCheck());

  /** The warnings of a well-formed pair, checked only where no error fired. */
  public static final List<Check<Pair>> PAIR_WARNINGS =
      List.of(
          new UnregisteredStatusCheck(),
          new DeprecatedStatusCheck(),
          new UnlistedReplyCodeCheck(),
          new UnintendedClassCheck(),
          new UndefinedReplyCodeCheck());

  /** The checks of a parsed reply's lines. */
  public static final List<Check<ReplyLines>> REPLY_LINES = List.of(new MixedStatusCheck());

  /**
   * The checks of a reply against the command it answers, run only where the reply's own checks
   * found no error.
   */
  public static final List<Check<CommandReply>> COMMAND_WARNINGS =
      List.of(new ReplyCodeNotForCommandCheck(), new StatusNotForCommandCheck());

  /** The checks of a built pair against the handler's declared ones. */
  public static final List<Check<BuiltReply>> DECLARED_WARNINGS =
      List.of(new UndeclaredReplyCheck());

  /** The checks of a DSN recipient's fields (RFC 3464 §2.3); all are warnings. */
  public static final List<Check<DsnRecipient>> DSN_RECIPIENT =
      List.of(new ActionStatusMismatchCheck(), new StatusDiagnosticMismatchCheck());

  /** The checks of the text a reply line starts with, where RFC 2034 §4 puts the status. */
  public static final List<Check<LineStart>> LINE_START = List.of(new MalformedStatusInTextCheck());

  private Checks() {}

  /** Every check, once. */
  public static List<Check<?>> all() {
    List<Check<?>> all = new ArrayList<>();
    all.addAll(PAIR_TEXT);
    all.addAll(PAIR_ERRORS);
    all.addAll(PAIR_WARNINGS);
    all.addAll(REPLY_LINES);
    all.addAll(COMMAND_WARNINGS);
    all.addAll(DECLARED_WARNINGS);
    all.addAll(DSN_RECIPIENT);
    all.addAll(LINE_START);
    return List.copyOf(all);
  }
}
