package dev.smtpstatus

import dev.smtpstatus.api.StatusClass
import io.kotest.common.ExperimentalKotest
import io.kotest.property.Arb
import io.kotest.property.Exhaustive
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.string
import io.kotest.property.arbitrary.bind
import io.kotest.property.checkAll
import io.kotest.property.exhaustive.collection
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** Properties of the rule engine over the whole registry and every valid reply code. */
@OptIn(ExperimentalKotest::class)
class CompatibilityProperties {

  private val replyCodes: List<ReplyCode> = (200..599).mapNotNull { ReplyCode.ofOrNull(it) }

  /** Every registered detail with every class: 81 x 3. */
  private val registered: List<EnhancedStatusCode> =
    StatusCodeRegistry.iana().entries.flatMap { e -> StatusClass.values().map { e.toStatusCode(it) } }

  /** Every registered status with every valid reply code: 243 x 360 pairs. */
  private val everyPair: List<Pair<ReplyCode, EnhancedStatusCode>> =
    registered.flatMap { s -> replyCodes.map { it to s } }

  @Test
  fun `every registered status with every reply code follows the rule table`() = runBlocking<Unit> {
    var proposals = 0
    checkAll(everyPair.size, Exhaustive.collection(everyPair)) { (code, status) ->
      val findings = Compatibility.check(code, status)
      val rules = findings.map { it.rule }
      val why = "$code $status: $findings"
      val entry = StatusCodeRegistry.iana()[status]!!
      val associated = entry.associatedReplyCodes
      val sameClass = !code.isIntermediate && code.statusClass == status.statusClass

      // Errors iff the reply is 3xx or the classes differ; then that one error and nothing else.
      assertEquals(!sameClass, Compatibility.hasErrors(findings), why)
      if (code.isIntermediate) assertEquals(listOf(Rule.INTERMEDIATE_REPLY), rules, why)
      else if (!sameClass) assertEquals(listOf(Rule.CLASS_MISMATCH), rules, why)

      // A pair the registry lists by number has no finding at all.
      if (sameClass && code in associated.codes) assertEquals(emptyList<Finding>(), findings, why)

      // Each warning fires exactly when its row of the table says so.
      val unlisted = sameClass && !associated.lists(code) && associated.namesClass(code.value / 100)
      val unintended = sameClass && !associated.lists(code) && !entry.applicability.allows(status.statusClass)
      val undefined = sameClass && !code.isDefined && code !in associated.codes
      assertEquals(unlisted, Rule.UNLISTED_REPLY_CODE in rules, why)
      assertEquals(unintended, Rule.UNINTENDED_CLASS in rules, why)
      assertEquals(undefined, Rule.UNDEFINED_REPLY_CODE in rules, why)
      assertEquals(sameClass && entry.isDeprecated, Rule.DEPRECATED_STATUS in rules, why)
      assertTrue(Rule.UNREGISTERED_STATUS !in rules, why)

      // Every message names the status, the rule's source, and is tagged.
      for (f in findings) {
        assertTrue(f.message.contains(status.toString()), why)
        assertTrue(f.message.contains(f.rule.reference), why)
        assertEquals(f.rule.severity, f.severity, why)
        assertTrue(f.toString().startsWith("[smtp-status/"), why)
      }
      // The text entry point agrees with the typed one.
      assertEquals(findings, Compatibility.check(code.value, status.toString()), why)

      // Every fix "use 552 or 554 with 5.3.4" proposes pairs without errors.
      for (f in findings) {
        val fix = Regex("""use ((?:\d{3}(?:, | or )?)+) with (\d\.\d+\.\d+)""").find(f.message) ?: continue
        for (c in Regex("""\d{3}""").findAll(fix.groupValues[1])) {
          val pair = Compatibility.check(c.value.toInt(), fix.groupValues[2])
          assertTrue(!Compatibility.hasErrors(pair), "$why proposes ${c.value} ${fix.groupValues[2]}: $pair")
          proposals++
        }
      }
    }
    assertTrue(proposals > 10_000, "proposals checked: $proposals")
  }

  private val statusLike: Arb<String> =
    Arb.choice(
      Arb.bind(Arb.int(0..9), Arb.int(0..12), Arb.int(0..40)) { c, s, d -> "$c.$s.$d" },
      Arb.bind(Arb.int(2..5), Arb.int(-1..1200), Arb.int(0..1200)) { c, s, d -> "$c.$s.$d" },
      Arb.bind(Arb.int(2..5), Arb.int(0..9), Arb.int(0..9)) { c, s, d -> "$c.0$s.$d" },
      Arb.string(0..12).map { it },
      Arb.string(0..4).map { "5.$it.1" },
    )

  @Test
  fun `arbitrary input never throws and malformed values are errors`() = runBlocking<Unit> {
    var repairs = 0
    checkAll(PropTestConfig(iterations = 20_000), Arb.int(-100..1200), statusLike) { code, status ->
      val findings = Compatibility.check(code, status)
      val why = "$code \"$status\": $findings"
      val validCode = ReplyCode.ofOrNull(code)
      val validStatus = EnhancedStatusCode.parseOrNull(status)
      assertEquals(validCode == null, findings.any { it.rule == Rule.MALFORMED_REPLY_CODE }, why)
      assertEquals(validStatus == null, findings.any { it.rule == Rule.MALFORMED_STATUS }, why)
      if (validCode != null && validStatus != null) {
        assertEquals(Compatibility.check(validCode, validStatus), findings, why)
        val mismatch = validCode.statusClass != validStatus.statusClass
        assertEquals(mismatch, Compatibility.hasErrors(findings), why)
      }
      // A "did you mean" always names a status that parses.
      for (f in findings) {
        val meant = Regex("""did you mean (\S+?)[ ?]""").find(f.message)
        if (meant != null) {
          assertNotNull(EnhancedStatusCode.parseOrNull(meant.groupValues[1]), why)
          repairs++
        }
      }
      // The run-time check throws exactly when there are errors.
      if (Compatibility.hasErrors(findings)) {
        assertThrows(IncompatibleReplyException::class.java) { Compatibility.requireCompatible(code, status) }
      } else {
        assertEquals(findings, Compatibility.requireCompatible(code, status))
      }
    }
    assertTrue(repairs > 100, "did-you-mean proposals checked: $repairs")
  }
}
