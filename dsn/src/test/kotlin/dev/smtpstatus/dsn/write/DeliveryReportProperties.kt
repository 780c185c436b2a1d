package dev.smtpstatus.dsn.write

import dev.smtpstatus.EnhancedStatusCode
import dev.smtpstatus.ReplyCode
import dev.smtpstatus.SmtpReply
import dev.smtpstatus.dsn.Action
import dev.smtpstatus.dsn.BounceReader
import io.kotest.common.ExperimentalKotest
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.RandomSource
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.nio.charset.StandardCharsets
import java.time.Instant
import java.time.OffsetDateTime
import java.time.ZoneOffset

/**
 * What the writer builds, the reader reads back equal, and an independent MIME parser (Angus Mail)
 * accepts as a well-formed multipart/report: over generated reports with one to four recipients
 * of every action, with and without diagnostics (one to three lines, with and without an enhanced
 * code), optional fields, UTF-8 addresses and texts, and returned headers or messages.
 */
@OptIn(ExperimentalKotest::class)
class DeliveryReportProperties {
  private val localChars = ('a'..'z') + ('0'..'9') + listOf('.', '_', '+', '-', '=', '\'', '!', '#')
  private val wordChars =
    ('a'..'z') + ('A'..'Z') + listOf('.', ',', ':', '<', '>', '@', '/', '(', ')', '\'', '"', ';', '=', '?', '!', '-')
  private val unicode = listOf("é", "ü", "用", "户", "ß", "я", "€", "😀")

  private fun RandomSource.pick(chars: List<Char>, min: Int, max: Int): String {
    val n = min + random.nextInt(max - min + 1)
    return (1..n).map { chars[random.nextInt(chars.size)] }.joinToString("")
  }

  private fun RandomSource.chance(percent: Int): Boolean = random.nextInt(100) < percent

  private fun RandomSource.word(utf8: Boolean): String {
    val w = pick(wordChars, 1, 8)
    return if (utf8 && chance(30)) w + unicode[random.nextInt(unicode.size)] else w
  }

  private fun RandomSource.words(utf8: Boolean, min: Int, max: Int): String =
    (1..(min + random.nextInt(max - min + 1))).joinToString(" ") { word(utf8) }

  private fun RandomSource.host(): String =
    (1..(1 + random.nextInt(3))).joinToString(".") { pick(('a'..'z') + ('0'..'9'), 1, 10) } + ".example"

  private fun RandomSource.address(utf8: Boolean): String {
    val local = pick(localChars, 1, 12) + if (utf8 && chance(40)) unicode[random.nextInt(unicode.size)] else ""
    return local + "@" + host()
  }

  private fun RandomSource.date(): OffsetDateTime =
    OffsetDateTime.ofInstant(
      Instant.ofEpochSecond(946_684_800L + random.nextLong(4_000_000_000L)),
      if (chance(50)) ZoneOffset.UTC else ZoneOffset.ofTotalSeconds((random.nextInt(105) - 48) * 15 * 60),
    )

  private val codes = mapOf(5 to listOf(550, 551, 552, 553, 554), 4 to listOf(450, 451, 452), 2 to listOf(250, 251))

  private fun RandomSource.recipient(utf8: Boolean): ReportRecipient {
    val cls = listOf(2, 4, 5)[random.nextInt(3)]
    val action =
      when (cls) {
        5 -> Action.FAILED
        4 -> Action.DELAYED
        else -> listOf(Action.DELIVERED, Action.RELAYED, Action.EXPANDED)[random.nextInt(3)]
      }
    val status = EnhancedStatusCode.of(cls, random.nextInt(8), random.nextInt(10))
    var r = ReportRecipient.of(address(utf8), action, status)
    if (chance(60)) {
      val code = codes.getValue(cls).let { it[random.nextInt(it.size)] }
      val lines = (1..(1 + random.nextInt(3))).map { words(utf8, 1, 12) }
      val reply = SmtpReply.of(ReplyCode.of(code), if (chance(70)) status else null, lines)
      r = r.withDiagnostic(reply)
    }
    if (chance(30)) r = r.withOriginalRecipient(address(utf8))
    if (chance(40)) r = r.withRemoteMta(host())
    if (chance(40)) r = r.withLastAttemptDate(date())
    if (chance(20)) r = r.withWillRetryUntil(date())
    if (chance(20)) r = r.withFinalLogId(words(utf8, 1, 3))
    return r
  }

  private val reports: Arb<DeliveryReport> =
    arbitrary { rs ->
      val utf8 = rs.chance(30)
      var d = DeliveryReport.of(rs.host(), "postmaster@" + rs.host(), rs.address(false))
      repeat(1 + rs.random.nextInt(4)) { d = d.withRecipient(rs.recipient(utf8)) }
      if (rs.chance(30)) d = d.withOriginalEnvelopeId(rs.pick(('!'..'~').toList(), 1, 40))
      if (rs.chance(30)) d = d.withArrivalDate(rs.date())
      if (rs.chance(30)) d = d.withReceivedFromMta(rs.host())
      if (rs.chance(20)) d = d.withSubject(rs.words(utf8, 1, 20))
      if (rs.chance(20)) d = d.withText((1..3).joinToString("\n") { rs.words(utf8, 0 + 1, 40) })
      val original =
        ("From: " + rs.address(false) + "\nSubject: " + rs.words(utf8, 1, 10) + "\n\n" + rs.words(utf8, 1, 30) + "\n")
          .toByteArray(StandardCharsets.UTF_8)
      when (rs.random.nextInt(3)) {
        0 -> d = d.withReturnedHeaders(original)
        1 -> d = d.withReturnedMessage(original)
        else -> {}
      }
      d
    }

  @Test
  fun `the reader reads back what the writer writes, and Angus Mail finds it well-formed`() = runBlocking<Unit> {
    checkAll(300, PropTestConfig(seed = 6533L), reports) { report ->
      val bytes = report.toBytes()
      val types = MimeCheck.partTypes(bytes)
      assertEquals(
        if (report.isGlobal) "message/global-delivery-status" else "message/delivery-status",
        types[1],
      )
      val back = BounceReader.defaults().read(bytes)
      assertEquals("rfc3464", back.format)
      val status = back.deliveryStatus!!
      assertEquals(report.messageFields, status.messageFields)
      assertEquals(report.recipients.size, back.recipients.size)
      for ((written, read) in report.recipients.zip(back.recipients)) {
        val fields = read.fields!!
        assertEquals(written.toFields(), fields.fields)
        assertEquals(written.address, read.recipient)
        assertEquals(written.action, read.action)
        assertEquals(written.status, fields.status)
        assertEquals(written.diagnostic, read.reply)
        assertEquals(written.originalRecipient, fields.originalRecipient)
        assertEquals(written.remoteMta, fields.remoteMta?.text)
        assertEquals(written.lastAttemptDate, fields.lastAttemptDate)
        assertEquals(written.willRetryUntil, fields.willRetryUntil)
        assertEquals(written.finalLogId, fields.finalLogId)
        // No consistency finding: the writer refuses those.
        assertEquals(written.findings, read.findings)
      }
    }
  }
}
