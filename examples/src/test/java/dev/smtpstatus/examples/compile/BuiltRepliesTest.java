package dev.smtpstatus.examples.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.smtpstatus.processor.BodyScanProcessor;
import dev.smtpstatus.processor.RepliesProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees when a handler builds, in its body, a reply it does not declare, or a pair
 * the factory would refuse at run time (issue 9): javac with smtp-status's two processors, as the
 * processor jar registers them, reports on the call or the argument, with the same tags and wording
 * as on {@code @Replies}.
 */
class BuiltRepliesTest {

  private static Compilation compile(JavaFileObject source, String... options) {
    return javac()
        .withProcessors(new RepliesProcessor(), new BodyScanProcessor())
        .withOptions((Object[]) options)
        .compile(source);
  }

  /** A RCPT handler that declares 550 5.1.1 and also builds 452 4.2.2 (line 13). */
  private static final JavaFileObject UNDECLARED =
      JavaFileObjects.forSourceLines(
          "example.RecipientHandler",
          "package example;",
          "",
          "import dev.smtpstatus.SmtpReply;",
          "import dev.smtpstatus.api.Replies;",
          "import dev.smtpstatus.api.RepliesTo;",
          "import dev.smtpstatus.api.SmtpCommand;",
          "",
          "class RecipientHandler {",
          "  @RepliesTo(SmtpCommand.RCPT)",
          "  @Replies(code = 550, status = \"5.1.1\")",
          "  SmtpReply recipient(String address) {",
          "    if (address.endsWith(\"@full.example\")) {",
          "      return SmtpReply.of(452, \"4.2.2\", \"Mailbox full\");",
          "    }",
          "    return SmtpReply.of(550, \"5.1.1\", \"No such user: \" + address);",
          "  }",
          "}");

  private static final String UNDECLARED_REPLY =
      "[smtp-status/UndeclaredReply] RecipientHandler.recipient builds 452 4.2.2, which its"
          + " @Replies does not declare (it declares 550 5.1.1), so readers of the handler and the"
          + " checks of its replies do not see it (the handler's @Replies): add @Replies(code ="
          + " 452, status = \"4.2.2\") to RecipientHandler.recipient, or build one of the declared"
          + " replies.";

  @Test
  void aReplyBuiltButNotDeclaredIsAWarningOnTheCall() {
    Compilation compilation = compile(UNDECLARED);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(UNDECLARED_REPLY)
        .inFile(UNDECLARED)
        .onLine(13)
        .atColumn(23);
  }

  @Test
  void strictModeMakesItAnError() {
    Compilation compilation = compile(UNDECLARED, "-Asmtpstatus.strict=true");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(UNDECLARED_REPLY)
        .inFile(UNDECLARED)
        .onLine(13)
        .atColumn(23);
  }

  @Test
  void declaringTheReplyMakesItClean() {
    JavaFileObject declared =
        JavaFileObjects.forSourceLines(
            "example.RecipientHandler",
            "package example;",
            "",
            "import dev.smtpstatus.SmtpReply;",
            "import dev.smtpstatus.api.Replies;",
            "import dev.smtpstatus.api.RepliesTo;",
            "import dev.smtpstatus.api.SmtpCommand;",
            "",
            "class RecipientHandler {",
            "  @RepliesTo(SmtpCommand.RCPT)",
            "  @Replies(code = 550, status = \"5.1.1\")",
            "  @Replies(code = 452, status = \"4.2.2\")",
            "  SmtpReply recipient(String address) {",
            "    if (address.endsWith(\"@full.example\")) {",
            "      return SmtpReply.of(452, \"4.2.2\", \"Mailbox full\");",
            "    }",
            "    return SmtpReply.of(550, \"5.1.1\", \"No such user: \" + address);",
            "  }",
            "}");

    assertThat(compile(declared, "-Asmtpstatus.strict=true", "-Xlint:all,-processing"))
        .succeededWithoutWarnings();
  }

  @Test
  void aPairTheFactoryWouldRefuseIsAnErrorOnTheArgument() {
    // The constant is a static final field: the scan reads its value, as javac does.
    JavaFileObject sizeCheck =
        JavaFileObjects.forSourceLines(
            "example.SizeCheck",
            "package example;",
            "",
            "import dev.smtpstatus.SmtpReply;",
            "",
            "class SizeCheck {",
            "  static final int TOO_BIG = 452;",
            "",
            "  SmtpReply tooBig(long size) {",
            "    return SmtpReply.of(TOO_BIG, \"5.3.4\", \"Message too big: \" + size + \" bytes\");",
            "  }",
            "}");

    Compilation compilation = compile(sizeCheck);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[smtp-status/ClassMismatch] reply code 452 is a transient failure (4xx) but status"
                + " 5.3.4 is a permanent failure (class 5); the class must equal the reply code's"
                + " first digit (RFC 2034 §3, RFC 3463 §3.1): use 552 or 554 with 5.3.4, or 452"
                + " with 4.3.4 (though the registry means X.3.4 for permanent failures only).")
        .inFile(sizeCheck)
        .onLine(9)
        .atColumn(34);
  }
}
