package dev.smtpstatus.processor

import dev.smtpstatus.Compatibility
import dev.smtpstatus.ReplyCode
import dev.smtpstatus.SmtpReply
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
import javax.tools.Diagnostic

/**
 * For random constant pairs written into a method body, one `SmtpReply.of(code, status, "x")` per
 * line (some written as constant expressions), the body scan's verdict per line equals the
 * engine's findings (kind, line, message), and a line has an error exactly where the call throws
 * at run time. Many calls per compilation keep it fast.
 */
@OptIn(ExperimentalKotest::class)
class BodyScanProperties {

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

  /** A pair, and whether to write it as constant expressions rather than literals. */
  private val call: Arb<Triple<Int, String, Boolean>> =
    Arb.bind(code, status, Arb.boolean()) { c, s, e -> Triple(c, s, e) }

  private fun codeText(c: Int, expression: Boolean): String =
    if (expression) "(${c - 7} + 7)" else "$c"

  private fun statusText(s: String, expression: Boolean): String =
    if (expression && s.length > 1) {
      // Split between two literals joined by a non-literal constant, so javac's parser cannot
      // join them itself: ("ab" + "") + "cd" is folded by the scan, not the parser.
      val k = s.length / 2
      "(${Compilations.literal(s.substring(0, k))} + EMPTY) + ${Compilations.literal(s.substring(k))}"
    } else {
      Compilations.literal(s)
    }

  private fun throwsAtRunTime(c: Int, s: String): Boolean =
    try {
      SmtpReply.of(c, s, "x")
      false
    } catch (e: IllegalArgumentException) {
      true
    }

  @Test
  fun `the scan's verdict per line is the engine's and the run time's`() = runBlocking<Unit> {
    checkAll(PropTestConfig(iterations = 4), Arb.list(call, 60..120), Arb.boolean()) { calls, strict ->
      val lines = mutableListOf(
        "package test;",
        "import dev.smtpstatus.SmtpReply;",
        "class Handler {",
        "  static final String EMPTY = \"\";",
        "  void m() {",
      )
      val expected = mutableListOf<String>()
      val throwing = mutableSetOf<Long>()
      calls.forEach { (c, s, e) ->
        lines += "    SmtpReply.of(${codeText(c, e)}, ${statusText(s, e)}, \"x\");"
        val line = lines.size.toLong()
        val findings = Compatibility.check(c, s)
        findings.forEach { f ->
          expected += Compilations.line(
            Message.findingKind(f.isError, strict),
            line,
            Message.findingText(f.tag, f.message, strict && !f.isError),
          )
        }
        // The engine's verdict is the run time's: an error exactly where the call throws.
        assertEquals(throwsAtRunTime(c, s), Compatibility.hasErrors(findings)) { "$c $s" }
        if (throwsAtRunTime(c, s)) throwing += line
      }
      lines += "  }"
      lines += "}"
      val options = listOf("-Xmaxerrs", "100000", "-Xmaxwarns", "100000") +
        if (strict) listOf("-Asmtpstatus.strict=true") else listOf()
      val compilation = Compilations.compile(
        listOf(RepliesProcessor(), BodyScanProcessor()), options, *lines.toTypedArray(),
      )
      val actual = Compilations.diagnostics(compilation)
      assertEquals(expected.sorted(), actual.sorted()) {
        "missing: ${expected - actual.toSet()}\nunexpected: ${actual - expected.toSet()}\ncalls: $calls"
      }
      if (!strict) {
        // The scan's errors are on exactly the lines whose call throws.
        val errorLines = compilation.diagnostics()
          .filter { it.kind == Diagnostic.Kind.ERROR }
          .map { it.lineNumber }
          .toSet()
        assertEquals(throwing, errorLines) { "calls: $calls" }
      }
    }
  }
}
