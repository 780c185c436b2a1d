package dev.smtpstatus

import dev.smtpstatus.api.AddressingDetail
import dev.smtpstatus.api.Detail
import dev.smtpstatus.api.MailSystemDetail
import dev.smtpstatus.api.MailboxDetail
import dev.smtpstatus.api.MediaDetail
import dev.smtpstatus.api.OtherDetail
import dev.smtpstatus.api.ProtocolDetail
import dev.smtpstatus.api.RegisteredSubject
import dev.smtpstatus.api.RoutingDetail
import dev.smtpstatus.api.SecurityDetail
import dev.smtpstatus.api.StatusClass
import dev.smtpstatus.api.Subject
import dev.smtpstatus.api.UnregisteredDetail
import dev.smtpstatus.api.UnregisteredSubject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * Compiles only if Kotlin sees the taxonomy as sealed (every `when` below has no `else`), reads
 * accessors as properties and sees JSpecify nullness (the module compiles tests with
 * -Xnullability-annotations=@org.jspecify.annotations:strict, so a missing `?` is an error).
 */
class KotlinInteropTest {

  private fun subjectOf(detail: Detail): String = when (detail) {
    is OtherDetail -> "other"
    is AddressingDetail -> "addressing"
    is MailboxDetail -> "mailbox"
    is MailSystemDetail -> "mail system"
    is RoutingDetail -> "routing"
    is ProtocolDetail -> "protocol"
    is MediaDetail -> "media"
    is SecurityDetail -> "security"
    is UnregisteredDetail -> "unregistered"
  }

  private fun retry(c: StatusClass): Boolean = when (c) {
    StatusClass.SUCCESS -> false
    StatusClass.PERSISTENT_TRANSIENT_FAILURE -> true
    StatusClass.PERMANENT_FAILURE -> false
  }

  private fun number(s: Subject): Int = when (s) {
    is RegisteredSubject -> s.ordinal
    is UnregisteredSubject -> s.number
  }

  private fun mailboxAdvice(d: MailboxDetail): String = when (d) {
    MailboxDetail.OTHER_MAILBOX_STATUS -> "?"
    MailboxDetail.MAILBOX_DISABLED -> "disabled"
    MailboxDetail.MAILBOX_FULL -> "full"
    MailboxDetail.MESSAGE_LENGTH_EXCEEDS_LIMIT -> "too long"
    MailboxDetail.MAILING_LIST_EXPANSION_PROBLEM -> "list"
  }

  @Test
  fun `properties, operators and exhaustive when`() {
    val status = EnhancedStatusCode.parse("4.2.2")
    assertEquals(StatusClass.PERSISTENT_TRANSIENT_FAILURE, status.statusClass)
    assertTrue(status.isTransient)
    assertTrue(retry(status.statusClass))
    assertEquals("mailbox", subjectOf(status.detail))
    assertEquals(2, number(status.subject))
    assertEquals("full", mailboxAdvice(MailboxDetail.MAILBOX_FULL))
    assertEquals("unregistered", subjectOf(EnhancedStatusCode.parse("5.9.9").detail))

    val registry = StatusCodeRegistry.iana()
    val entry: RegistryEntry? = registry[status]
    assertEquals("Mailbox full", entry?.title)
    assertTrue(status in registry)
    assertFalse(EnhancedStatusCode.parse("5.1.99") in registry)
    assertTrue("X.7.28" in registry)

    val code = ReplyCode.of(452)
    val statusClass: StatusClass? = code.statusClass
    assertEquals(StatusClass.PERSISTENT_TRANSIENT_FAILURE, statusClass)
    assertNull(ReplyCode.of(354).statusClass)
    assertNull(EnhancedStatusCode.parseOrNull("5.01.1"))
    assertEquals(listOf<Finding>(), Compatibility.check(code, status))
  }
}
