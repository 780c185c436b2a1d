package dev.smtpstatus.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * Checks the replies that code builds, under javac: calls of the SDK's factories with constant
 * arguments ({@code SmtpReply.of(452, "5.3.4", "x")} is an error on {@code "5.3.4"}), the pairs a
 * {@code @Replies} method builds but does not declare ({@code smtp-status/UndeclaredReply}), and
 * {@code @Replies} on methods of local and anonymous classes and enum-constant bodies, which
 * annotation processing never hands to {@link RepliesProcessor}.
 *
 * <pre>{@code
 * @Replies(code = 550, status = "5.1.1")
 * SmtpReply rcpt() {
 *   return SmtpReply.of(452, "5.3.4", "x");   // error: [smtp-status/ClassMismatch] ... on "5.3.4"
 * }
 * }</pre>
 *
 * <p>It processes no annotation: it supports {@code "*"} only so that javac initialises it for
 * every compilation, also one without any annotation, and returns false so that every annotation
 * stays available to other processors. In {@link #init} it registers a javac {@code TaskListener}
 * that scans each class once javac has analysed it ({@link BodyScanner}); {@link RepliesProcessor}
 * does the same, because javac stops initialising processors once every annotation present is
 * claimed, and the scan is registered once per compilation by whichever comes first
 * (docs/decisions/0802).
 *
 * <p>Where the compiler tree API is missing — kapt (whose stubs have no bodies), another compiler,
 * or a processing environment that cannot be traced back to javac's — it does nothing: the
 * annotations are still checked by {@link RepliesProcessor}, and nothing is printed.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes("*")
@SupportedOptions(RepliesProcessor.STRICT_OPTION)
public final class BodyScanProcessor extends AbstractProcessor {

  /** An option kapt passes to every processor: bodies are not there to scan. */
  static final String KAPT_OPTION = "kapt.kotlin.generated";

  /** The compilations the scan is registered with; weak, so a finished compilation is freed. */
  private static final Map<JavacTask, Boolean> INSTALLED = new WeakHashMap<>();

  private boolean scanning;

  /** Creates the processor; javac calls this through {@link java.util.ServiceLoader}. */
  public BodyScanProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    scanning = install(processingEnv);
  }

  /**
   * Registers the body scan with the compilation of {@code processingEnv}, once per compilation
   * whichever of {@link RepliesProcessor} and this processor javac initialises first
   * (docs/decisions/0802); false where it cannot (kapt, another compiler, a wrapped environment
   * that does not lead to javac's), and then it prints nothing.
   */
  static boolean install(ProcessingEnvironment processingEnv) {
    Map<String, String> options = processingEnv.getOptions();
    if (options.containsKey(KAPT_OPTION)) {
      return false; // kapt's stubs have no bodies; the annotations are RepliesProcessor's
    }
    String value = options.get(RepliesProcessor.STRICT_OPTION);
    // As RepliesProcessor reads it; a bad value is reported by RepliesProcessor, once.
    boolean strict =
        options.containsKey(RepliesProcessor.STRICT_OPTION)
            && (value == null || value.equalsIgnoreCase("true"));
    try {
      ProcessingEnvironment env = javacEnvironment(processingEnv);
      if (env == null) {
        return false;
      }
      JavacTask task = JavacTask.instance(env);
      synchronized (INSTALLED) {
        if (INSTALLED.put(task, Boolean.TRUE) == null) {
          task.addTaskListener(new BodyScanner(Trees.instance(env), strict));
        }
      }
      return true;
    } catch (RuntimeException | LinkageError e) {
      // No tree API here (another compiler, or jdk.compiler not readable): annotations only.
      return false;
    }
  }

  /** True if the body scan was installed: javac's tree API is there. */
  boolean isScanning() {
    return scanning;
  }

  /** Processes nothing and claims nothing: every annotation stays other processors'. */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    return false;
  }

  /**
   * javac's own environment: {@code env} itself, or the one a build tool's wrapper delegates to (a
   * field of type {@link ProcessingEnvironment}, as Gradle's incremental processing wraps it); null
   * if neither is javac's.
   */
  static @Nullable ProcessingEnvironment javacEnvironment(ProcessingEnvironment env) {
    ProcessingEnvironment current = env;
    for (int depth = 0; depth < 4; depth++) {
      if (isJavac(current)) {
        return current;
      }
      ProcessingEnvironment inner = delegate(current);
      if (inner == null || inner == current) {
        return null;
      }
      current = inner;
    }
    return null;
  }

  private static boolean isJavac(ProcessingEnvironment env) {
    try {
      JavacTask.instance(env);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static @Nullable ProcessingEnvironment delegate(ProcessingEnvironment env) {
    for (Class<?> c = env.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(f.getType())) {
          continue;
        }
        try {
          f.setAccessible(true);
          Object v = f.get(env);
          if (v instanceof ProcessingEnvironment) {
            return (ProcessingEnvironment) v;
          }
        } catch (RuntimeException | IllegalAccessException e) {
          return null; // a wrapper we may not read: annotations only
        }
      }
    }
    return null;
  }
}
