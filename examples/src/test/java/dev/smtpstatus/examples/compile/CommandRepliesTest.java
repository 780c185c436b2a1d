package dev.smtpstatus.examples.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.smtpstatus.processor.RepliesProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees when a handler's {@code @Replies} does not fit the command its
 * {@code @RepliesTo} names (issue 9): javac with smtp-status's processor (the real class from the
 * processor module) warns on the member the rule is about, and says why and what to write instead,
 * without sending the reader to the RFC. The examples build in strict mode, where these warnings
 * fail the build.
 */
class CommandRepliesTest {

  /** A RCPT handler that declares 221, the reply to QUIT: line 10, the code at column 19. */
  private static final JavaFileObject QUIT_REPLY_TO_RCPT =
      JavaFileObjects.forSourceLines(
          "example.RecipientHandler",
          "package example;",
          "",
          "import dev.smtpstatus.api.Replies;",
          "import dev.smtpstatus.api.RepliesTo;",
          "import dev.smtpstatus.api.SmtpCommand;",
          "",
          "class RecipientHandler {",
          "  @RepliesTo(SmtpCommand.RCPT)",
          "  @Replies(code = 550, status = \"5.1.1\")",
          "  @Replies(code = 221, status = \"2.0.0\")",
          "  void recipient(String address) {}",
          "}");

  private static final String REPLY_CODE_NOT_FOR_COMMAND =
      "[smtp-status/ReplyCodeNotForCommand] reply code 221 (<domain> Service closing transmission"
          + " channel) is not a reply to RCPT, which receives 250 or 251 as success (RFC 5321"
          + " §4.3.2 and the extensions' RFCs): use 250 or 251 with 2.0.0, or check which command"
          + " the reply answers.";

  @Test
  void aReplyCodeTheCommandNeverGetsIsAWarningOnTheCode() {
    Compilation compilation =
        javac().withProcessors(new RepliesProcessor()).compile(QUIT_REPLY_TO_RCPT);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(REPLY_CODE_NOT_FOR_COMMAND)
        .inFile(QUIT_REPLY_TO_RCPT)
        .onLine(10)
        .atColumn(19);
  }

  @Test
  void strictModeMakesItAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new RepliesProcessor())
            .withOptions("-Asmtpstatus.strict=true")
            .compile(QUIT_REPLY_TO_RCPT);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(REPLY_CODE_NOT_FOR_COMMAND)
        .inFile(QUIT_REPLY_TO_RCPT)
        .onLine(10)
        .atColumn(19);
  }

  @Test
  void aRecipientStatusBeforeAnyRecipientIsAWarningOnTheStatus() {
    // MAIL names the sender; 5.1.1 is about a recipient's mailbox.
    JavaFileObject sender =
        JavaFileObjects.forSourceLines(
            "example.SenderHandler",
            "package example;",
            "",
            "import dev.smtpstatus.api.Replies;",
            "import dev.smtpstatus.api.RepliesTo;",
            "import dev.smtpstatus.api.SmtpCommand;",
            "",
            "@RepliesTo(SmtpCommand.MAIL)",
            "class SenderHandler {",
            "  @Replies(code = 550, status = \"5.1.1\")",
            "  void sender(String address) {}",
            "}");

    Compilation compilation = javac().withProcessors(new RepliesProcessor()).compile(sender);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[smtp-status/StatusNotForCommand] status 5.1.1 (Bad destination mailbox address) is"
                + " about a recipient's address, but MAIL comes before any recipient is named (RFC"
                + " 3463 §3.2, §3.3): use 5.1.7 (Bad sender's mailbox address syntax) with 550, or"
                + " send 5.1.1 in reply to RCPT.")
        .inFile(sender)
        .onLine(9)
        .atColumn(33);
  }

  @Test
  void theSamePairsAnsweringTheRightCommandCompileClean() {
    JavaFileObject right =
        JavaFileObjects.forSourceLines(
            "example.RecipientHandler",
            "package example;",
            "",
            "import dev.smtpstatus.api.Replies;",
            "import dev.smtpstatus.api.RepliesTo;",
            "import dev.smtpstatus.api.SmtpCommand;",
            "",
            "class RecipientHandler {",
            "  @RepliesTo(SmtpCommand.RCPT)",
            "  @Replies(code = 550, status = \"5.1.1\")",
            "  void recipient(String address) {}",
            "",
            "  @RepliesTo(SmtpCommand.QUIT)",
            "  @Replies(code = 221, status = \"2.0.0\")",
            "  void quit() {}",
            "}");

    Compilation compilation =
        javac()
            .withProcessors(new RepliesProcessor())
            .withOptions("-Asmtpstatus.strict=true", "-Xlint:all,-processing")
            .compile(right);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
