package dev.smtpstatus.dsn

import io.kotest.common.ExperimentalKotest
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.io.ByteArrayInputStream
import java.io.InputStream

/**
 * Reading never throws anything but the documented UnreadableMessageException, for any bytes:
 * random ones, truncations and byte flips of the corpus, and the corpus fed through streams that
 * return it in random chunks (which must give the same result as the whole array).
 */
@OptIn(ExperimentalKotest::class)
class BounceReaderProperties {
  private val corpus: List<ByteArray> =
    CorpusTest.expected().keys.flatMap { f ->
      CorpusTest.LineEnd.values().map { CorpusTest.withLineEnds(CorpusTest.resource(f), it) }
    }

  private val small = BounceReader.builder().setMaxDepth(4).setMaxRecipients(3).build()

  private fun readOrUnreadable(reader: BounceReader, bytes: ByteArray): Bounce? =
    try {
      reader.read(bytes)
    } catch (e: UnreadableMessageException) {
      null
    }

  @Test
  fun `any bytes give a result or UnreadableMessageException`() = runBlocking<Unit> {
    checkAll(500, PropTestConfig(seed = 3464L), Arb.byteArray(Arb.int(0..600), Arb.byte())) { bytes ->
      readOrUnreadable(BounceReader.defaults(), bytes)
      readOrUnreadable(small, bytes)
    }
  }

  @Test
  fun `truncations and byte flips of the corpus give a result or UnreadableMessageException`() =
    runBlocking<Unit> {
      val arb =
        Arb.bind(Arb.element(corpus), Arb.int(0..100_000), Arb.list(Arb.int(0..100_000), 0..4), Arb.byte()) {
          msg, cut, flips, b ->
          val out = msg.copyOf(cut % (msg.size + 1))
          for (f in flips) if (out.isNotEmpty()) out[f % out.size] = b
          out
        }
      checkAll(1000, PropTestConfig(seed = 6522L), arb) { bytes ->
        readOrUnreadable(BounceReader.defaults(), bytes)
        readOrUnreadable(small, bytes)
      }
    }

  /** An InputStream that returns at most the next chunk size per read. */
  private class Chunked(private val data: ByteArray, private val chunks: List<Int>) : InputStream() {
    private var pos = 0
    private var i = 0

    override fun read(): Int = if (pos < data.size) data[pos++].toInt() and 0xff else -1

    override fun read(b: ByteArray, off: Int, len: Int): Int {
      if (pos >= data.size) return -1
      val n = minOf(len, chunks[i++ % chunks.size], data.size - pos)
      System.arraycopy(data, pos, b, off, n)
      pos += n
      return n
    }
  }

  @Test
  fun `re-chunked streams read like the whole message`() = runBlocking<Unit> {
    checkAll(200, PropTestConfig(seed = 6533L), Arb.element(corpus), Arb.list(Arb.int(1..64), 1..8)) { msg, chunks ->
      val whole = BounceReader.defaults().read(msg)
      val streamed = BounceReader.defaults().read(Chunked(msg, chunks))
      assertEquals(whole, streamed)
      assertEquals(whole, BounceReader.defaults().read(ByteArrayInputStream(msg)))
    }
  }
}
