package dev.smtpstatus.ksp;

import com.google.devtools.ksp.UtilsKt;
import com.google.devtools.ksp.processing.KSPLogger;
import com.google.devtools.ksp.processing.Resolver;
import com.google.devtools.ksp.processing.SymbolProcessor;
import com.google.devtools.ksp.symbol.FileLocation;
import com.google.devtools.ksp.symbol.KSAnnotated;
import com.google.devtools.ksp.symbol.KSAnnotation;
import com.google.devtools.ksp.symbol.KSDeclaration;
import com.google.devtools.ksp.symbol.KSName;
import com.google.devtools.ksp.symbol.KSNode;
import com.google.devtools.ksp.symbol.KSType;
import com.google.devtools.ksp.symbol.KSValueArgument;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.SmtpCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kotlin.sequences.Sequence;
import org.jspecify.annotations.Nullable;

/**
 * Checks every {@code @Replies(code = …, status = …)} of a KSP run, in Kotlin and Java sources,
 * with the rule engine that the javac processor, {@code smtp-status check} and run-time callers
 * share.
 *
 * <ul>
 *   <li>Each finding is printed as the javac processor prints it, {@code [tag] message} ({@link
 *       Finding#toString()}): its tag, the rule with its RFC section, the offending value and a
 *       fix; an error as a KSP error (the run fails), a warning as a KSP warning.
 *   <li>It points at the argument the finding is about ({@link Rule#getTarget()}: {@code code =
 *       550} for the reply code, else {@code status = "5.3.4"}), else at the annotation, else at
 *       the annotated declaration: the most precise node that has a place in a file. KSP places a
 *       node by file and line only.
 *   <li>Where {@code @RepliesTo(SmtpCommand)} is on the declaration or, failing that, on the
 *       nearest enclosing declaration that has one, the pair is also checked as the reply to that
 *       command ({@code smtp-status/ReplyCodeNotForCommand}, {@code StatusNotForCommand}), as by
 *       the javac processor.
 *   <li>The KSP option {@code smtpstatus.strict=true} makes warnings errors; {@code @Suppress} or
 *       {@code @SuppressWarnings} with {@code "smtp-status"} or one rule's tag, on the declaration,
 *       an enclosing one or the file ({@code @file:Suppress}), silences warnings, never errors.
 *   <li>A declaration that does not {@link UtilsKt#validate validate}, or whose {@code @Replies}
 *       arguments are not yet constants (a constant another processor generates this round), is
 *       deferred to the next round instead of being checked half-resolved; what never resolves is
 *       the compiler's error to report.
 *   <li>An internal failure is reported once as an error with a "please report" line and never
 *       escapes to KSP; the other declarations are still checked.
 * </ul>
 */
final class RepliesSymbolProcessor implements SymbolProcessor {
  /** The annotation checked, by name: the checker never loads its class. */
  static final String REPLIES = "dev.smtpstatus.api.Replies";

  /** The container of repeated {@code @Replies}, written out in Java as {@code @Replies.List}. */
  static final String REPLIES_LIST = "dev.smtpstatus.api.Replies.List";

  /** The annotation naming the command a handler answers, by name. */
  static final String REPLIES_TO = "dev.smtpstatus.api.RepliesTo";

  /** The KSP option that turns warnings into errors: {@code smtpstatus.strict}, as for javac. */
  static final String STRICT_OPTION = "smtpstatus.strict";

  /** The suppression token that silences every warning of the checker, as for javac. */
  static final String SUPPRESSION = "smtp-status";

  /**
   * Appended to a warning that {@code smtpstatus.strict=true} makes an error. The javac processor's
   * own suffix names javac's {@code -A} syntax, which a KSP user does not write.
   */
  static final String STRICT_SUFFIX =
      " (a warning, made an error by the KSP option " + STRICT_OPTION + "=true)";

  /** The text of a strict option that is neither true nor false, with the value. */
  static final String BAD_STRICT_OPTION =
      "[smtp-status/BadOption] the KSP option "
          + STRICT_OPTION
          + "=%s is neither true nor false, so warnings stay warnings: write ksp { arg(\""
          + STRICT_OPTION
          + "\", \"true\") } to make them errors, or \"false\".";

