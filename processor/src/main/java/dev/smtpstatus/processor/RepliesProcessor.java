package dev.smtpstatus.processor;

import com.google.auto.service.AutoService;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.SmtpCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Checks every {@code @Replies(code = …, status = …)} at compile time with the smtp-status rule
 * engine, under javac and Kotlin's kapt.
 *
 * <pre>{@code
 * @Replies(code = 552, status = "5.3.4")   // compiles
 * @Replies(code = 452, status = "5.3.4")   // error: [smtp-status/ClassMismatch] ...
 * @Replies(code = 550, status = "5.3.4")   // warning: [smtp-status/UnlistedReplyCode] ...
 * }</pre>
 *
 * <p>Put {@code dev.smtpstatus:smtp-status-processor} on {@code annotationProcessorPaths} (Maven),
 * the {@code annotationProcessor} or {@code kapt} configuration (Gradle) or {@code
 * <annotationProcessorPath>} of kapt; {@code @Replies} itself comes from {@code smtp-status-api} on
 * the class path. The processor reads the annotation by name through annotation mirrors, so it
 * never loads the user's copy of the annotation class.
 *
 * <ul>
 *   <li>Each finding is printed on the member it is about, so IDEs underline it: {@code status} for
 *       status and class rules, {@code code} for reply-code rules (the rule's target).
 *   <li>{@code -Asmtpstatus.strict=true} turns warnings into errors.
 *   <li>{@code @SuppressWarnings("smtp-status")} on the element or an enclosing one silences its
 *       warnings, never its errors; {@code @SuppressWarnings("smtp-status/UnlistedReplyCode")}
 *       silences one rule (the tag in the warning's brackets); {@code @SuppressWarnings("all")}
 *       silences them all, as it does javac's own. Kotlin's {@code @Suppress} works the same where
 *       kapt keeps it.
 *   <li>Repeated annotations (the {@code Replies.List} container) and constant expressions ({@code
 *       code = BASE + 2}) are checked like plain ones; values the compiler could not resolve are
 *       left to the compiler's own error.
 *   <li>It claims {@code @Replies} and its container ({@link #process} returns true), so javac's
 *       {@code -Xlint:processing} has nothing to warn about under {@code -Xlint:all -Werror}; it
 *       never throws at the compiler: a failure is one error asking for a report.
 * </ul>
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({
  RepliesProcessor.REPLIES,
  RepliesProcessor.REPLIES_LIST,
  RepliesProcessor.REPLIES_TO
})
@SupportedOptions(RepliesProcessor.STRICT_OPTION)
public final class RepliesProcessor extends AbstractProcessor {

  /** The annotation checked, by name: the processor never loads its class. */
  public static final String REPLIES = "dev.smtpstatus.api.Replies";

  /** The container of repeated {@code @Replies}. */
  public static final String REPLIES_LIST = "dev.smtpstatus.api.Replies.List";

  /** The member of {@code @Replies} that holds the reply code. */
  static final String CODE = "code";

  /** The member of {@code @Replies} that holds the enhanced status code. */
  static final String STATUS = "status";

  /**
   * The command a handler's replies answer: on a method, or on a type as the default for its
   * methods (a method's own wins).
   */
  public static final String REPLIES_TO = "dev.smtpstatus.api.RepliesTo";

  /** The option that turns warnings into errors: {@code -Asmtpstatus.strict=true}. */
  public static final String STRICT_OPTION = "smtpstatus.strict";

  /** The {@code @SuppressWarnings} token that silences every warning of this processor. */
  public static final String SUPPRESSION = "smtp-status";

  /**
   * javac's token for every warning, which silences this processor's warnings too (never its
   * errors), as users of {@code @SuppressWarnings("all")} expect (docs/decisions/0603).
   */
  public static final String SUPPRESS_ALL = "all";

  /**
   * The engine that turns a pair, and the command it answers where {@code @RepliesTo} names one,
   * into findings; a seam for the processor's own tests.
   */
  interface Checker {
    /**
     * The findings; {@code command} is the name of an {@link SmtpCommand} constant, or null. A
     * name, not the enum, so that the processor loads (and can say the engine is missing) without
     * it.
     */
    List<Finding> check(@Nullable String command, int code, String status);
  }

  private final Checker checker;
  private @Nullable Messager messager;
  private @Nullable SourceLocator locator;
  private boolean strict;
  private boolean failed;
  private boolean internalErrorReported;

  /** Creates the processor; javac and kapt call this through {@link java.util.ServiceLoader}. */
  public RepliesProcessor() {
    // A lambda, not a method reference: the engine's classes load on first use, inside process(),
    // where a missing engine is reported instead of failing the processor's construction.
    this((command, code, status) -> engineCheck(command, code, status));
  }

  /**
   * The engine's findings for a pair, and where {@code command} names an {@link SmtpCommand}, the
   * command rules: what the default {@link Checker} and the body scan ask.
   */
  static List<Finding> engineCheck(@Nullable String command, int code, String status) {
    return command == null
        ? Compatibility.check(code, status)
        : Compatibility.check(SmtpCommand.valueOf(command), code, status);
  }

  RepliesProcessor(Checker checker) {
    this.checker = Objects.requireNonNull(checker, "checker == null");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    this.messager = processingEnv.getMessager();
    this.locator = SourceLocator.create(processingEnv);
    // The body scan, once per compilation: javac may never initialise BodyScanProcessor when this
    // processor claims the only annotations of a round (docs/decisions/0802).
    BodyScanProcessor.install(processingEnv);
    Map<String, String> options = processingEnv.getOptions();
    String value = options.get(STRICT_OPTION);
    if (value == null || value.equalsIgnoreCase("true")) {
      // A bare -Asmtpstatus.strict (no value) reads as a flag that is on.
      strict = options.containsKey(STRICT_OPTION);
    } else if (!value.equalsIgnoreCase("false")) {
      messager.printMessage(
          Message.BAD_STRICT_OPTION.getKind(), Message.BAD_STRICT_OPTION.format(value));
    }
  }

  /** True if {@code -Asmtpstatus.strict=true} was given. */
  boolean isStrict() {
    return strict;
  }

  /**
   * Checks the {@code @Replies} of the round and claims them: always returns true. They are this
   * processor's own annotations, and an unclaimed annotation is a {@code -Xlint:processing}
   * warning, an error under {@code -Werror} (docs/decisions/0603).
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    if (failed) {
      return true;
    }
    Set<Element> annotated = new LinkedHashSet<>();
    try {
      for (TypeElement annotation : annotations) {
        annotated.addAll(roundEnv.getElementsAnnotatedWith(annotation));
      }
    } catch (RuntimeException | Error e) {
      internalError(e, null);
      return true;
    }
    // One element's failure does not stop the others from being checked (docs/CONTRIBUTING.md,
    // style 18).
    for (Element element : annotated) {
      try {
        checkElement(element);
      } catch (NoClassDefFoundError e) {
        if (String.valueOf(e.getMessage()).startsWith("dev/smtpstatus/")) {
          // Without the rule engine no element can be checked: say so once and stop.
          report(Message.ENGINE_MISSING.format(missingClass(e)), element);
          failed = true;
          return true;
        }
        internalError(e, element);
      } catch (RuntimeException | Error e) {
        internalError(e, element);
      }
    }
    return true;
  }

  /** Reports the first internal failure, with its "please report" line; later ones add noise. */
  private void internalError(Throwable e, @Nullable Element element) {
    if (!internalErrorReported) {
      internalErrorReported = true;
      // Without an element the failure came while collecting them: never print "failed on null".
      Object where = element != null ? element : "the annotated elements of this round";
      report(Message.INTERNAL_ERROR.format(where, e, stackTrace(e)), element);
    }
  }

  private void report(String text, @Nullable Element element) {
    Messager m = Objects.requireNonNull(messager);
    if (element == null) {
      m.printMessage(Diagnostic.Kind.ERROR, text);
    } else {
      m.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }

  private void checkElement(Element element) {
    int index = 0; // position among the @Replies written directly on the element
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (REPLIES.equals(name)) {
        checkReplies(element, mirror, -1);
        index++;
      } else if (REPLIES_LIST.equals(name)) {
        // javac wraps repeated @Replies in a container the source may never have written; its
        // Messager cannot place diagnostics on those, so they are placed by their index.
        boolean synthesized = locator != null && !locator.isWritten(element, mirror);
        AnnotationValue value = member(mirror, "value");
        if (value != null && value.getValue() instanceof List) {
          for (Object inner : (List<?>) value.getValue()) {
            Object v =
                inner instanceof AnnotationValue ? ((AnnotationValue) inner).getValue() : null;
            if (v instanceof AnnotationMirror
                && REPLIES.equals(qualifiedName((AnnotationMirror) v))) {
              checkReplies(element, (AnnotationMirror) v, synthesized ? index++ : -1);
            }
          }
        }
      }
    }
  }

  /**
   * Checks one {@code @Replies}; {@code index} is its position among those written on the element
   * where javac cannot place a diagnostic on it by its mirror, else -1.
   */
  private void checkReplies(Element element, AnnotationMirror mirror, int index) {
    AnnotationValue code = member(mirror, CODE);
    AnnotationValue status = member(mirror, STATUS);
    // A missing member or a value the compiler could not resolve (an unknown constant, a missing
    // import) is the compiler's error to report; saying more would be noise.
    if (code == null
        || status == null
        || isErroneous(code)
        || isErroneous(status)
        || !(code.getValue() instanceof Integer)
        || !(status.getValue() instanceof String)) {
      return;
    }
    List<Finding> findings =
        checker.check(commandOf(element), (Integer) code.getValue(), (String) status.getValue());
    Messager m = Objects.requireNonNull(messager);
    for (Finding finding : findings) {
      if (!finding.isError() && isSuppressed(element, finding.getTag())) {
        continue;
      }
      // The rule says which part of the pair a finding is about: the reply code, or the status.
      boolean onCode = finding.getRule().getTarget() == Rule.Target.REPLY_CODE;
      Diagnostic.Kind kind = Message.findingKind(finding.isError(), strict);
      String text =
          Message.findingText(finding.getTag(), finding.getMessage(), strict && !finding.isError());
      if (index >= 0
          && locator != null
          && locator.print(kind, text, element, index, onCode ? CODE : STATUS)) {
        continue;
      }
      m.printMessage(kind, text, element, mirror, onCode ? code : status);
    }
  }

  /**
   * The command named by {@code @RepliesTo} on the element or, failing that, on the nearest
   * enclosing type that has one; null if none does, or if the value did not resolve (the compiler's
   * error) or names a constant this processor's API does not know.
   */
  static @Nullable String commandOf(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      AnnotationMirror mirror = repliesTo(e);
      if (mirror != null) {
        return commandName(mirror);
      }
    }
    return null;
  }

  /** The element's own {@code @RepliesTo}, or null if it has none. */
  static @Nullable AnnotationMirror repliesTo(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (REPLIES_TO.equals(qualifiedName(mirror))) {
        return mirror;
      }
    }
    return null;
  }

  /**
   * The {@link SmtpCommand} constant a {@code @RepliesTo} names; null if its value did not resolve
   * (the compiler's error) or names a constant this processor's API does not know.
   */
  static @Nullable String commandName(AnnotationMirror repliesTo) {
    AnnotationValue value = member(repliesTo, "value");
    Object v = value == null ? null : value.getValue();
    if (!(v instanceof VariableElement)) {
      return null;
    }
    String name = ((VariableElement) v).getSimpleName().toString();
    for (SmtpCommand c : SmtpCommand.values()) {
      if (c.name().equals(name)) {
        return name;
      }
    }
    return null;
  }

  /** True if the element or an enclosing one suppresses the tag or every smtp-status warning. */
  static boolean isSuppressed(Element element, String tag) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        String name = qualifiedName(mirror);
        // kotlin.Suppress, where kapt keeps it in its stubs, reads like @SuppressWarnings.
        if ("java.lang.SuppressWarnings".equals(name) || "kotlin.Suppress".equals(name)) {
          for (AnnotationValue value : mirror.getElementValues().values()) {
            if (suppresses(value.getValue(), tag)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean suppresses(@Nullable Object value, String tag) {
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item instanceof AnnotationValue
            && suppresses(((AnnotationValue) item).getValue(), tag)) {
          return true;
        }
      }
      return false;
    }
    return SUPPRESSION.equals(value) || SUPPRESS_ALL.equals(value) || tag.equals(value);
  }

  static @Nullable AnnotationValue member(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  static @Nullable String qualifiedName(AnnotationMirror mirror) {
    if (mirror.getAnnotationType().getKind() != TypeKind.DECLARED) {
      return null; // an annotation whose type did not resolve
    }
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement ? ((TypeElement) type).getQualifiedName().toString() : null;
  }

  /**
   * True for a value javac could not compute, such as a constant of a missing class. javac gives
   * such values (its {@code Attribute.Error}) the text {@code <error>}; a real string constant
   * prints with quotes and a number without, so nothing valid reads the same.
   */
  static boolean isErroneous(AnnotationValue value) {
    return "<error>".equals(String.valueOf(value));
  }

  private static String missingClass(LinkageError e) {
    String message = e.getMessage();
    return message == null
        ? "the rule engine (dev.smtpstatus:smtp-status)"
        : "the rule engine (dev.smtpstatus:smtp-status, class " + message.replace('/', '.') + ")";
  }

  static String stackTrace(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    // The top of the trace is what a report needs; the compiler's own frames below are noise.
    String[] lines = w.toString().split("\\R");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(lines.length, 12); i++) {
      b.append(lines[i]).append(System.lineSeparator());
    }
    return b.toString().strip();
  }
}
