package dev.smtpstatus

import io.kotest.property.Arb
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import kotlin.random.Random

/**
 * Properties of the reply parser, formatter and streaming reader, over generated replies and
 * arbitrary input. The generators are deliberately simple; the public testkit has richer ones.
 */
class ReplyProperties {

  private val codes = (200..599).mapNotNull { ReplyCode.ofOrNull(it) }
  private val registered = StatusCodeRegistry.iana().entries

  /** Small limits, so that generated input reaches them. */
  private val small =
    ReplyParser.builder().setMaxLineLength(510).setMaxLines(4).setMaxReplyLength(1000).build()

  private val textPieces =
    listOf(
      "a", "Z", " ", "  ", "\t", "0", "9", ".", "-", "<", ">", "@", "\"", "\\", "é", "\u00a0",
      "\ud83d\udce7", "ok", "2.0.0", "5.1.1", "5.01.1", "6.1.1", "2address.org", "100.a", "250",
    )

  private fun text(r: Random, hasStatus: Boolean): String {
    val b = StringBuilder()
    if (r.nextInt(20) == 0) {
      b.append("x".repeat(470 + r.nextInt(20))) // near the 512-octet line limit
    } else {
      repeat(r.nextInt(12)) { b.append(textPieces.random(r)) }
    }
    val s = b.toString()
    // Without a status, text a reader would take for one must come as the status (SmtpReply.of).
    return if (!hasStatus && ReplyAssembler.startsWithStatus(s, 0, s.length)) "x$s" else s
  }

  private fun reply(r: Random): SmtpReply {
    val code = codes.random(r)
    val cls = code.statusClass
    val status =
      when {
        cls == null || r.nextInt(4) == 0 -> null
        r.nextInt(4) == 0 -> EnhancedStatusCode.of(cls.number, r.nextInt(1000), r.nextInt(1000))
        else -> registered.random(r).toStatusCode(cls)
      }
    val lines = List(1 + r.nextInt(if (r.nextBoolean()) 1 else 6)) { text(r, status != null) }
    return SmtpReply.of(code, status, lines)
  }

  private val replies: Arb<SmtpReply> = arbitrary { reply(it.random) }

  /** Wire input for streams: valid replies (CRLF or LF), malformed lines, bad bytes, huge lines. */
  private fun piece(r: Random): ByteArray =
    when (r.nextInt(12)) {
      0 -> "25x oops\r\n".toByteArray()
      1 -> "250-a\r\n251 b\r\n".toByteArray()
      2 -> "250 a\rb\r\n".toByteArray()
      3 -> ("250 " + "y".repeat(500 + r.nextInt(3000)) + "\r\n").toByteArray()
      4 -> ByteArray(r.nextInt(8)) { r.nextInt(256).toByte() }
      5 -> "250-a\n250-b\n250-c\n250-d\n250 e\n".toByteArray()
      else -> {
        val wire = reply(r).format()
        (if (r.nextBoolean()) wire else wire.replace("\r\n", "\n")).toByteArray()
      }
    }

  private class Stream(val bytes: ByteArray, val chunks: List<Int>) {
    override fun toString() = "Stream(${String(bytes)}, chunks=$chunks)"
  }

  private val streams: Arb<Stream> = arbitrary {
    val r = it.random
    val out = java.io.ByteArrayOutputStream()
    repeat(1 + r.nextInt(6)) { out.writeBytes(piece(r)) }
    Stream(out.toByteArray(), List(1 + r.nextInt(5)) { 1 + r.nextInt(40) })
  }

  /** What a reader makes of the bytes fed in chunks of the given sizes (cycled). */
  private fun events(parser: ReplyParser, bytes: ByteArray, chunks: List<Int>): List<Any> {
    val out = mutableListOf<Any>()
    val reader = parser.newReader()
    val bound = parser.maxReplyLength + parser.maxLineLength + 1
    try {
      var i = 0
      var k = 0
      while (i < bytes.size) {
        val n = minOf(chunks[k++ % chunks.size], bytes.size - i)
        reader.feed(bytes, i, n) { out += it }
        assertTrue(reader.pendingLength <= bound) { "pending ${reader.pendingLength} > $bound" }
        i += n
      }
      reader.finish { out += it }
      out += "end"
    } catch (e: ReplySyntaxException) {
      assertTrue(reader.pendingLength <= bound)
      out += "error at line ${e.lineNumber}: ${e.rule}"
    }
    return out
  }

  @Test
  fun parseReadsBackWhatFormatWrites(): Unit = runBlocking<Unit> {
    checkAll(2000, replies) { reply ->
      val wire = reply.format()
      assertEquals(reply, SmtpReply.parse(wire))
      assertEquals(reply, SmtpReply.parseOrNull(wire))
      assertEquals(reply, SmtpReply.parse(wire.replace("\r\n", "\n")))
      assertTrue(wire.split("\r\n").dropLast(1).all { it.length >= 4 && it.startsWith("${reply.code}") })
    }
  }

