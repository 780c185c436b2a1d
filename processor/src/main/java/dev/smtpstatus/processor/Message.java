package dev.smtpstatus.processor;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * The processor's own texts: a bad option, a missing rule engine, an internal failure, and the
 * frame {@code [tag] message} that every finding of the rule engine is printed in. The findings'
 * sentences are the engine's ({@code dev.smtpstatus.Compatibility}), shared with {@code smtp-status
 * check} and run-time callers; which annotation member a finding points at comes from its rule
 * ({@code Rule.getTarget()}).
 *
 * <p>Nothing here refers to the engine's classes, so the processor can still say {@link
 * #ENGINE_MISSING} where the engine is missing from the processor path.
 */
enum Message {
  /** The value of {@code -Asmtpstatus.strict} is neither {@code true} nor {@code false}. */
  BAD_STRICT_OPTION(
      Diagnostic.Kind.WARNING,
      "smtp-status/BadOption",
      "-A"
          + RepliesProcessor.STRICT_OPTION
          + "=%s is neither true nor false, so warnings stay warnings: write -A"
          + RepliesProcessor.STRICT_OPTION
          + "=true to make them errors, or false."),
  /** The rule engine (artifact {@code smtp-status}) is missing from the processor path. */
  ENGINE_MISSING(
      Diagnostic.Kind.ERROR,
      "smtp-status/EngineMissing",
      "the @Replies checker cannot run: %s is not on the annotation processor path. Put"
          + " dev.smtpstatus:smtp-status-processor there with its dependencies (Maven's"
          + " annotationProcessorPaths and Gradle's annotationProcessor/kapt configurations resolve"
          + " them), not the processor jar alone."),
  /** A bug in the processor: reported once, never thrown at the compiler. */
  INTERNAL_ERROR(
      Diagnostic.Kind.ERROR,
      "smtp-status/InternalError",
      "the @Replies checker failed on %s with %s. This is a bug in smtp-status, not in your code;"
          + " the other elements are still checked, and later failures are not repeated.%n"
          + "Please report it to the smtp-status issue tracker with this message:%n%s");

  /** Appended to a warning that {@code -Asmtpstatus.strict=true} makes an error. */
  static final String STRICT_SUFFIX =
      " (a warning, made an error by -A" + RepliesProcessor.STRICT_OPTION + "=true)";

  private final Diagnostic.Kind kind;
  private final String text;

  Message(Diagnostic.Kind kind, String tag, String text) {
    this.kind = kind;
    this.text = "[" + tag + "] " + text;
  }

  /** The diagnostic kind of this message. */
  Diagnostic.Kind getKind() {
    return kind;
  }

  /** The text with its arguments, each {@code %s} of the sentence in order. */
  String format(Object... args) {
    return String.format(Locale.ROOT, text, args);
  }

  /**
   * The text of a finding of the rule engine: {@code [tag] message}, and where {@code madeError} (a
   * warning under strict mode) the {@link #STRICT_SUFFIX}.
   */
  static String findingText(String tag, String message, boolean madeError) {
    return "[" + tag + "] " + message + (madeError ? STRICT_SUFFIX : "");
  }

  /** The kind of a finding: an error stays an error, a warning becomes one when {@code strict}. */
  static Diagnostic.Kind findingKind(boolean error, boolean strict) {
    return error || strict ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
  }
}
