package dev.smtpstatus.ksp

import com.google.devtools.ksp.impl.KotlinSymbolProcessing
import dev.smtpstatus.Compatibility
import dev.smtpstatus.Finding
import dev.smtpstatus.Rule
import dev.smtpstatus.Severity
import dev.smtpstatus.api.SmtpCommand
import dev.smtpstatus.ksp.Ksp.Diagnostic
import dev.smtpstatus.ksp.Ksp.Kind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

/**
 * The checker under a real KSP2 run. Every case below is a source file of its own; one KSP run over
 * all of them (a run costs seconds, a file nothing) is shared by the tests, each of which asserts
 * exactly the diagnostics of its own files: kind, message, file, line and the node they are on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepliesSymbolProcessorTest {

  /** One rule: a pair that breaks it alone, the member it is about, and a pair that passes. */
  private data class RuleCase(
    val rule: Rule,
    val failing: Pair<Int, String>,
    val member: String,
    val passing: Pair<Int, String>,
  )

  private val ruleCases =
    listOf(
      RuleCase(Rule.MALFORMED_STATUS, 550 to "5.01.1", "status", 550 to "5.1.1"),
      RuleCase(Rule.MALFORMED_REPLY_CODE, 650 to "5.1.1", "code", 550 to "5.1.1"),
      RuleCase(Rule.INTERMEDIATE_REPLY, 354 to "2.0.0", "code", 250 to "2.0.0"),
      RuleCase(Rule.CLASS_MISMATCH, 452 to "5.3.4", "status", 552 to "5.3.4"),
      RuleCase(Rule.UNREGISTERED_STATUS, 550 to "5.9.9", "status", 550 to "5.7.1"),
      RuleCase(Rule.DEPRECATED_STATUS, 550 to "5.6.10", "status", 553 to "5.6.8"),
      RuleCase(Rule.UNLISTED_REPLY_CODE, 550 to "5.3.4", "code", 554 to "5.3.4"),
      RuleCase(Rule.UNINTENDED_CLASS, 452 to "4.3.4", "status", 452 to "4.3.1"),
      RuleCase(Rule.UNDEFINED_REPLY_CODE, 559 to "5.0.0", "code", 550 to "5.0.0"),
    )

  private fun simpleName(rule: Rule) = rule.tag.substringAfter('/')

  private fun kotlinRuleSource(case: RuleCase): String {
    val (fc, fs) = case.failing
    val (pc, ps) = case.passing
    return """
      package rules
      import dev.smtpstatus.api.Replies
      class ${simpleName(case.rule)} {
        @Replies(code = $fc,
            status = "$fs")
        fun failing() {}

        @Replies(code = $pc, status = "$ps")
        fun passing() {}
      }
    """
      .trimIndent()
  }

  private fun javaRuleSource(case: RuleCase): String {
    val (fc, fs) = case.failing
    val (pc, ps) = case.passing
    return """
      package jrules;
      import dev.smtpstatus.api.Replies;
      class ${simpleName(case.rule)} {
        @Replies(code = $fc,
            status = "$fs")
        void failing() {}

        @Replies(code = $pc, status = "$ps")
        void passing() {}
      }
    """
      .trimIndent()
  }

  private val others =
    mapOf(
      "positional/Positional.kt" to
        """
        package positional
        import dev.smtpstatus.api.Replies
        @Replies(452, "5.3.4") // positional: status
        fun positional() {}
        @Replies(status = "5.3.4",
            code = 550) // reordered: code
        fun reordered() {}
        """
          .trimIndent(),
      "constants/Constants.kt" to
        """
        package constants
        import dev.smtpstatus.api.Replies
        const val TOO_BIG = "5.3.4"
        object Codes {
          const val TRANSIENT = 452
          const val PERMANENT = 552
        }
        class Handler {
          @Replies(code = Codes.TRANSIENT, status = TOO_BIG) // top-level and object constants
          fun mismatched() {}
          @Replies(code = Codes.PERMANENT, status = TOO_BIG)
          fun fine() {}
          @Replies(code = 550, status = BUSY) // a companion constant built by concatenation
          fun busy() {}
          @Replies(code = 550, status = JCodes.BIG) // a Java constant, from Kotlin
          fun fromJava() {}
          companion object {
            const val BUSY = "4." + "3.0"
          }
        }
        """
          .trimIndent(),
      "constants/JCodes.java" to
        """
        package constants;
        import dev.smtpstatus.api.Replies;
        public class JCodes {
          public static final String BIG = "5.3." + 4;
          static final int TRANSIENT = 400 + 52;
          @Replies(code = TRANSIENT, status = BIG) // Java constants, from Java
          void mismatched() {}
        }
        """
          .trimIndent(),
      "repeated/Repeated.kt" to
        """
        package repeated
        import dev.smtpstatus.api.Replies
        @Replies(code = 354, status = "2.0.0") // on a class
        class Handler {
          @Replies(code = 452, status = "5.3.4") // first: error
          @Replies(code = 552, status = "5.3.4")
          @Replies(code = 550, status = "5.3.4") // third: warning
          fun three() {}
        }
        """
          .trimIndent(),
      "repeated/JRepeated.java" to
        """
        package repeated;
        import dev.smtpstatus.api.Replies;
        @Replies(code = 354, status = "2.0.0") // on a class
        class JRepeated {
          @Replies(code = 452, status = "5.3.4") // first: error
          @Replies(code = 552, status = "5.3.4")
          @Replies(code = 550, status = "5.3.4") // third: warning
          void three() {}

          @Replies.List({
            @Replies(code = 552, status = "5.3.4"),
            @Replies(code = 452, status = "5.3.4")}) // in a written container
          void container() {}
        }
        """
          .trimIndent(),
      "commands/Commands.kt" to
        """
        package commands
        import dev.smtpstatus.api.Replies
        import dev.smtpstatus.api.RepliesTo
        import dev.smtpstatus.api.SmtpCommand
        @RepliesTo(SmtpCommand.RCPT)
        class Handler {
          @Replies(code = 221, status = "2.0.0") // not for RCPT: code
          fun bye() {}
          @Replies(code = 550, status = "5.1.1") // fits RCPT
          fun unknown() {}
          @RepliesTo(SmtpCommand.MAIL)
          @Replies(code = 550, status = "5.1.1") // the method's own command wins: status
          fun sender() {}
        }
        @Replies(code = 221, status = "2.0.0") // no command: clean
        fun noCommand() {}
        """
          .trimIndent(),
      "commands/JCommands.java" to
        """
        package commands;
        import dev.smtpstatus.api.Replies;
        import dev.smtpstatus.api.RepliesTo;
        import dev.smtpstatus.api.SmtpCommand;
        @RepliesTo(SmtpCommand.QUIT)
        class JCommands {
          @Replies(code = 250, status = "2.0.0") // not for QUIT: code
          void quit() {}
          @Replies(code = 221, status = "2.0.0") // fits QUIT
          void bye() {}
          @RepliesTo(SmtpCommand.EHLO)
          @Replies(code = 550, status = "5.1.1") // the method's own command wins: status
          void hello() {}
        }
        """
          .trimIndent(),
      "suppress/Suppressed.kt" to
        """
        package suppress
        import dev.smtpstatus.api.Replies
        class Handler {
          @Suppress("smtp-status")
          @Replies(code = 550, status = "5.3.4")
          fun everyWarning() {}
          @Suppress("unused", "smtp-status/UnlistedReplyCode")
          @Replies(code = 550, status = "5.3.4")
          fun byTag() {}
          @Suppress("smtp-status/ClassMismatch")
          @Replies(code = 550, status = "5.3.4") // another rule's tag: still warns
          fun otherTag() {}
          @Suppress("smtp-status")
          @Replies(code = 452, status = "5.3.4") // errors are never suppressed
          fun error() {}
        }
        @Suppress("smtp-status")
        class Enclosing {
          @Replies(code = 550, status = "5.3.4")
          fun inner() {}
        }
        """
          .trimIndent(),
      "suppress/FileSuppressed.kt" to
        """
        @file:Suppress("smtp-status")
        package suppress
        import dev.smtpstatus.api.Replies
        @Replies(code = 550, status = "5.3.4")
        fun warning() {}
        @Replies(code = 452, status = "5.3.4") // errors are never suppressed
        fun error() {}
        """
          .trimIndent(),
      "suppress/JSuppressed.java" to
        """
        package suppress;
        import dev.smtpstatus.api.Replies;
        class JSuppressed {
          @SuppressWarnings("smtp-status")
          @Replies(code = 550, status = "5.3.4")
          void everyWarning() {}
          @SuppressWarnings({"unchecked", "smtp-status/UnlistedReplyCode"})
          @Replies(code = 550, status = "5.3.4")
          void byTag() {}
          @SuppressWarnings("unchecked")
          @Replies(code = 550, status = "5.3.4") // another token: still warns
          void otherToken() {}
          @SuppressWarnings("smtp-status")
          @Replies(code = 452, status = "5.3.4") // errors are never suppressed
          void error() {}
          @SuppressWarnings("smtp-status")
          static class Enclosing {
            @Replies(code = 550, status = "5.3.4")
            void inner() {}
          }
        }
        """
          .trimIndent(),
    )

  private val sources: Map<String, String> =
    ruleCases.associate { "rules/${simpleName(it.rule)}.kt" to kotlinRuleSource(it) } +
      ruleCases.associate { "jrules/${simpleName(it.rule)}.java" to javaRuleSource(it) } +
      others

  private val result: Ksp.Result by lazy {
    Ksp.run(sources)
  }

  /** The 1-based line of the first line of [file] that contains [marker]. */
  private fun line(file: String, marker: String): Int {
    val lines = sources.getValue(file).lines()
    val index = lines.indexOfFirst { marker in it }
    check(index >= 0) { "no '$marker' in $file" }
    return index + 1
  }

  /** The diagnostic the engine's one finding for a pair gives, at a place. */
  private fun expected(
    code: Int,
    status: String,
    file: String,
    line: Int,
    member: String,
    strict: Boolean = false,
  ): Diagnostic {
    val finding = Compatibility.check(code, status).single()
    val error = finding.isError || strict
    val suffix = if (strict && !finding.isError) RepliesSymbolProcessor.STRICT_SUFFIX else ""
    return Diagnostic(
      if (error) Kind.ERROR else Kind.WARNING,
      "[${finding.tag}] ${finding.message}$suffix",
      file,
      line,
      "argument $member",
    )
  }

  /** The diagnostic the engine's one finding for a pair answering [command] gives, at a place. */
  private fun expectedFor(
    command: SmtpCommand,
    code: Int,
    status: String,
    file: String,
    line: Int,
  ): Diagnostic {
    val finding = Compatibility.check(command, code, status).single()
    val member = if (finding.rule.target == Rule.Target.REPLY_CODE) "code" else "status"
    return Diagnostic(
      if (finding.isError) Kind.ERROR else Kind.WARNING,
      "[${finding.tag}] ${finding.message}",
      file,
      line,
      "argument $member",
    )
  }

  @Test
  fun `RepliesTo on the type or the method checks the pair against that command, the method's own winning`() {
    assertEquals(listOf<Finding>(), Compatibility.check(221, "2.0.0"))
    val kt = "commands/Commands.kt"
    val ktFound = result.inFile(kt).sortedBy { it.line }
    assertEquals(
      listOf(
        expectedFor(SmtpCommand.RCPT, 221, "2.0.0", kt, line(kt, "not for RCPT")),
        expectedFor(SmtpCommand.MAIL, 550, "5.1.1", kt, line(kt, "own command wins")),
      ),
      ktFound,
    )
    assertEquals(Rule.REPLY_CODE_NOT_FOR_COMMAND.tag, ktFound[0].message.substringAfter('[').substringBefore(']'))
    assertEquals(Rule.STATUS_NOT_FOR_COMMAND.tag, ktFound[1].message.substringAfter('[').substringBefore(']'))
    val java = "commands/JCommands.java"
    assertEquals(
      listOf(
        expectedFor(SmtpCommand.QUIT, 250, "2.0.0", java, line(java, "not for QUIT")),
        expectedFor(SmtpCommand.EHLO, 550, "5.1.1", java, line(java, "own command wins")),
      ),
      result.inFile(java).sortedBy { it.line },
    )
  }

  @Test
  fun `the run ends with errors, and nothing escapes to KSP`() {
    assertEquals(KotlinSymbolProcessing.ExitCode.PROCESSING_ERROR, result.exitCode)
    assertEquals(listOf<Throwable>(), result.exceptions)
    // Every diagnostic comes from a file of a case below, with a place.
    assertTrue(result.diagnostics.all { it.file in sources && it.line > 0 }) {
      result.diagnostics.joinToString("\n")
    }
  }

  @Test
  fun `every rule fails its failing case on its member and passes its passing case, in Kotlin and Java`() {
    // One case for every rule that reads a reply code and status pair, as @Replies holds.
    assertEquals(
      Rule.values().filter { it.input == Rule.Input.PAIR }.sorted(),
      ruleCases.map { it.rule }.sorted(),
    )
    for (case in ruleCases) {
      val (fc, fs) = case.failing
      val (pc, ps) = case.passing
      val finding = Compatibility.check(fc, fs).single()
      assertEquals(case.rule, finding.rule)
      assertEquals(case.member, if (case.rule.target == Rule.Target.REPLY_CODE) "code" else "status")
      assertEquals(listOf<Finding>(), Compatibility.check(pc, ps), "the passing pair of ${case.rule}")
      for (dir in listOf("rules", "jrules")) {
        val file = "$dir/${simpleName(case.rule)}.${if (dir == "rules") "kt" else "java"}"
        val line = if (case.member == "code") line(file, "code = $fc") else line(file, "status = \"$fs\"")
        assertEquals(listOf(expected(fc, fs, file, line, case.member)), result.inFile(file), file)
      }
    }
  }

  @Test
  fun `the severity is the rule's`() {
    val file = "rules/ClassMismatch.kt"
    assertEquals(Kind.ERROR, result.inFile(file).single().kind)
    assertEquals(Severity.WARNING, Rule.UNLISTED_REPLY_CODE.severity)
    assertEquals(Kind.WARNING, result.inFile("rules/UnlistedReplyCode.kt").single().kind)
  }

  @Test
  fun `positional and reordered arguments point at the right one`() {
    val file = "positional/Positional.kt"
    assertEquals(
      listOf(
        expected(452, "5.3.4", file, line(file, "positional: status"), "status"),
        expected(550, "5.3.4", file, line(file, "reordered: code"), "code"),
      ),
      result.inFile(file),
    )
  }

  @Test
  fun `const val, companion, concatenated and Java constants are read as their values`() {
    val kt = "constants/Constants.kt"
    assertEquals(
      listOf(
        expected(452, "5.3.4", kt, line(kt, "top-level and object"), "status"),
        expected(550, "4.3.0", kt, line(kt, "companion constant"), "status"),
        expected(550, "5.3.4", kt, line(kt, "a Java constant, from Kotlin"), "code"),
      ),
      result.inFile(kt),
    )
    val java = "constants/JCodes.java"
    assertEquals(
      listOf(expected(452, "5.3.4", java, line(java, "Java constants, from Java"), "status")),
      result.inFile(java),
    )
  }

  @Test
  fun `each repeated annotation is checked and placed on its own line`() {
    val kt = "repeated/Repeated.kt"
    assertEquals(
      listOf(
        expected(354, "2.0.0", kt, line(kt, "on a class"), "code"),
        expected(452, "5.3.4", kt, line(kt, "first: error"), "status"),
        expected(550, "5.3.4", kt, line(kt, "third: warning"), "code"),
      ),
      result.inFile(kt).sortedBy { it.line },
    )
    val java = "repeated/JRepeated.java"
    assertEquals(
      listOf(
        expected(354, "2.0.0", java, line(java, "on a class"), "code"),
        expected(452, "5.3.4", java, line(java, "first: error"), "status"),
        expected(550, "5.3.4", java, line(java, "third: warning"), "code"),
        expected(452, "5.3.4", java, line(java, "in a written container"), "status"),
      ),
      result.inFile(java).sortedBy { it.line },
    )
  }

  @Test
  fun `Suppress silences warnings by token or tag, on the declaration or an enclosing one, never errors`() {
    val kt = "suppress/Suppressed.kt"
    assertEquals(
      listOf(
        expected(550, "5.3.4", kt, line(kt, "another rule's tag"), "code"),
        expected(452, "5.3.4", kt, line(kt, "errors are never"), "status"),
      ),
      result.inFile(kt).sortedBy { it.line },
    )
    val file = "suppress/FileSuppressed.kt"
    assertEquals(
      listOf(expected(452, "5.3.4", file, line(file, "errors are never"), "status")),
      result.inFile(file),
    )
  }

  @Test
  fun `SuppressWarnings does the same in Java`() {
    val java = "suppress/JSuppressed.java"
    assertEquals(
      listOf(
        expected(550, "5.3.4", java, line(java, "another token"), "code"),
        expected(452, "5.3.4", java, line(java, "errors are never"), "status"),
      ),
      result.inFile(java).sortedBy { it.line },
    )
  }
}
