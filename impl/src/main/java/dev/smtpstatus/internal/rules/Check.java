package dev.smtpstatus.internal.rules;

import dev.smtpstatus.Rule;

/**
 * The check of one {@link Rule} over one kind of input {@code S}: whether the rule applies, and the
 * sentence that says what is wrong, the rule's source and a fix. The input type says what the check
 * looks at ({@link Pair}, {@link PairText}, {@link ReplyLines}); a new kind of input is a new
 * record and new checks, not an overload.
 *
 * <p>{@link #matches} decides and must be cheap: the parsers call it for every reply. {@link
 * #message} is called only when someone reads the finding (docs/decisions/0005), and must be a pure
 * function of the input, which is immutable.
 *
 * @param <S> the input the check reads
 */
public interface Check<S> {

  /** The rule this check reports; its tag names the class ({@code ClassMismatchCheck}). */
  Rule rule();

  /** True if the input breaks the rule. */
  boolean matches(S input);

  /**
   * The finding's message for an input that {@link #matches}: what is wrong, the rule's source in
   * parentheses, then a fix computed from the registry.
   */
  String message(S input);
}