  /** The text when the rule engine is missing from KSP's processor class path. */
  static final String ENGINE_MISSING =
      "[smtp-status/EngineMissing] the @Replies checker cannot run: %s is not on the KSP processor"
          + " class path. Put dev.smtpstatus:smtp-status-processor-ksp there with its dependencies"
          + " (Gradle's ksp configuration resolves them), not the processor jar alone.";

  /** The text of a bug in the checker: reported once, never thrown at KSP. */
  static final String INTERNAL_ERROR =
      "[smtp-status/InternalError] the @Replies checker failed on %s with %s. This is a bug in"
          + " smtp-status, not in your code; the other declarations are still checked, and later"
          + " failures are not repeated.%nPlease report it to the smtp-status issue tracker with"
          + " this message:%n%s";

  private static final String SUPPRESS_KOTLIN = "kotlin.Suppress";
  private static final String SUPPRESS_JAVA = "java.lang.SuppressWarnings";

  /** The engine that turns a pair into findings; a seam for the processor's own tests. */
  interface Checker {
    /**
     * The findings for a pair; {@code command} is the name of an {@link SmtpCommand} constant the
     * pair answers, or null when no {@code @RepliesTo} applies.
     */
    List<Finding> check(int code, String status, @Nullable String command);
  }

  private final KSPLogger logger;
  private final Checker checker;
  private final boolean strict;
  private boolean failed;
  private boolean internalErrorReported;

  RepliesSymbolProcessor(Map<String, String> options, KSPLogger logger) {
    // A lambda, not a method reference: the engine's classes load on first use, inside process(),
    // where a missing engine is reported instead of failing the processor's construction.
    this(
        options,
        logger,
        (code, status, command) ->
            command == null
                ? Compatibility.check(code, status)
                : Compatibility.check(SmtpCommand.valueOf(command), code, status));
  }

  RepliesSymbolProcessor(Map<String, String> options, KSPLogger logger, Checker checker) {
    this.logger = Objects.requireNonNull(logger, "logger == null");
    this.checker = Objects.requireNonNull(checker, "checker == null");
    String value = options.get(STRICT_OPTION);
    boolean on = false;
    if (value == null || value.equalsIgnoreCase("true")) {
      // As for javac's -A: an option given without a value reads as a flag that is on.
      on = options.containsKey(STRICT_OPTION);
    } else if (!value.equalsIgnoreCase("false")) {
      logger.warn(String.format(Locale.ROOT, BAD_STRICT_OPTION, value), null);
    }
    this.strict = on;
  }

  /** True if the KSP option {@code smtpstatus.strict=true} was given. */
  boolean isStrict() {
    return strict;
  }

  /**
   * Checks the round's {@code @Replies} and returns the declarations deferred to the next round.
   */
  @Override
  public List<KSAnnotated> process(Resolver resolver) {
    List<KSAnnotated> deferred = new ArrayList<>();
    if (failed) {
      return deferred;
    }
    Set<KSAnnotated> annotated = new LinkedHashSet<>();
    try {
      addAll(annotated, resolver.getSymbolsWithAnnotation(REPLIES, false));
      addAll(annotated, resolver.getSymbolsWithAnnotation(REPLIES_LIST, false));
    } catch (RuntimeException | Error e) {
      internalError(e, null);
      return deferred;
    }
    // One declaration's failure does not stop the others from being checked.
    for (KSAnnotated symbol : annotated) {
      try {
        if (!check(symbol)) {
          deferred.add(symbol);
        }
      } catch (NoClassDefFoundError e) {
        if (String.valueOf(e.getMessage()).startsWith("dev/smtpstatus/")) {
          // Without the rule engine nothing can be checked: say so once and stop.
          logger.error(String.format(Locale.ROOT, ENGINE_MISSING, missingClass(e)), symbol);
          failed = true;
          return new ArrayList<>();
        }
        internalError(e, symbol);
      } catch (RuntimeException | Error e) {
        internalError(e, symbol);
      }
    }
    return deferred;
  }

