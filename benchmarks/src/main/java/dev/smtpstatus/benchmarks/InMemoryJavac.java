package dev.smtpstatus.benchmarks;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.api.Replies;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * javac through {@code javax.tools}, in memory: sources from strings, class files thrown away. The
 * class path holds only what the generated handlers use (the jars, or class directories, of {@code
 * smtp-status-api} and {@code smtp-status}); processors are given as instances, so none is looked
 * up on any path.
 *
 * <p>One standard file manager serves every compilation of a trial, so each compilation pays for
 * javac's work, not for opening the class path's jars again.
 */
final class InMemoryJavac implements AutoCloseable {
  private final JavaCompiler javac;
  private final StandardJavaFileManager standard;
  private final JavaFileManager files;

  /** The outcome of one compilation. */
  static final class Result {
    final boolean success;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics;

    Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
      this.success = success;
      this.diagnostics = diagnostics;
    }

    /** The errors and warnings (javac's notes left out). */
    List<Diagnostic<? extends JavaFileObject>> errorsAndWarnings() {
      List<Diagnostic<? extends JavaFileObject>> out = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER) {
          out.add(d);
        }
      }
      return out;
    }

    /** How many diagnostics of any kind carry {@code [tag]}. */
    long count(String tag) {
      String framed = "[" + tag + "]";
      return diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).contains(framed)).count();
    }
  }

  InMemoryJavac() {
    this.javac =
        Objects.requireNonNull(
            ToolProvider.getSystemJavaCompiler(), "no system Java compiler: run on a JDK");
    this.standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      standard.setLocation(StandardLocation.CLASS_PATH, classPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.files = new DiscardingFileManager(standard);
  }

  /** The jars or directories that hold {@code @Replies} and {@code SmtpReply}, once each. */
  private static List<File> classPath() {
    Set<File> path = new LinkedHashSet<>();
    for (Class<?> c : List.of(Replies.class, SmtpReply.class)) {
      try {
        path.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return new ArrayList<>(path);
  }

  /**
   * Compiles {@code sources}: with {@code -proc:none} if {@code processors} is null, else with
   * exactly those processors.
   */
  Result compile(List<HandlerSources.Source> sources, @Nullable List<Processor> processors) {
    List<JavaFileObject> units = new ArrayList<>(sources.size());
    for (HandlerSources.Source s : sources) {
      units.add(new StringSource(s.className, s.text));
    }
    List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "-g:none"));
    if (processors == null) {
      options.add("-proc:none");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        javac.getTask(null, files, diagnostics, options, null, units);
    if (processors != null) {
      task.setProcessors(processors);
    }
    boolean ok = Boolean.TRUE.equals(task.call());
    return new Result(ok, diagnostics.getDiagnostics());
  }

  @Override
  public void close() throws IOException {
    files.close();
  }

  /** A source held in a string. */
  private static final class StringSource extends SimpleJavaFileObject {
    private final String text;

    StringSource(String className, String text) {
      super(URI.create("string:///" + className.replace('.', '/') + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** A class file that is written nowhere. */
  private static final class DiscardedClass extends SimpleJavaFileObject {
    DiscardedClass(String className, Kind kind) {
      super(URI.create("discarded:///" + className.replace('.', '/') + kind.extension), kind);
    }

    @Override
    public OutputStream openOutputStream() {
      return OutputStream.nullOutputStream();
    }
  }

  /** Reads through the standard file manager, writes every output nowhere. */
  private static final class DiscardingFileManager
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    DiscardingFileManager(StandardJavaFileManager m) {
      super(m);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new DiscardedClass(className, kind);
    }
  }
}
