package dev.smtpstatus

import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** Properties of ReplyCode's parser (RFC 5321 §4.2). */
class ReplyCodeProperties {
  private val grammar = Regex("[2-5][0-5][0-9]")

  @Test
  fun `parse accepts exactly three ASCII digits, the first 2-5 and the second 0-5`() = runBlocking<Unit> {
    checkAll(PropTestConfig(iterations = 5000), Arb.string(0..5)) { s -> check(s) }
    checkAll(PropTestConfig(iterations = 3000), Arb.int(-100..1100)) { n -> check(n.toString()) }
  }

  @Test
  fun `of and toString round-trip for every valid value`() {
    for (v in 200..559) {
      val code = ReplyCode.ofOrNull(v) ?: continue
      assertEquals(code, ReplyCode.parse(code.toString()))
      assertEquals(v, code.value)
    }
  }

  private fun check(s: String) {
    val parsed = ReplyCode.parseOrNull(s)
    assertEquals(grammar.matches(s), parsed != null, s)
    val thrown = try {
      ReplyCode.parse(s)
      false
    } catch (e: SmtpSyntaxException) {
      true
    }
    assertEquals(parsed == null, thrown, s)
  }
}
