package dev.smtpstatus.examples.ksp

import com.google.devtools.ksp.impl.KotlinSymbolProcessing
import com.google.devtools.ksp.processing.KSPJvmConfig
import com.google.devtools.ksp.processing.KSPLogger
import com.google.devtools.ksp.processing.Resolver
import com.google.devtools.ksp.processing.SymbolProcessor
import com.google.devtools.ksp.processing.SymbolProcessorProvider
import com.google.devtools.ksp.symbol.FileLocation
import com.google.devtools.ksp.symbol.KSAnnotated
import com.google.devtools.ksp.symbol.KSNode
import com.google.devtools.ksp.symbol.KSValueArgument
import com.google.devtools.ksp.validate
import dev.smtpstatus.ksp.RepliesSymbolProcessorProvider
import java.io.File
import kotlin.io.path.createTempDirectory
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The examples' handlers under KSP2, as a Kotlin project on KSP would check them: the real sources
 * of this module pass in strict mode, and the Kotlin handler with one pair made wrong fails with
 * the javac processor's error, on the `status` argument's line.
 */
class HandlersUnderKspTest {

  private val kotlinSources = File("src/main/kotlin")
  private val javaSources = File("src/main/java")
  private val handler = File(kotlinSources, "dev/smtpstatus/examples/kotlin/KotlinInboundHandler.kt")

  /** One diagnostic: kind, file name, line, what it is on, text. */
  private data class Logged(val kind: String, val file: String?, val line: Int, val on: String, val text: String)

  private class Recorder : KSPLogger {
    val logged = mutableListOf<Logged>()

    override fun logging(message: String, symbol: KSNode?) {}

    override fun info(message: String, symbol: KSNode?) {}

    override fun warn(message: String, symbol: KSNode?) = record("warning", message, symbol)

    override fun error(message: String, symbol: KSNode?) = record("error", message, symbol)

    override fun exception(e: Throwable) = record("exception", e.toString(), null)

    private fun record(kind: String, message: String, symbol: KSNode?) {
      val location = symbol?.location as? FileLocation
      val on = if (symbol is KSValueArgument) "argument ${symbol.name?.asString()}" else "$symbol"
      logged += Logged(kind, location?.filePath?.let { File(it).name }, location?.lineNumber ?: 0, on, message)
    }
  }

  /** Counts the declarations with `@Replies` KSP shows a processor, and how many validate. */
  private class Census : SymbolProcessor {
    var seen = 0
    var valid = 0

    override fun process(resolver: Resolver): List<KSAnnotated> {
      for (symbol in resolver.getSymbolsWithAnnotation("dev.smtpstatus.api.Replies")) {
        seen++
        if (symbol.validate()) valid++
      }
      return emptyList()
    }
  }

  private fun run(roots: List<File>, providers: List<SymbolProcessorProvider>): Recorder {
    val base = createTempDirectory("examples-ksp").toFile()
    try {
      // The module's whole test class path, so that every type the handlers use resolves; KSP's
      // own jars are left out.
      val libraries =
        System.getProperty("java.class.path")
          .split(File.pathSeparator)
          .filter { "symbol-processing" !in it }
          .map(::File)
      val out = File(base, "out")
      val config =
        KSPJvmConfig.Builder()
          .apply {
            moduleName = "examples"
            sourceRoots = roots
            javaSourceRoots = roots
            this.libraries = libraries
            jdkHome = File(System.getProperty("java.home"))
            jvmTarget = "17"
            languageVersion = "2.3"
            apiVersion = "2.3"
            projectBaseDir = base
            outputBaseDir = out
            cachesDir = File(out, "caches")
            classOutputDir = File(out, "classes")
            kotlinOutputDir = File(out, "kotlin")
            javaOutputDir = File(out, "java")
            resourceOutputDir = File(out, "resources")
            processorOptions = mapOf("smtpstatus.strict" to "true")
          }
          .build()
      val recorder = Recorder()
      KotlinSymbolProcessing(config, providers, recorder).execute()
      return recorder
    } finally {
      base.deleteRecursively()
    }
  }

  @Test
  fun `the Kotlin and Java handlers pass the KSP checker in strict mode`() {
    val census = Census()
    val recorder =
      run(
        listOf(kotlinSources, javaSources),
        listOf(RepliesSymbolProcessorProvider(), SymbolProcessorProvider { census }),
      )
    assertEquals(listOf<Logged>(), recorder.logged)
    // Both handlers were seen, with every type resolved: nothing was left unchecked.
    assertEquals(4, census.seen)
    assertEquals(4, census.valid)
  }

  @Test
  fun `a wrong pair in the Kotlin handler is a KSP error on its status argument`() {
    val dir = createTempDirectory("examples-ksp-broken").toFile()
    try {
      val right = "@Replies(code = 552, status = \"5.3.4\")"
      val text = handler.readText()
      assertTrue(right in text)
      val broken = File(dir, "KotlinInboundHandler.kt")
      broken.writeText(text.replace(right, "@Replies(code = 452, status = \"5.3.4\")"))
      val line = broken.readLines().indexOfFirst { "@Replies(code = 452, status = \"5.3.4\")" in it } + 1

      val recorder = run(listOf(dir), listOf(RepliesSymbolProcessorProvider()))

      val error = recorder.logged.single()
      assertEquals("error", error.kind)
      assertEquals("KotlinInboundHandler.kt", error.file)
      assertEquals(line, error.line)
      assertEquals("argument status", error.on)
      assertTrue(
        error.text.startsWith(
          "[smtp-status/ClassMismatch] reply code 452 is a transient failure (4xx) but status" +
            " 5.3.4 is a permanent failure (class 5); the class must equal the reply code's" +
            " first digit (RFC 2034 §3, RFC 3463 §3.1): use 552 or 554 with 5.3.4"
        )
      ) {
        error.text
      }
    } finally {
      dir.deleteRecursively()
    }
  }
}
