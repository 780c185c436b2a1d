package dev.smtpstatus.testkit

import dev.smtpstatus.Compatibility
import dev.smtpstatus.EnhancedStatusCode
import dev.smtpstatus.ReplyCode
import dev.smtpstatus.ReplyParser
import dev.smtpstatus.ReplySyntaxException
import dev.smtpstatus.SmtpReply
import dev.smtpstatus.SmtpSyntaxException
import dev.smtpstatus.testkit.kotest.compatiblePair
import dev.smtpstatus.testkit.kotest.component1
import dev.smtpstatus.testkit.kotest.component2
import dev.smtpstatus.testkit.kotest.enhancedStatusCode
import dev.smtpstatus.testkit.kotest.enhancedStatusCodeText
import dev.smtpstatus.testkit.kotest.incompatiblePair
import dev.smtpstatus.testkit.kotest.invalidReplyCodeText
import dev.smtpstatus.testkit.kotest.invalidReplyCodeValue
import dev.smtpstatus.testkit.kotest.listedPair
import dev.smtpstatus.testkit.kotest.malformedStatusCode
import dev.smtpstatus.testkit.kotest.nearMissStatusCode
import dev.smtpstatus.testkit.kotest.registeredStatusCode
import dev.smtpstatus.testkit.kotest.replyCode
import dev.smtpstatus.testkit.kotest.replyLine
import dev.smtpstatus.testkit.kotest.replyStream
import dev.smtpstatus.testkit.kotest.replyText
import dev.smtpstatus.testkit.kotest.smtpReply
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** impl's parsers and rules, property-tested with the testkit's Arbs (STYLE.md 21). */
class ParserProperties {
  private val config = PropTestConfig(seed = 20_241_206L)

  @Test
  fun `parse of the wire form gives the code back`() = runBlocking<Unit> {
    checkAll(config, Arb.enhancedStatusCode()) { code ->
      assertEquals(code, EnhancedStatusCode.parse(code.toString()))
      assertEquals(code, EnhancedStatusCode.parse(code.appendTo(StringBuilder("x")).substring(1)))
      assertEquals(code.hashCode(), EnhancedStatusCode.parse(code.toString()).hashCode())
    }
  }

  @Test
  fun `registered codes parse to their cached instance`() = runBlocking<Unit> {
    checkAll(config, Arb.registeredStatusCode()) { code ->
      assertTrue(code.isRegistered)
      assertSame(code, EnhancedStatusCode.parse(code.toString()))
      assertSame(code, EnhancedStatusCode.of(code.classNumber, code.subjectNumber, code.detailNumber))
    }
  }

  @Test
  fun `parseOrNull agrees with parse, and both with the testkit's grammar`() = runBlocking<Unit> {
    val anyText =
      Arb.choice(Arb.malformedStatusCode(), Arb.nearMissStatusCode(), Arb.string(0..12), Arb.enhancedStatusCodeText(StatusCodeKind.WELL_FORMED))
    checkAll(config.copy(iterations = 3000), anyText) { text ->
      val orNull = EnhancedStatusCode.parseOrNull(text)
      if (orNull == null) {
        val e = assertThrows(SmtpSyntaxException::class.java) { EnhancedStatusCode.parse(text) }
        assertTrue(e.message!!.contains("RFC 3463"), e.message)
      } else {
        assertEquals(orNull, EnhancedStatusCode.parse(text))
      }
      assertEquals(Syntax.isStatusCode(text), orNull != null, text)
    }
  }

  @Test
  fun `near misses and malformed texts are rejected`() = runBlocking<Unit> {
    checkAll(config.copy(iterations = 2000), Arb.nearMissStatusCode(), Arb.malformedStatusCode()) { near, junk ->
      assertNull(EnhancedStatusCode.parseOrNull(near), near)
      assertNull(EnhancedStatusCode.parseOrNull(junk), junk)
      assertThrows(IllegalArgumentException::class.java) { EnhancedStatusCode.parse(near) }
    }
  }

  @Test
  fun `reply codes round-trip, invalid ones are rejected`() = runBlocking<Unit> {
    checkAll(config, Arb.replyCode(), Arb.invalidReplyCodeText(), Arb.invalidReplyCodeValue()) { code, text, value ->
      assertSame(code, ReplyCode.parse(code.toString()))
      assertNull(ReplyCode.parseOrNull(text), text)
      assertThrows(SmtpSyntaxException::class.java) { ReplyCode.parse(text) }
      assertNull(ReplyCode.ofOrNull(value))
    }
  }

