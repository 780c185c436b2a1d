package dev.smtpstatus

import io.kotest.property.Arb
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import kotlin.random.Random

/**
 * The fast paths of the parser and the reader (a `String` searched with `indexOf`; whole ASCII
 * lines read in place, ASCII runs kept as bytes, eight bytes looked at a time) against the general
 * paths they shortcut (any `CharSequence`; every byte through the UTF-8 decoder): on random input,
 * both give the same replies, the same errors with the same messages, and the same state after
 * every chunk. No fast path may accept what the general path refuses (issue 11).
 */
class FastPathProperties {

  private val small =
    ReplyParser.builder().setMaxLineLength(510).setMaxLines(4).setMaxReplyLength(1000).build()

  /** Pieces that reach every branch: line ends, CR alone, UTF-8 whole and cut, codes, statuses. */
  private val pieces =
    listOf(
      "250 ", "250-", "550 5.1.1 ", "452-4.2.2 ", "250", "25", "2", " ", "-", "a", "ok", "2.0.0",
      "5.01.1", "\r\n", "\n", "\r", "\r\r\n", "\t", "\u0000", "é", "\u20ac", "\ud83d\udce7",
      "\u0665", "x".repeat(8), "y".repeat(100),
    )

  private val words =
    listOf("a", "ok", " ", "\t", "é", "\u20ac", "\ud83d\udce7", "2.0.0", "5.01.1", "<x@y.z>", "y".repeat(60))

  /** Replies as servers send them (mostly well formed), now and then with a piece of noise. */
  private fun replies(r: Random): String {
    val b = StringBuilder()
    repeat(1 + r.nextInt(8)) {
      val code = listOf("250", "550", "452", "220", "354").random(r)
      val n = 1 + r.nextInt(4)
      for (l in 1..n) {
        b.append(code).append(if (l < n) '-' else ' ')
        if (r.nextBoolean()) b.append("5.1.1 ")
        repeat(r.nextInt(8)) { b.append(words.random(r)) }
        if (r.nextInt(25) == 0) b.append(pieces.random(r))
        b.append(if (r.nextInt(3) == 0) "\n" else "\r\n")
      }
    }
    return b.toString()
  }

  private fun text(r: Random): String {
    if (r.nextInt(3) != 0) return replies(r)
    val b = StringBuilder()
    repeat(r.nextInt(40)) {
      when (r.nextInt(30)) {
        0 -> b.append("z".repeat(490 + r.nextInt(40))) // about the 510-character limit
        1 -> b.append(SmtpReply.of(250, "2.0.0", "a", "b").format())
        else -> b.append(pieces.random(r))
      }
    }
    return b.toString()
  }

  /** Bytes of text, with now and then a byte that is not UTF-8 or a multi-byte sequence cut. */
  private fun bytes(r: Random): ByteArray {
    val out = java.io.ByteArrayOutputStream()
    for (b in text(r).toByteArray()) {
      out.write(b.toInt())
      when (r.nextInt(60)) {
        0 -> out.write(0xff)
        1 -> out.write(0xe2) // a three-byte sequence begun, and cut by what follows
        2 -> out.write(0x80)
      }
    }
    return out.toByteArray()
  }

  private class Input(val bytes: ByteArray, val chunks: List<Int>) {
    override fun toString() =
      "Input(${String(bytes, Charsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n")}, chunks=$chunks)"
  }

  private val inputs: Arb<Input> = arbitrary {
    val r = it.random
    Input(bytes(r), List(1 + r.nextInt(4)) { 1 + r.nextInt(if (r.nextBoolean()) 16 else 700) })
  }

  /** Every reply, the error message, and the reader's state after each chunk read without error. */
  private fun events(reader: ReplyReader, input: Input): List<Any> {
    val out = mutableListOf<Any>()
    try {
      var i = 0
      var k = 0
      while (i < input.bytes.size) {
        val n = minOf(input.chunks[k++ % input.chunks.size], input.bytes.size - i)
        reader.feed(input.bytes, i, n) { out += it }
        out += "pending ${reader.pendingLength}, inside ${reader.isInsideReply}"
        i += n
      }
      reader.finish { out += it }
      out += "end"
    } catch (e: ReplySyntaxException) {
      // What stays pending after an error is not specified (a whole line read in place leaves
      // nothing); ReplyProperties checks its bound.
      out += "error: ${e.message} (index ${e.index})"
    }
    return out
  }

  @Test
  fun readerFastPathsAgreeWithTheByteByByteReader(): Unit = runBlocking<Unit> {
    checkAll(1500, inputs) { input ->
      for (parser in listOf(ReplyParser.defaults(), small)) {
        assertEquals(events(ReplyReader(parser.limits(), false), input), events(ReplyReader(parser.limits(), true), input)) {
          input.toString()
        }
      }
    }
  }

  /**
   * ASCII replies as a session brings them, now and then with a lone CR or an over-long line, cut
   * into many small chunks: most lines are then read in pieces kept as bytes (a CR noted as it
   * comes), where a chunk can end right after a CR, inside a code or inside a status.
   */
  private val asciiSessions: Arb<Input> = arbitrary {
    val r = it.random
    val b = StringBuilder()
    repeat(1 + r.nextInt(12)) {
      val code = listOf("220", "250", "354", "550", "221").random(r)
      val n = 1 + r.nextInt(5)
      for (l in 1..n) {
        b.append(code).append(if (l < n) '-' else ' ')
        when (r.nextInt(4)) {
          0 -> b.append("5.1.1 ")
          1 -> b.append("2.0.0 ")
          else -> {}
        }
        repeat(r.nextInt(10)) { b.append(listOf("ok", " ", "<a@b.c>", "x".repeat(20), "5.01.1").random(r)) }
        when (r.nextInt(40)) {
          0 -> b.append('\r') // a CR that no LF follows: refused at the LF, whole or in pieces
          1 -> b.append("y".repeat(505 + r.nextInt(10))) // about the limit of `small`
          else -> {}
        }
        b.append(if (r.nextInt(4) == 0) "\n" else "\r\n")
      }
    }
    Input(b.toString().toByteArray(Charsets.US_ASCII), List(1 + r.nextInt(30)) { 1 + r.nextInt(80) })
  }

  @Test
  fun readerFastPathsAgreeOnAsciiSessionsInSmallChunks(): Unit = runBlocking<Unit> {
    checkAll(1500, asciiSessions) { input ->
      for (parser in listOf(ReplyParser.defaults(), small)) {
        assertEquals(events(ReplyReader(parser.limits(), false), input), events(ReplyReader(parser.limits(), true), input)) {
          input.toString()
        }
      }
    }
  }

  private fun parsed(parser: ReplyParser, s: CharSequence): Any =
    try {
      parser.parse(s)
    } catch (e: ReplySyntaxException) {
      "error: ${e.message} (index ${e.index})"
    }

  @Test
  fun parseOfAStringAgreesWithParseOfAnyText(): Unit = runBlocking<Unit> {
    checkAll(3000, arbitrary { text(it.random) }) { s ->
      for (parser in listOf(ReplyParser.defaults(), small)) {
        val general = parsed(parser, StringBuilder(s))
        assertEquals(general, parsed(parser, s)) { s }
        assertEquals(general is SmtpReply, parser.parseOrNull(s) != null) { s }
      }
    }
  }
}
