package dev.smtpstatus.examples.kotlin

import dev.smtpstatus.EnhancedStatusCode
import dev.smtpstatus.SmtpReply
import dev.smtpstatus.api.Replies
import dev.smtpstatus.api.UnregisteredDetail
import dev.smtpstatus.examples.server.MailboxStore
import dev.smtpstatus.examples.server.ReplyRejection
import dev.smtpstatus.testkit.kotest.incompatiblePair
import dev.smtpstatus.testkit.kotest.smtpReply
import dev.smtpstatus.testkit.kotest.component1
import dev.smtpstatus.testkit.kotest.component2
import dev.smtpstatus.testkit.kotest.enhancedStatusCode
import io.kotest.property.Arb
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.stringPattern
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * Properties of the Kotlin handler: whatever it is asked, it answers only with replies its [Replies]
 * annotations declare (so the processor checked them), and its advice covers every status the
 * testkit can generate.
 */
class KotlinHandlerProperties {

  private fun declared(name: String): Set<String> =
    KotlinInboundHandler::class.java.declaredMethods
      .filter { it.name == name }
      .flatMap { m -> m.getAnnotationsByType(Replies::class.java).map { "${it.code} ${it.status}" } }
      .toSet()

  private fun SmtpReply.pair() = "$code $status"

  private fun store(): MailboxStore = MailboxStore.demo().apply { add("erin", 0) }

  private val localParts = Arb.stringPattern("[a-z.]{0,8}")
  private val knownNames = Arb.element("alice", "carol", "dave", "erin", "nobody")
  private val domains =
    Arb.element("example.test", "EXAMPLE.test", "elsewhere.example", "example.test.evil", "")

  /** Addresses at the store's mailboxes, at random local parts, in and out of its domain. */
  private val addresses = arbitrary { rs ->
    val name = if (rs.random.nextBoolean()) knownNames.bind() else localParts.bind()
    "$name@${domains.bind()}"
  }

  @Test
  fun `every recipient verdict is accepted or a declared reply`() = runBlocking<Unit> {
    val declared = declared("checkRecipient")
    assertEquals(setOf("550 5.1.1", "452 4.2.2", "550 5.7.1"), declared)
    val store = store()
    checkAll(addresses) { address ->
      when (val verdict = KotlinInboundHandler(store).checkRecipient(address)) {
        is RecipientVerdict.Accept -> {
          assertTrue(store.isLocal(address) && !verdict.mailbox.isFull, address)
        }
        is RecipientVerdict.Refuse -> {
          assertTrue(verdict.reply.pair() in declared, "${verdict.reply} for $address")
          assertTrue(verdict.reply.isTransient == (verdict.reply.code.value == 452))
        }
      }
    }
  }

  @Test
  fun `every message verdict is a declared reply, and only oversize is permanent`() =
    runBlocking<Unit> {
      val declared = declared("checkMessage")
      assertEquals(setOf("250 2.0.0", "552 5.3.4", "451 4.3.0"), declared)
      val store = store()
      val mailboxes = listOf("alice", "dave", "erin").map { store.find("$it@example.test")!! }
      checkAll(Arb.long(0L..3L * store.maxMessageSize), Arb.list(Arb.element(mailboxes), 0..3)) {
        size,
        recipients ->
        val reply = KotlinInboundHandler(store).checkMessage(size, recipients)
        assertTrue(reply.pair() in declared, "$reply for $size bytes to $recipients")
        assertEquals(size > store.maxMessageSize, reply.isPermanent, "$reply for $size bytes")
      }
    }

  @Test
  fun `who can fix it is answered for every status, without else`() = runBlocking<Unit> {
    checkAll(Arb.enhancedStatusCode()) { status ->
      val party = whoCanFix(status)
      assertEquals(status.isSuccess, party == Party.NOBODY, "$status -> $party")
      val detail = status.detail
      if (detail is UnregisteredDetail && !status.isSuccess) {
        // RFC 3463 §2: an unregistered detail is read as its fallback.
        assertEquals(
          whoCanFix(EnhancedStatusCode.of(status.statusClass, detail.fallback)), party, "$status")
      }
      assertTrue(explain(status).endsWith(retryAdvice(status.statusClass)), explain(status))
    }
  }

  @Test
  fun `every refusal the adapter sends reads back as the same reply`() = runBlocking<Unit> {
    checkAll(Arb.smtpReply()) { reply ->
      if (reply.isTransient || reply.isPermanent) {
        val wire = ReplyRejection(reply).errorResponse + "\r\n"
        assertEquals(reply, SmtpReply.parse(wire), wire)
      }
    }
  }

  @Test
  fun `a handler cannot build a mismatched pair at run time`() = runBlocking<Unit> {
    checkAll(Arb.incompatiblePair()) { (code, status) ->
      assertThrows(IllegalArgumentException::class.java) { SmtpReply.of(code, status, listOf()) }
    }
  }
}
