package dev.smtpstatus.examples.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.smtpstatus.processor.RepliesProcessor;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The failure a user must see: javac with smtp-status's processor (the real class from the
 * processor module) refuses a handler whose {@code @Replies} pairs a transient reply code with a
 * permanent status, and says where and how to fix it.
 */
class MismatchedRepliesTest {

  private static final JavaFileObject MISMATCHED =
      JavaFileObjects.forSourceLines(
          "example.QuotaHandler",
          "package example;",
          "",
          "import dev.smtpstatus.api.Replies;",
          "",
          "class QuotaHandler {",
          "  @Replies(code = 552, status = \"5.3.4\")",
          "  @Replies(code = 452, status = \"5.3.4\")",
          "  void onData() {}",
          "}");

  @Test
  void transientCodeWithPermanentStatusIsACompileError() {
    Compilation compilation = javac().withProcessors(new RepliesProcessor()).compile(MISMATCHED);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[smtp-status/ClassMismatch] reply code 452 is a transient failure (4xx) but status"
                + " 5.3.4 is a permanent failure (class 5); the class must equal the reply code's"
                + " first digit (RFC 2034 §3, RFC 3463 §3.1): use 552 or 554 with 5.3.4, or 452"
                + " with 4.3.4")
        .inFile(MISMATCHED)
        .onLineContaining("@Replies(code = 452, status = \"5.3.4\")");
  }

  @Test
  void strictModeTurnsARegistryWarningIntoAnError() {
    JavaFileObject unlisted =
        JavaFileObjects.forSourceLines(
            "example.SizeHandler",
            "package example;",
            "",
            "import dev.smtpstatus.api.Replies;",
            "",
            "class SizeHandler {",
            "  @Replies(code = 550, status = \"5.3.4\")",
            "  void onData() {}",
            "}");

    Compilation lenient = javac().withProcessors(new RepliesProcessor()).compile(unlisted);
    assertThat(lenient).succeeded();
    assertThat(lenient)
        .hadWarningContaining("[smtp-status/UnlistedReplyCode]")
        .inFile(unlisted)
        .onLineContaining("550");

    Compilation strict =
        javac()
            .withProcessors(new RepliesProcessor())
            .withOptions("-Asmtpstatus.strict=true")
            .compile(unlisted);
    assertThat(strict).failed();
    assertThat(strict).hadErrorContaining("[smtp-status/UnlistedReplyCode]");
  }

  @Test
  void theExampleHandlerCompilesCleanInStrictMode() throws Exception {
    JavaFileObject handler =
        JavaFileObjects.forResource(
            Path.of("src/main/java/dev/smtpstatus/examples/server/InboundHandler.java")
                .toUri()
                .toURL());

    Compilation compilation =
        javac()
            .withProcessors(new RepliesProcessor())
            .withOptions("-Asmtpstatus.strict=true", "-Xlint:all,-processing")
            .compile(handler, source("ReplyRejection"), source("AcceptedData"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  private static JavaFileObject source(String name) throws Exception {
    return JavaFileObjects.forResource(
        Path.of("src/main/java/dev/smtpstatus/examples/server/" + name + ".java").toUri().toURL());
  }
}