  private static void addAll(Set<KSAnnotated> into, Sequence<KSAnnotated> symbols) {
    for (Iterator<KSAnnotated> it = symbols.iterator(); it.hasNext(); ) {
      into.add(it.next());
    }
  }

  /**
   * Checks the {@code @Replies} of one declaration; false, reporting nothing, if it must wait for a
   * later round.
   */
  private boolean check(KSAnnotated symbol) {
    if (!UtilsKt.validate(symbol, (data, node) -> true)) {
      return false;
    }
    List<Declared> declared = new ArrayList<>();
    for (Iterator<KSAnnotation> it = symbol.getAnnotations().iterator(); it.hasNext(); ) {
      KSAnnotation annotation = it.next();
      String name = qualifiedName(annotation);
      if (REPLIES.equals(name)) {
        if (!add(declared, annotation)) {
          return false;
        }
      } else if (REPLIES_LIST.equals(name)) {
        // A container written out in the source: @Replies.List({@Replies(...), ...}).
        KSValueArgument value = argument(annotation, "value");
        for (Object inner : items(value == null ? null : value.getValue())) {
          if (inner instanceof KSAnnotation && !add(declared, (KSAnnotation) inner)) {
            return false;
          }
        }
      }
    }
    String command = commandOf(symbol);
    for (Declared pair : declared) {
      report(symbol, pair, command);
    }
    return true;
  }

  /** Adds the pair of one {@code @Replies}; false if an argument is not a constant yet. */
  private static boolean add(List<Declared> declared, KSAnnotation annotation) {
    KSValueArgument code = argument(annotation, "code");
    KSValueArgument status = argument(annotation, "status");
    if (code == null || status == null) {
      return true; // a missing argument is the compiler's error to report
    }
    Object c = code.getValue();
    Object s = status.getValue();
    if (!(c instanceof Integer) || !(s instanceof String)) {
      return false;
    }
    declared.add(new Declared(annotation, code, (Integer) c, status, (String) s));
    return true;
  }

  private void report(KSAnnotated symbol, Declared pair, @Nullable String command) {
    for (Finding finding : checker.check(pair.code, pair.status, command)) {
      if (!finding.isError() && isSuppressed(symbol, finding.getTag())) {
        continue;
      }
      // The rule says what its findings are about: the reply code, or the status (alone or as it
      // goes with the code), as the javac processor points.
      KSValueArgument argument =
          finding.getRule().getTarget() == Rule.Target.REPLY_CODE
              ? pair.codeArgument
              : pair.statusArgument;
      KSNode at = placed(argument) ? argument : placed(pair.annotation) ? pair.annotation : symbol;
      String text = finding.toString();
      if (finding.isError()) {
        logger.error(text, at);
      } else if (strict) {
        logger.error(text + STRICT_SUFFIX, at);
      } else {
        logger.warn(text, at);
      }
    }
  }

