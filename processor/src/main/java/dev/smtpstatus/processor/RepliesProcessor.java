package dev.smtpstatus.processor;

import com.google.auto.service.AutoService;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
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
 *       status and class rules, {@code code} for reply-code rules (see {@link Message}).
 *   <li>{@code -Asmtpstatus.strict=true} turns warnings into errors.
 *   <li>{@code @SuppressWarnings("smtp-status")} on the element or an enclosing one silences its
 *       warnings, never its errors; {@code @SuppressWarnings("smtp-status/UnlistedReplyCode")}
 *       silences one rule. Kotlin's {@code @Suppress} works the same where kapt keeps it.
 *   <li>Repeated annotations (the {@code Replies.List} container) and constant expressions ({@code
 *       code = BASE + 2}) are checked like plain ones; values the compiler could not resolve are
 *       left to the compiler's own error.
 *   <li>It never claims the annotations ({@link #process} returns false) and never throws at the
 *       compiler: a failure is one error asking for a report.
 * </ul>
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({RepliesProcessor.REPLIES, RepliesProcessor.REPLIES_LIST})
@SupportedOptions(RepliesProcessor.STRICT_OPTION)
public final class RepliesProcessor extends AbstractProcessor {

  /** The annotation checked, by name: the processor never loads its class. */
  public static final String REPLIES = "dev.smtpstatus.api.Replies";

  /** The container of repeated {@code @Replies}. */
  public static final String REPLIES_LIST = "dev.smtpstatus.api.Replies.List";

  /** The option that turns warnings into errors: {@code -Asmtpstatus.strict=true}. */
  public static final String STRICT_OPTION = "smtpstatus.strict";

  /** The {@code @SuppressWarnings} token that silences every warning of this processor. */
  public static final String SUPPRESSION = "smtp-status";

  /** The engine that turns a pair into findings; a seam for the processor's own tests. */
  interface Checker {
    List<Finding> check(int code, String status);
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
    this((code, status) -> Compatibility.check(code, status));
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
    Map<String, String> options = processingEnv.getOptions();
    String value = options.get(STRICT_OPTION);
    if (value == null || value.equalsIgnoreCase("true")) {
      // A bare -Asmtpstatus.strict (no value) reads as a flag that is on.
      strict = options.containsKey(STRICT_OPTION);
    } else if (!value.equalsIgnoreCase("false")) {
      messager.printMessage(
          Message.BAD_STRICT_OPTION.getKind(false), Message.BAD_STRICT_OPTION.format(value));
    }
  }

  /** True if {@code -Asmtpstatus.strict=true} was given. */
  boolean isStrict() {
    return strict;
  }

  /**
   * Checks the {@code @Replies} of the round. Always returns false: other processors may want the
   * annotations too.
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    if (failed) {
      return false;
    }
    Set<Element> annotated = new LinkedHashSet<>();
    try {
      for (TypeElement annotation : annotations) {
        annotated.addAll(roundEnv.getElementsAnnotatedWith(annotation));
      }
    } catch (RuntimeException | Error e) {
      internalError(e, null);
      return false;
    }
    // One element's failure does not stop the others from being checked (STYLE.md 18).
    for (Element element : annotated) {
      try {
        checkElement(element);
      } catch (NoClassDefFoundError e) {
        if (String.valueOf(e.getMessage()).startsWith("dev/smtpstatus/")) {
          // Without the rule engine no element can be checked: say so once and stop.
          report(Message.ENGINE_MISSING.format(missingClass(e)), element);
          failed = true;
          return false;
        }
        internalError(e, element);
      } catch (RuntimeException | Error e) {
        internalError(e, element);
      }
    }
    return false;
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
    AnnotationValue code = member(mirror, "code");
    AnnotationValue status = member(mirror, "status");
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
    List<Finding> findings = checker.check((Integer) code.getValue(), (String) status.getValue());
    Messager m = Objects.requireNonNull(messager);
    for (Finding finding : findings) {
      if (!finding.isError() && isSuppressed(element, finding.getTag())) {
        continue;
      }
      Message message = Message.of(finding.getRule());
      Message.Member member = Objects.requireNonNull(message.getMember());
      Diagnostic.Kind kind = message.getKind(finding.getSeverity(), strict);
      String text = message.format(finding, strict);
      if (index >= 0
          && locator != null
          && locator.print(kind, text, element, index, member.getName())) {
        continue;
      }
      m.printMessage(kind, text, element, mirror, member == Message.Member.CODE ? code : status);
    }
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
    return SUPPRESSION.equals(value) || tag.equals(value);
  }

  private static @Nullable AnnotationValue member(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static @Nullable String qualifiedName(AnnotationMirror mirror) {
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
  private static boolean isErroneous(AnnotationValue value) {
    return "<error>".equals(String.valueOf(value));
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
    // The top of the trace is what a report needs; the compiler's own frames below are noise.
    String[] lines = w.toString().split("\\R");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(lines.length, 12); i++) {
      b.append(lines[i]).append(System.lineSeparator());
    }
    return b.toString().strip();
  }
}
