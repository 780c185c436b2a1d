package dev.smtpstatus

import dev.smtpstatus.api.RegisteredDetail
import dev.smtpstatus.api.StatusClass
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.of
import io.kotest.property.arbitrary.string
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.map
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Test

/** Properties of EnhancedStatusCode's parser and formatter (RFC 3463 §2). */
class EnhancedStatusCodeProperties {
  private val classes = Arb.of(2, 4, 5)
  private val wellFormed: Arb<EnhancedStatusCode> =
      Arb.bind(classes, Arb.int(0..999), Arb.int(0..999)) { c, s, d -> EnhancedStatusCode.of(c, s, d) }

  /** Digits of other scripts that Character.isDigit accepts and RFC 3463 does not. */
  private val foreignDigits = Arb.element('\u0660', '\u0665', '\u06f5', '\u0966', '\uff15', '\u0e55', '\u1815')

  @Test
  fun `every registered code in every class round-trips to the cached instance`() {
    for (c in StatusClass.values()) {
      for (d in RegisteredDetail.values()) {
        val code = EnhancedStatusCode.of(c, d)
        assertSame(code, EnhancedStatusCode.parse(code.toString()))
        assertEquals("${c.number}.${d.subject.number}.${d.number}", code.toString())
      }
    }
  }

  @Test
  fun `parse of toString is the identity for all well-formed codes`() = runBlocking<Unit> {
    checkAll(PropTestConfig(iterations = 3000), wellFormed) { code ->
      val parsed = EnhancedStatusCode.parse(code.toString())
      assertEquals(code, parsed)
      assertEquals(code.hashCode(), parsed.hashCode())
      assertEquals(0, code.compareTo(parsed))
    }
  }

  @Test
  fun `parseOrNull agrees with parse on arbitrary text`() = runBlocking<Unit> {
    val nearMisses = wellFormed.map { it.toString() }.map { s -> s }
    checkAll(PropTestConfig(iterations = 3000), Arb.string(0..12)) { s -> agree(s) }
    checkAll(PropTestConfig(iterations = 3000), nearMisses, Arb.int(0..20), Arb.string(0..2)) { s, at, junk ->
      val i = at % (s.length + 1)
      agree(s.substring(0, i) + junk + s.substring(i))
    }
  }

  @Test
  fun `arbitrary text never throws anything but SmtpSyntaxException`() = runBlocking<Unit> {
    checkAll(PropTestConfig(iterations = 5000), Arb.string(0..40)) { s ->
      try {
        EnhancedStatusCode.parse(s)
      } catch (e: SmtpSyntaxException) {
        assertEquals(s, e.input)
        assert(e.index in -1..s.length) { "index ${e.index} outside ${s.length}" }
      }
    }
  }

  @Test
  fun `leading zeros are rejected`() = runBlocking<Unit> {
    checkAll(PropTestConfig(iterations = 1000), wellFormed, Arb.int(1..2)) { code, part ->
      val p = code.toString().split('.').toMutableList()
      p[part] = "0" + p[part]
      val s = p.joinToString(".")
      // A zero-padded number of four digits is rejected for its length; either way it is rejected.
      val e = assertThrows(SmtpSyntaxException::class.java) { EnhancedStatusCode.parse(s) }
      assert(e.rule.contains("leading zero") || e.rule.contains("more than 3 digits")) { e.message!! }
    }
  }

  @Test
  fun `digits of other scripts are rejected though Character isDigit accepts them`() = runBlocking<Unit> {
    checkAll(PropTestConfig(iterations = 1000), wellFormed, Arb.int(0..8), foreignDigits) { code, at, digit ->
      val s = code.toString()
      val digits = s.indices.filter { s[it] != '.' }
      val i = digits[at % digits.size]
      val mutated = s.substring(0, i) + digit + s.substring(i + 1)
      assertNull(EnhancedStatusCode.parseOrNull(mutated), mutated)
      assertThrows(SmtpSyntaxException::class.java) { EnhancedStatusCode.parse(mutated) }
    }
  }

  @Test
  fun `signs and whitespace anywhere are rejected`() = runBlocking<Unit> {
    val intruders = Arb.element("+", "-", " ", "\t", "\r\n", "\u00a0", "\u2007")
    checkAll(PropTestConfig(iterations = 2000), wellFormed, Arb.int(0..9), intruders) { code, at, intruder ->
      val s = code.toString()
      val i = at % (s.length + 1)
      val mutated = s.substring(0, i) + intruder + s.substring(i)
      assertNull(EnhancedStatusCode.parseOrNull(mutated), mutated)
    }
  }

  private fun agree(s: String) {
    val lenient = EnhancedStatusCode.parseOrNull(s)
    val strict = try {
      EnhancedStatusCode.parse(s)
    } catch (e: SmtpSyntaxException) {
      null
    }
    assertEquals(lenient, strict, s)
    if (lenient != null) {
      assertEquals(s, lenient.toString())
    }
  }
}