  /**
   * The command named by {@code @RepliesTo} on the declaration or, failing that, on the nearest
   * enclosing declaration that has one; null if none does, or if its value did not resolve (the
   * compiler's error) or names a constant this checker's API does not know.
   */
  static @Nullable String commandOf(KSAnnotated symbol) {
    for (KSNode node = symbol; node != null; node = node.getParent()) {
      if (!(node instanceof KSAnnotated)) {
        continue;
      }
      for (Iterator<KSAnnotation> it = ((KSAnnotated) node).getAnnotations().iterator();
          it.hasNext(); ) {
        KSAnnotation annotation = it.next();
        if (!annotation.getShortName().asString().equals("RepliesTo")
            || !REPLIES_TO.equals(qualifiedName(annotation))) {
          continue;
        }
        KSValueArgument value = argument(annotation, "value");
        String name = value == null ? null : enumEntryName(value.getValue());
        for (SmtpCommand c : SmtpCommand.values()) {
          if (c.name().equals(name)) {
            return name;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The simple name of an enum argument's entry: KSP2 gives the entry's declaration in Kotlin
   * sources and the enum constant itself in Java sources (observed with KSP 2), KSP1 a type whose
   * declaration is the entry.
   */
  private static @Nullable String enumEntryName(@Nullable Object value) {
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof KSType) {
      value = ((KSType) value).getDeclaration();
    }
    return value instanceof KSDeclaration
        ? ((KSDeclaration) value).getSimpleName().asString()
        : null;
  }

  /** True if KSP can name the node's file and line. */
  private static boolean placed(KSNode node) {
    return node.getLocation() instanceof FileLocation;
  }

  /**
   * True if the declaration, an enclosing one or its file suppresses the tag or every smtp-status
   * warning with {@code @Suppress} (Kotlin) or {@code @SuppressWarnings} (Java).
   */
  static boolean isSuppressed(KSNode symbol, String tag) {
    for (KSNode node = symbol; node != null; node = node.getParent()) {
      if (!(node instanceof KSAnnotated)) {
        continue;
      }
      for (Iterator<KSAnnotation> it = ((KSAnnotated) node).getAnnotations().iterator();
          it.hasNext(); ) {
        KSAnnotation annotation = it.next();
        String shortName = annotation.getShortName().asString();
        if (!shortName.equals("Suppress") && !shortName.equals("SuppressWarnings")) {
          continue;
        }
        String name = qualifiedName(annotation);
        if (!SUPPRESS_KOTLIN.equals(name) && !SUPPRESS_JAVA.equals(name)) {
          continue;
        }
        for (KSValueArgument argument : annotation.getArguments()) {
          for (Object token : items(argument.getValue())) {
            if (SUPPRESSION.equals(token) || tag.equals(token)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The items of an array-valued argument (a list or an array), or the value alone. */
  private static List<?> items(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List) {
      return (List<?>) value;
    }
    if (value instanceof Object[]) {
      return Arrays.asList((Object[]) value);
    }
    return List.of(value);
  }

  private static @Nullable KSValueArgument argument(KSAnnotation annotation, String name) {
    for (KSValueArgument argument : annotation.getArguments()) {
      KSName n = argument.getName();
      if (n != null && n.asString().equals(name)) {
        return argument;
      }
    }
    return null;
  }

  private static @Nullable String qualifiedName(KSAnnotation annotation) {
    KSType type = annotation.getAnnotationType().resolve();
    if (type.isError()) {
      return null; // an annotation whose type did not resolve: the compiler reports it
    }
    KSName name = type.getDeclaration().getQualifiedName();
    return name == null ? null : name.asString();
  }

  /** Reports the first internal failure, with its "please report" line; later ones add noise. */
  private void internalError(Throwable e, @Nullable KSNode symbol) {
    if (!internalErrorReported) {
      internalErrorReported = true;
      Object what = symbol == null ? "the declarations annotated with @Replies" : symbol;
      logger.error(String.format(Locale.ROOT, INTERNAL_ERROR, what, e, stackTrace(e)), symbol);
    }
  }

  private static String missingClass(LinkageError e) {
    String message = e.getMessage();
    return message == null
        ? "the rule engine (dev.smtpstatus:smtp-status)"
        : "the rule engine (dev.smtpstatus:smtp-status, class " + message.replace('/', '.') + ")";
  }

  private static String stackTrace(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    // The top of the trace is what a report needs; KSP's own frames below are noise.
    String[] lines = w.toString().split("\\R");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(lines.length, 12); i++) {
      b.append(lines[i]).append(System.lineSeparator());
    }
    return b.toString().strip();
  }

  /** One {@code @Replies} whose arguments are constants. */
  private static final class Declared {
    final KSAnnotation annotation;
    final KSValueArgument codeArgument;
    final int code;
    final KSValueArgument statusArgument;
    final String status;

    Declared(
        KSAnnotation annotation,
        KSValueArgument codeArgument,
        int code,
        KSValueArgument statusArgument,
        String status) {
      this.annotation = annotation;
      this.codeArgument = codeArgument;
      this.code = code;
      this.statusArgument = statusArgument;
      this.status = status;
    }
  }
}
