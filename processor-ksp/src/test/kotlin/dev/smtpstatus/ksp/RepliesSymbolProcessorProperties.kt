package dev.smtpstatus.ksp

import dev.smtpstatus.Compatibility
import dev.smtpstatus.ReplyCode
import dev.smtpstatus.Rule
import dev.smtpstatus.StatusCodeRegistry
import dev.smtpstatus.api.StatusClass
import dev.smtpstatus.ksp.Ksp.Diagnostic
import dev.smtpstatus.ksp.Ksp.Kind
import dev.smtpstatus.processor.RepliesProcessor
import io.kotest.common.ExperimentalKotest
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.boolean
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * KSP's verdict equals the engine's: for a sample of pairs (every registered status with every
 * class in the pool, plus unregistered and malformed ones and arbitrary text), a Kotlin and a Java
 * source with a declaration per pair give exactly the diagnostics the engine's findings predict, on
 * the predicted argument and line. One KSP run per sample keeps it affordable.
 */
@OptIn(ExperimentalKotest::class)
class RepliesSymbolProcessorProperties {

  private val validCodes: List<Int> = (200..599).filter { ReplyCode.ofOrNull(it) != null }

  private val registeredStatuses: List<String> =
    StatusCodeRegistry.iana().entries.flatMap { e ->
      StatusClass.values().map { e.toStatusCode(it).toString() }
    }

  private val code: Arb<Int> =
    Arb.choice(Arb.element(validCodes), Arb.element(validCodes), Arb.int(-20..1000))

  private val status: Arb<String> =
    Arb.choice(
      Arb.element(registeredStatuses),
      Arb.element(registeredStatuses),
      Arb.bind(Arb.int(0..9), Arb.int(0..12), Arb.int(0..40)) { c, s, d -> "$c.$s.$d" },
      Arb.string(0..8),
    )

  private val pair: Arb<Pair<Int, String>> = Arb.bind(code, status) { c, s -> c to s }

  /** A Kotlin string literal: escapes, and `\uXXXX` for everything but printable ASCII. */
  private fun kotlinLiteral(s: String): String =
    s.map {
        when {
          it == '\\' || it == '"' || it == '$' -> "\\$it"
          it.code in 0x20..0x7e -> it.toString()
          else -> "\\u%04x".format(it.code)
        }
      }
      .joinToString("", "\"", "\"")

  /**
   * A Java string literal. Java reads `\uXXXX` before it lexes (`\u0022` ends the string), so other
   * characters are escaped in octal up to 0xFF and written as they are above.
   */
  private fun javaLiteral(s: String): String =
    s.map {
        when {
          it == '\\' || it == '"' -> "\\$it"
          it.code in 0x20..0x7e || it.code > 0xff -> it.toString()
          else -> "\\" + it.code.toString(8).padStart(3, '0')
        }
      }
      .joinToString("", "\"", "\"")

  private fun expected(
    pairs: List<Pair<Int, String>>,
    file: String,
    firstLine: Int,
    strict: Boolean,
  ): List<Diagnostic> =
    pairs.flatMapIndexed { i, (c, s) ->
      val codeLine = firstLine + 3 * i
      Compatibility.check(c, s).map { f ->
        val onCode = f.rule.target == Rule.Target.REPLY_CODE
        Diagnostic(
          if (f.isError || strict) Kind.ERROR else Kind.WARNING,
          "$f" + if (strict && !f.isError) RepliesSymbolProcessor.STRICT_SUFFIX else "",
          file,
          if (onCode) codeLine else codeLine + 1,
          if (onCode) "argument code" else "argument status",
        )
      }
    }

  @Test
  fun `KSP reports exactly the engine's findings on the right argument, in Kotlin and Java`() =
    runBlocking<Unit> {
      checkAll(PropTestConfig(iterations = 3), Arb.list(pair, 30..70), Arb.boolean()) { pairs, strict ->
        val kotlin = mutableListOf("package prop", "import dev.smtpstatus.api.Replies")
        val java = mutableListOf("package prop;", "import dev.smtpstatus.api.Replies;", "class J {")
        val kotlinFirst = kotlin.size + 1
        val javaFirst = java.size + 1
        pairs.forEachIndexed { i, (c, s) ->
          kotlin += listOf("@Replies(code = $c,", "    status = ${kotlinLiteral(s)})", "fun m$i() {}")
          java += listOf("  @Replies(code = $c,", "      status = ${javaLiteral(s)})", "  void m$i() {}")
        }
        java += "}"
        val options = if (strict) mapOf(RepliesProcessor.STRICT_OPTION to "true") else mapOf()
        val result =
          Ksp.run(
            mapOf(
              "prop/K.kt" to kotlin.joinToString("\n"),
              "prop/J.java" to java.joinToString("\n"),
            ),
            options,
          )
        val expected =
          expected(pairs, "prop/K.kt", kotlinFirst, strict) +
            expected(pairs, "prop/J.java", javaFirst, strict)
        val key = compareBy<Diagnostic>({ it.file }, { it.line }, { it.message })
        assertEquals(expected.sortedWith(key), result.diagnostics.sortedWith(key)) {
          "pairs: $pairs, strict: $strict"
        }
      }
    }
}
