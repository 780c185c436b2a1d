package dev.smtpstatus.ksp

import com.google.devtools.ksp.impl.KotlinSymbolProcessing
import com.google.devtools.ksp.processing.SymbolProcessorProvider
import dev.smtpstatus.Compatibility
import dev.smtpstatus.ksp.Ksp.Diagnostic
import dev.smtpstatus.ksp.Ksp.Kind
import dev.smtpstatus.processor.RepliesProcessor
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The strict option, a bad option value and an internal failure, each in one KSP run. */
class StrictAndFailureTest {

  private val handler =
    """
    package strict
    import dev.smtpstatus.api.Replies
    class Handler {
      @Replies(code = 550, status = "5.3.4") // a warning
      fun warning() {}
      @Replies(code = 452, status = "5.3.4") // an error
      fun error() {}
      @Suppress("smtp-status")
      @Replies(code = 550, status = "5.3.4")
      fun suppressed() {}
    }
    """
      .trimIndent()

  private val file = "strict/Handler.kt"

  private fun line(marker: String) = handler.lines().indexOfFirst { marker in it } + 1

  private fun message(code: Int, status: String) = Compatibility.check(code, status).single().toString()

  @Test
  fun `strict makes warnings errors that say so, and keeps suppression`() {
    val result = Ksp.run(mapOf(file to handler), options = mapOf(RepliesProcessor.STRICT_OPTION to "true"))
    assertEquals(
      listOf(
        Diagnostic(
          Kind.ERROR,
          message(550, "5.3.4") + RepliesSymbolProcessor.STRICT_SUFFIX,
          file,
          line("a warning"),
          "argument code",
        ),
        Diagnostic(Kind.ERROR, message(452, "5.3.4"), file, line("an error"), "argument status"),
      ),
      result.diagnostics.sortedBy { it.line },
    )
    assertTrue(RepliesSymbolProcessor.STRICT_SUFFIX.contains("smtpstatus.strict=true"))
    assertEquals(KotlinSymbolProcessing.ExitCode.PROCESSING_ERROR, result.exitCode)
  }

  @Test
  fun `a strict value that is neither true nor false is a warning of its own, and warnings stay warnings`() {
    val result = Ksp.run(mapOf(file to handler), options = mapOf(RepliesProcessor.STRICT_OPTION to "yes"))
    assertEquals(
      listOf(
        Diagnostic(
          Kind.WARNING,
          "[smtp-status/BadOption] the KSP option smtpstatus.strict=yes is neither true nor false," +
            " so warnings stay warnings: write ksp { arg(\"smtpstatus.strict\", \"true\") } to make" +
            " them errors, or \"false\".",
          null,
          0,
          "nothing",
        ),
        Diagnostic(Kind.WARNING, message(550, "5.3.4"), file, line("a warning"), "argument code"),
        Diagnostic(Kind.ERROR, message(452, "5.3.4"), file, line("an error"), "argument status"),
      ),
      result.diagnostics.sortedBy { it.line },
    )
  }

  @Test
  fun `an internal failure is reported once, as an error with a report line, and the run completes`() {
    var calls = 0
    val failing =
      SymbolProcessorProvider { env ->
        RepliesSymbolProcessor(env.options, env.logger) { _, _, _ ->
          calls++
          throw IllegalStateException("boom")
        }
      }
    val result = Ksp.run(mapOf(file to handler), providers = listOf(failing))
    // Every @Replies was still tried: the first failure did not stop the others.
    assertEquals(3, calls)
    val error = result.diagnostics.single()
    assertEquals(Kind.ERROR, error.kind)
    assertTrue(error.message.startsWith("[smtp-status/InternalError] the @Replies checker failed on ")) {
      error.message
    }
    assertTrue(error.message.contains("java.lang.IllegalStateException: boom"))
    assertTrue(error.message.contains("Please report it"))
    assertEquals(file, error.file)
    assertEquals(listOf<Throwable>(), result.exceptions)
    assertEquals(KotlinSymbolProcessing.ExitCode.PROCESSING_ERROR, result.exitCode)
  }

  @Test
  fun `options are read like javac's`() {
    val logger = Ksp.RecordingLogger()
    assertTrue(RepliesSymbolProcessor(mapOf("smtpstatus.strict" to "TRUE"), logger).isStrict)
    assertFalse(RepliesSymbolProcessor(mapOf("smtpstatus.strict" to "false"), logger).isStrict)
    assertFalse(RepliesSymbolProcessor(mapOf(), logger).isStrict)
    assertEquals(listOf<Diagnostic>(), logger.diagnostics)
  }
}
