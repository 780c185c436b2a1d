package dev.smtpstatus.processor

import dev.smtpstatus.ReplyCode
import dev.smtpstatus.StatusCodeRegistry
import dev.smtpstatus.api.StatusClass
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
 * The processor's verdict equals the engine's: for a sample of reply codes and statuses (every
 * registered status with every class is in the pool, plus unregistered and malformed ones), one
 * generated source with a method per pair compiles to exactly the diagnostics the engine's findings
 * and the catalogue predict, on the predicted lines. One compilation per sample keeps it fast.
 */
@OptIn(ExperimentalKotest::class)
class RepliesProcessorProperties {

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

  @Test
  fun `the processor reports exactly the engine's findings on the right member`() = runBlocking<Unit> {
    checkAll(PropTestConfig(iterations = 4), Arb.list(pair, 80..160), Arb.boolean()) { pairs, strict ->
      val lines = mutableListOf("package test;", "import dev.smtpstatus.api.Replies;", "class Handler {")
      val expected = mutableListOf<String>()
      pairs.forEachIndexed { i, (c, s) ->
        lines += "  @Replies(code = $c,"
        val codeLine = lines.size.toLong()
        lines += "      status = ${Compilations.literal(s)})"
        expected += Compilations.expected(c, s, codeLine, codeLine + 1, strict)
        lines += "  void m$i() {}"
      }
      lines += "}"
      val processor = RepliesProcessor()
      // javac stops reporting after 100 errors or warnings unless told otherwise.
      val options = listOf("-Xmaxerrs", "100000", "-Xmaxwarns", "100000") +
        if (strict) listOf("-Asmtpstatus.strict=true") else listOf()
      val compilation = Compilations.compile(listOf(processor), options, *lines.toTypedArray())
      assertEquals(strict, processor.isStrict)
      val actual = Compilations.diagnostics(compilation)
      assertEquals(expected.sorted(), actual.sorted()) {
        "missing: ${expected - actual.toSet()}\nunexpected: ${actual - expected.toSet()}\npairs: $pairs"
      }
    }
  }
}