  @Test
  fun readerResultDoesNotDependOnChunking(): Unit = runBlocking<Unit> {
    checkAll(1000, streams) { s ->
      for (parser in listOf(ReplyParser.defaults(), small)) {
        val whole = events(parser, s.bytes, listOf(maxOf(1, s.bytes.size)))
        assertEquals(whole, events(parser, s.bytes, s.chunks))
        assertEquals(whole, events(parser, s.bytes, listOf(1)))
      }
    }
  }

  @Test
  fun readerOfCharactersDoesNotDependOnChunking(): Unit = runBlocking<Unit> {
    checkAll(500, streams) { s ->
      val chars = String(s.bytes, Charsets.UTF_8)
      fun read(step: Int): List<Any> {
        val out = mutableListOf<Any>()
        val reader = small.newReader()
        try {
          for (i in chars.indices step step) {
            reader.feed(chars.subSequence(i, minOf(chars.length, i + step))) { out += it }
          }
          reader.finish { out += it }
        } catch (e: ReplySyntaxException) {
          out += "error at line ${e.lineNumber}: ${e.rule}"
        }
        return out
      }
      val whole = read(maxOf(1, chars.length))
      assertEquals(whole, read(1))
      assertEquals(whole, read(1 + s.chunks[0]))
    }
  }

  private val alphabet = "2501 -.\r\n\tax\u00a0\u0665\u0000é"

  private val noise: Arb<String> = arbitrary {
    val r = it.random
    when (r.nextInt(10)) {
      0 -> "250 " + "z".repeat(r.nextInt(5000)) // a huge line
      1 -> "250-a\r\n".repeat(r.nextInt(200)) // many lines
      else -> String(CharArray(r.nextInt(40)) { alphabet.random(r) })
    }
  }

  @Test
  fun arbitraryTextOnlyEverThrowsSyntaxExceptions(): Unit = runBlocking<Unit> {
    checkAll(3000, noise) { s ->
      for (parser in listOf(ReplyParser.defaults(), small)) {
        val reply =
          try {
            parser.parse(s)
          } catch (e: ReplySyntaxException) {
            assertTrue(e.lineNumber >= 1)
            assertNull(parser.parseOrNull(s))
            null
          }
        if (reply != null) {
          assertEquals(reply, parser.parseOrNull(s))
          assertTrue(reply.lines.size <= parser.maxLines)
          assertTrue(reply.lines.sumOf { it.length } <= parser.maxReplyLength)
        }
      }
    }
  }

  private fun parsed(s: String): Any =
    try {
      SmtpReply.parse(s)
    } catch (e: ReplySyntaxException) {
      "error at line ${e.lineNumber}: ${e.rule}"
    }

  @Test
  fun parseAndReaderAgreeOnOneReply(): Unit = runBlocking<Unit> {
    checkAll(3000, noise) { s ->
      val parsed = parsed(s)
      val read = events(ReplyParser.defaults(), s.toByteArray(), listOf(7))
      if (s.isEmpty() || s.endsWith("\n")) {
        val trailing = parsed is String && parsed.endsWith(ReplyAssembler.RULE_TRAILING)
        when {
          s.isEmpty() -> assertEquals(listOf<Any>("end"), read)
          trailing -> assertTrue(read[0] is SmtpReply) // a reader reads on where parse() stops
          parsed is SmtpReply -> assertEquals(listOf(parsed, "end"), read)
          else -> assertEquals(listOf(parsed), read)
        }
        return@checkAll
      }
      // The input ends inside a line. parse() reads it as if its line ending were there (a
      // convenience for literals; a lone CR is not a line ending)...
      if (!s.endsWith("\r")) assertEquals(parsed(s + "\r\n"), parsed)
      // ...while a reader reads up to the last LF as it reads that text alone, then calls the
      // rest cut off, unless it stopped earlier or the cut line is already too long.
      val head = s.substring(0, s.lastIndexOf('\n') + 1)
      val before = events(ReplyParser.defaults(), head.toByteArray(), listOf(7))
      val last = before.last()
      if (last is String && last != "end" && !last.endsWith(ReplyAssembler.RULE_INCOMPLETE)) {
        assertEquals(before, read)
        return@checkAll
      }
      val n = head.count { it == '\n' } + 1
      val tooLong = String.format(ReplyAssembler.RULE_LINE_TOO_LONG, ReplyParser.DEFAULT_MAX_LINE_LENGTH)
      assertEquals(before.dropLast(1), read.dropLast(1))
      assertTrue(read.last() in listOf("error at line $n: ${ReplyAssembler.RULE_CUT_OFF}", "error at line $n: $tooLong")) {
        "$read"
      }
    }
  }

  @Test
  fun arbitraryBytesOnlyEverThrowSyntaxExceptions(): Unit = runBlocking<Unit> {
    val bytes: Arb<ByteArray> = arbitrary {
      val r = it.random
      ByteArray(r.nextInt(600)) { (if (r.nextInt(3) == 0) "250- \r\n".random(r).code else r.nextInt(256)).toByte() }
    }
    checkAll(2000, bytes) { b ->
      val whole = events(small, b, listOf(maxOf(1, b.size)))
      assertEquals(whole, events(small, b, listOf(3, 1, 17)))
    }
  }
}
