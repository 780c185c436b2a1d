package dev.smtpstatus.testkit

import dev.smtpstatus.EnhancedStatusCode
import dev.smtpstatus.testkit.kotest.enhancedStatusCode
import dev.smtpstatus.testkit.kotest.nearMissStatusCodeText
import dev.smtpstatus.testkit.kotest.registeredStatusCode
import dev.smtpstatus.testkit.kotest.toArb
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.RandomSource
import io.kotest.property.arbitrary.take
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The Kotest face: seeded draws, edge cases from the core, shrinking toward simpler codes. */
class ArbProperties {

  @Test
  fun `the same seed draws the same codes`() {
    val arb = Arb.enhancedStatusCode()
    val a = arb.take(200, RandomSource.seeded(42)).toList()
    assertEquals(a, arb.take(200, RandomSource.seeded(42)).toList())
    assertNotEquals(a, arb.take(200, RandomSource.seeded(43)).toList())
  }

  @Test
  fun `edge cases are the core's`() {
    val edges = SmtpGenerators.invalidStatusCodeTexts(InvalidStatusCodeKind.NEAR_MISS).edgeCases
    val arb = Arb.nearMissStatusCodeText()
    val rs = RandomSource.seeded(1)
    repeat(200) { assertTrue(arb.edgecase(rs)!!.value in edges) }
  }

  @Test
  fun `a failing property shrinks to the simplest code of its class`() {
    // Fails for every code with a subject or detail above 0: shrinking must reach X.0.0's
    // neighbours, here the least failing code is c.0.1 or c.1.0.
    val error =
      assertThrows<AssertionError> {
        runBlocking {
          checkAll(PropTestConfig(seed = 7L), Arb.enhancedStatusCode()) { code ->
            assertTrue(code.subjectNumber + code.detailNumber == 0, code.toString())
          }
        }
      }
    // Kotest reports "Arg 0: 2.1.0 (shrunk from 2.1.10)".
    val message = error.message!!
    val report = Regex("""Arg 0: (\d)\.(\d+\.\d+) \(shrunk from (\d)\.""").find(message)
    assertTrue(report != null, message)
    val (shrunkClass, subjectAndDetail, originalClass) = report!!.destructured
    assertEquals(originalClass, shrunkClass, message)
    assertTrue(subjectAndDetail == "0.1" || subjectAndDetail == "1.0", message)
  }

  @Test
  fun `registered shrinks stay registered`() {
    val arb = Arb.registeredStatusCode()
    val rs = RandomSource.seeded(3)
    repeat(200) {
      val sample = arb.sample(rs)
      for (child in sample.shrinks.children.value) {
        assertTrue(child.value().isRegistered, child.value().toString())
      }
    }
  }

  @Test
  fun `any generator becomes an Arb`() {
    val arb = SmtpGenerators.listedPairs().toArb()
    val rs = RandomSource.seeded(5)
    val pairs = arb.take(50, rs).toList()
    assertEquals(50, pairs.size)
    assertTrue(pairs.all { it.status.classNumber == it.replyCode.value / 100 })
    assertEquals(EnhancedStatusCode.parse("5.0.0"), SmtpGenerators.enhancedStatusCodes(StatusCodeKind.WELL_FORMED).shrink(EnhancedStatusCode.parse("5.0.1"))[0])
  }
}