  @Test
  fun `compatible pairs have no errors, incompatible ones have`() = runBlocking<Unit> {
    checkAll(config, Arb.compatiblePair(), Arb.incompatiblePair()) { (code, status), bad ->
      val findings = Compatibility.check(code, status)
      assertFalse(Compatibility.hasErrors(findings), "$code $status: $findings")
      val errors = Compatibility.check(bad.replyCode, bad.status)
      assertTrue(Compatibility.hasErrors(errors), bad.toString())
      assertEquals(errors, Compatibility.check(bad.replyCode.value, bad.status.toString()))
    }
  }

  @Test
  fun `pairs the registry lists draw no finding at all`() = runBlocking<Unit> {
    checkAll(config, Arb.listedPair()) { (code, status) ->
      assertEquals(emptyList<Any>(), Compatibility.check(code, status), "$code $status")
    }
  }

  @Test
  fun `replies read back from their wire form, whole or fed in chunks`() = runBlocking<Unit> {
    checkAll(config.copy(iterations = 500), Arb.smtpReply(), Arb.replyStream()) { reply, stream ->
      assertEquals(reply, SmtpReply.parse(reply.format()))
      assertEquals(reply, SmtpReply.parseOrNull(reply.format()))
      val read = mutableListOf<SmtpReply>()
      val reader = ReplyParser.defaults().newReader()
      for (chunk in stream.chunks) reader.feed(chunk, 0, chunk.size) { read += it }
      reader.finish { read += it }
      assertEquals(stream.replies, read, stream.toString())
    }
  }

  /** The rule of the error that `finish` throws after `input`. */
  private fun finishRule(input: String): String {
    val reader = ReplyParser.defaults().newReader()
    reader.feed(input) {}
    return assertThrows(ReplySyntaxException::class.java) { reader.finish {} }.rule
  }

  @Test
  fun `every proper prefix of a reply stream hands over exactly the replies it holds whole`() = runBlocking<Unit> {
    val cutOff = finishRule("250 cut")
    val incomplete = finishRule("250-more\r\n")
    checkAll(config.copy(iterations = 50), Arb.replyStream()) { stream ->
      val bytes = stream.bytes
      // Where each reply's last line ends: the byte after its LF.
      val ends = stream.replies.runningFold(0) { at, r ->
        val wire = if (stream.isBareLf) r.format().replace("\r\n", "\n") else r.format()
        at + wire.toByteArray(Charsets.UTF_8).size
      }.drop(1)
      assertEquals(bytes.size, ends.last())
      var whole = 0 // replies whose last line ends inside the prefix
      var lines = 0 // line ends inside the prefix
      for (k in 0 until bytes.size) {
        if (k > 0 && bytes[k - 1] == '\n'.code.toByte()) lines++
        if (k == ends[whole]) whole++
        val where = { "prefix $k of $stream" }
        val read = mutableListOf<SmtpReply>()
        val reader = ReplyParser.defaults().newReader()
        var from = 0
        for (cut in stream.cuts) { // the stream's own chunks, up to k
          if (cut >= k) break
          reader.feed(bytes, from, cut - from) { read += it }
          from = cut
        }
        reader.feed(bytes, from, k - from) { read += it }
        assertEquals(stream.replies.subList(0, whole), read, where)
        if (k == 0 || k == ends.getOrNull(whole - 1)) {
          reader.finish { read += it } // the prefix ends between replies: nothing is left
          assertEquals(whole, read.size, where)
          continue
        }
        val e = assertThrows(ReplySyntaxException::class.java, { reader.finish { read += it } }, where)
        assertEquals(whole, read.size, where) // finish hands over no cut reply
        if (bytes[k - 1] == '\n'.code.toByte()) {
          // Cut after a line of a multiline reply that is not its last.
          assertEquals(incomplete, e.rule, where)
          assertEquals(lines, e.lineNumber, where)
        } else {
          assertEquals(cutOff, e.rule, where)
          assertEquals(lines + 1, e.lineNumber, where)
        }
      }
    }
  }

  @Test
  fun `the formatter writes back the wire form it read`() = runBlocking<Unit> {
    checkAll(config, Arb.replyText(), Arb.replyLine()) { text, line ->
      assertEquals(text, SmtpReply.parse(text).format())
      assertEquals(line, SmtpReply.parse(line).format())
      assertEquals(1, SmtpReply.parse(line).lines.size)
    }
  }
}
