package dev.smtpstatus.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** In-memory compilations with the processor, and their diagnostics as comparable lines. */
final class Compilations {
  private Compilations() {}

  /** Compiles {@code test.Handler} from lines with the given processors and javac options. */
  static Compilation compile(List<Processor> processors, List<String> options, String... lines) {
    return Compiler.javac()
        .withProcessors(processors)
        .withOptions(options)
        .compile(JavaFileObjects.forSourceLines("test.Handler", lines));
  }

  /** Compiles with one processor and no option. */
  static Compilation compile(Processor processor, String... lines) {
    return compile(List.of(processor), List.of(), lines);
  }

  /** Every diagnostic of kind error, warning or note as {@code "KIND line: message"}. */
  static List<String> diagnostics(Compilation c) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      out.add(line(d.getKind(), d.getLineNumber(), d.getMessage(Locale.ROOT)));
    }
    return out;
  }

  /** The diagnostics that this processor printed (tagged {@code [smtp-status/…]}). */
  static List<String> ours(Compilation c) {
    List<String> out = new ArrayList<>();
    for (String d : diagnostics(c)) {
      if (d.contains("[smtp-status/")) {
        out.add(d);
      }
    }
    return out;
  }

  static String line(Diagnostic.Kind kind, long line, String message) {
    return kind + " " + line + ": " + message;
  }

  /**
   * What the processor must print for a pair, from the engine and the catalogue: each finding on
   * the line of the member its rule targets.
   */
  static List<String> expected(
      int code, String status, long codeLine, long statusLine, boolean strict) {
    List<String> out = new ArrayList<>();
    for (Finding f : Compatibility.check(code, status)) {
      long line = f.getRule().getTarget() == Rule.Target.REPLY_CODE ? codeLine : statusLine;
      out.add(
          line(
              Message.findingKind(f.isError(), strict),
              line,
              Message.findingText(f.getTag(), f.getMessage(), strict && !f.isError())));
    }
    return out;
  }

  /** A Java string literal for {@code s}. */
  static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        b.append('\\').append(ch);
      } else if (ch < 0x20 || ch > 0x7e) {
        b.append(String.format("\\u%04x", (int) ch));
      } else {
        b.append(ch);
      }
    }
    return b.append('"').toString();
  }
}
