package dev.smtpstatus.testkit

import dev.smtpstatus.EnhancedStatusCode
import dev.smtpstatus.Rule
import dev.smtpstatus.SmtpReply
import dev.smtpstatus.SmtpSyntaxException
import dev.smtpstatus.testkit.kotest.nearMissStatusCodeText
import dev.smtpstatus.testkit.kotest.registeredStatusCode
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.filter
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * `smtp-status/MalformedStatusInText` over the testkit's near misses written where RFC 2034 §4
 * puts the status: `550 <near miss> text`. What counts as an attempted status is docs/decisions/0610;
 * [attempt] restates it as a regular expression, independently of the engine's hand-written scan.
 */
class NearMissReplyProperties {
  private val config = PropTestConfig(seed = 20_261_202L, iterations = 3000)
  private val rule = Rule.MALFORMED_STATUS_IN_TEXT

  /** Digits of any script and dots, a one-digit class, then a dot. */
  private val shape = Regex("""\p{Nd}\.[\p{Nd}.]*""")
  private val digit = Regex("""\p{Nd}""")
  private val ipv4 = Regex("""\p{Nd}+\.\p{Nd}+\.\p{Nd}+\.\p{Nd}+""")
  private val decimal = Regex("""[^245]\.\p{Nd}+""")

  /** Decision 0610 as a predicate on the token a line's text starts with. */
  private fun attempt(token: String): Boolean =
    token.length <= 16 &&
      shape.matches(token) &&
      digit.containsMatchIn(token.substringAfter('.')) &&
      token.count { it == '.' } <= 3 &&
      !ipv4.matches(token) &&
      !(token.count { it == '.' } == 1 && decimal.matches(token.replace(digit) { m -> Character.digit(m.value.codePointAt(0), 10).toString() })) &&
      EnhancedStatusCode.parseOrNull(token) == null

  private fun ofRule(reply: SmtpReply) = reply.findings.filter { it.rule == rule }

  @Test
  fun `a near miss in the status position carries the finding exactly when it is an attempt`() =
    runBlocking<Unit> {
      var fired = 0
      val nearMisses = Arb.nearMissStatusCodeText().filter { t -> t.none { it == '\r' || it == '\n' } }
      checkAll(config, nearMisses) { nearMiss ->
        val line = "550 $nearMiss text"
        val reply = SmtpReply.parse("$line\r\n")
        val token = "$nearMiss text".substringBefore(' ')
        val found = ofRule(reply)
        if (reply.status == null && attempt(token)) {
          fired++
          assertEquals(1, found.size, line)
          assertEquals(listOf(found[0]), reply.findings, line)
          assertEquals("$nearMiss text", reply.text, line)
          val why = runCatching { EnhancedStatusCode.parse(token) }.exceptionOrNull() as SmtpSyntaxException
          assertTrue(found[0].message.contains(why.message!!), found[0].message)
          assertTrue(found[0].message.startsWith("line 1 of the reply starts with $token "), found[0].message)
        } else {
          assertEquals(listOf<Any>(), found, line)
        }
      }
      // The generator's digit-and-dot defects (leading zeros, four digits, a bad class, a missing
      // part, a foreign digit, a trailing or doubled dot) are a good share of its output.
      assertTrue(fired > 3000 / 4, "only $fired of 3000 near misses fired")
    }

  @Test
  fun `the defects decision 0610 names always fire`() = runBlocking<Unit> {
    val defects: List<(EnhancedStatusCode) -> String> =
      listOf(
        { "${it.classNumber}.0${it.subjectNumber}.${it.detailNumber}" }, // leading zero
        { "${it.classNumber}.${it.subjectNumber}.0${it.detailNumber}" },
        { "${it.classNumber}.${it.subjectNumber + 1000}.${it.detailNumber}" }, // four digits
        { "${it.classNumber}.${it.subjectNumber}.${it.detailNumber + 1000}" },
        { "6.${it.subjectNumber}.${it.detailNumber}" }, // no class 6
        { "${it.classNumber}.${it.subjectNumber}" }, // a part missing
        { "${it.classNumber}.${it.subjectNumber}." },
        { "${it.classNumber}..${it.detailNumber}" },
        { "$it." }, // a trailing dot
        { "${'\uFF10' + it.classNumber}.${it.subjectNumber}.${it.detailNumber}" }, // full-width
      )
    checkAll(config.copy(iterations = 500), Arb.registeredStatusCode(), Arb.element(defects)) { code, defect ->
      val nearMiss = defect(code)
      val reply = SmtpReply.parse("550 $nearMiss User unknown\r\n")
      assertNull(reply.status, nearMiss)
      assertEquals("$nearMiss User unknown", reply.text)
      assertEquals(1, ofRule(reply).size, nearMiss)
    }
  }

  @Test
  fun `a valid registered status never carries the finding`() = runBlocking<Unit> {
    checkAll(config, Arb.registeredStatusCode()) { code ->
      val c = code.classNumber * 100 + 50
      val reply = SmtpReply.parse("$c $code text\r\n")
      assertEquals(code, reply.status)
      assertEquals(listOf<Any>(), ofRule(reply), code.toString())
      // Nor does a reply that only quotes it after other text.
      assertEquals(listOf<Any>(), ofRule(SmtpReply.parse("$c see $code\r\n")))
    }
  }
}
