package dev.smtpstatus.ksp

import dev.smtpstatus.processor.RepliesProcessor
import java.io.File
import java.util.Locale
import javax.tools.Diagnostic
import javax.tools.DiagnosticCollector
import javax.tools.JavaFileObject
import javax.tools.ToolProvider
import kotlin.io.path.createTempDirectory
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * The KSP checker says what the javac processor says: the same Java source, checked by javac with
 * `RepliesProcessor` and by KSP2 with the KSP checker, gives the same kinds, lines and texts; and
 * both read the same annotation, option and suppression token.
 */
class SameAsJavacTest {

  private val source =
    """
    package same;
    import dev.smtpstatus.api.Replies;
    class Handler {
      @Replies(code = 452, status = "5.3.4") void classMismatch() {}
      @Replies(code = 550, status = "5.01.1") void malformedStatus() {}
      @Replies(code = 354, status = "2.0.0") void intermediate() {}
      @Replies(code = 550, status = "5.3.4") void unlisted() {}
      @Replies(code = 559, status = "5.0.0") void undefined() {}
      @Replies(code = 452, status = "4.3.4") void unintended() {}
      @SuppressWarnings("smtp-status") @Replies(code = 550, status = "5.3.4") void suppressed() {}
    }
    """
      .trimIndent()

  private fun javac(): List<Triple<Ksp.Kind, Int, String>> {
    val dir = createTempDirectory("javac-same").toFile()
    try {
      val file = File(dir, "same/Handler.java").apply { parentFile.mkdirs(); writeText(source) }
      val compiler = ToolProvider.getSystemJavaCompiler()
      val diagnostics = DiagnosticCollector<JavaFileObject>()
      compiler.getStandardFileManager(diagnostics, Locale.ROOT, Charsets.UTF_8).use { files ->
        val api = File(dev.smtpstatus.api.Replies::class.java.protectionDomain.codeSource.location.toURI())
        val task =
          compiler.getTask(
            null,
            files,
            diagnostics,
            listOf("-proc:only", "-classpath", api.path),
            null,
            files.getJavaFileObjects(file),
          )
        task.setProcessors(listOf(RepliesProcessor()))
        task.call()
      }
      return diagnostics.diagnostics
        .filter { it.kind == Diagnostic.Kind.ERROR || it.kind == Diagnostic.Kind.WARNING }
        .map {
          Triple(
            if (it.kind == Diagnostic.Kind.ERROR) Ksp.Kind.ERROR else Ksp.Kind.WARNING,
            it.lineNumber.toInt(),
            it.getMessage(Locale.ROOT),
          )
        }
    } finally {
      dir.deleteRecursively()
    }
  }

  @Test
  fun `javac and KSP give the same diagnostics for the same source`() {
    val ksp = Ksp.run(mapOf("same/Handler.java" to source)).diagnostics.map { Triple(it.kind, it.line, it.message) }
    val javac = javac()
    assertEquals(6, javac.size) { "$javac" }
    val order = compareBy<Triple<Ksp.Kind, Int, String>>({ it.second }, { it.third })
    assertEquals(javac.sortedWith(order), ksp.sortedWith(order))
  }

  @Test
  fun `both read the same annotation, option and token`() {
    assertEquals(RepliesProcessor.REPLIES, RepliesSymbolProcessor.REPLIES)
    assertEquals(RepliesProcessor.REPLIES_LIST, RepliesSymbolProcessor.REPLIES_LIST)
    assertEquals(RepliesProcessor.STRICT_OPTION, RepliesSymbolProcessor.STRICT_OPTION)
    assertEquals(RepliesProcessor.SUPPRESSION, RepliesSymbolProcessor.SUPPRESSION)
  }
}
