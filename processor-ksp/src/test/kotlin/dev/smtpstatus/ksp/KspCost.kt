package dev.smtpstatus.ksp

import com.google.devtools.ksp.processing.Resolver
import com.google.devtools.ksp.processing.SymbolProcessor
import com.google.devtools.ksp.processing.SymbolProcessorProvider
import com.google.devtools.ksp.symbol.KSAnnotated

/**
 * What the checker costs a KSP run: KSP2 over [FILES] Kotlin files with [PER_FILE] annotated
 * functions each, with a processor that does nothing (the run a project pays for KSP anyway) and
 * with the `@Replies` checker, alternating, after a warm-up. Not a test: run it by hand with the
 * module's test class path, `java -cp … dev.smtpstatus.ksp.KspCost [rounds]`; it prints the
 * medians and their ratio.
 */
object KspCost {
  private const val FILES = 50
  private const val PER_FILE = 60

  private val statuses = listOf("5.1.1" to 550, "4.2.2" to 452, "5.3.4" to 552, "2.0.0" to 250, "5.7.1" to 550)

  private fun sources(): Map<String, String> =
    (0 until FILES).associate { f ->
      val body =
        (0 until PER_FILE).joinToString("\n") { i ->
          val (status, code) = statuses[(f + i) % statuses.size]
          "  @Replies(code = $code, status = \"$status\")\n  fun m$i(x: Int): String = \"\$x\""
        }
      "bench/H$f.kt" to
        "package bench\nimport dev.smtpstatus.api.Replies\nclass H$f {\n$body\n}\n"
    }

  private val nothing =
    SymbolProcessorProvider {
      object : SymbolProcessor {
        override fun process(resolver: Resolver): List<KSAnnotated> = emptyList()
      }
    }

  private fun time(sources: Map<String, String>, providers: List<SymbolProcessorProvider>): Long {
    val start = System.nanoTime()
    val result = Ksp.run(sources, providers = providers)
    check(result.diagnostics.isEmpty()) { result.diagnostics.take(3) }
    return (System.nanoTime() - start) / 1_000_000
  }

  @JvmStatic
  fun main(args: Array<String>) {
    val rounds = args.firstOrNull()?.toInt() ?: 5
    val sources = sources()
    time(sources, listOf(nothing)) // warm-up: the first run in a JVM loads KSP
    time(sources, listOf(RepliesSymbolProcessorProvider()))
    val without = mutableListOf<Long>()
    val with = mutableListOf<Long>()
    repeat(rounds) {
      without += time(sources, listOf(nothing))
      with += time(sources, listOf(RepliesSymbolProcessorProvider()))
    }
    val a = without.sorted()[rounds / 2]
    val b = with.sorted()[rounds / 2]
    println("functions: ${FILES * PER_FILE}, rounds: $rounds")
    println("without the checker (ms): $without, median $a")
    println("with the checker (ms):    $with, median $b")
    println("ratio: %.2f".format(b.toDouble() / a))
  }
}
