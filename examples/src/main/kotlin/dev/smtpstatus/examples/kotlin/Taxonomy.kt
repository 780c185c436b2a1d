package dev.smtpstatus.examples.kotlin

import dev.smtpstatus.EnhancedStatusCode
import dev.smtpstatus.api.AddressingDetail
import dev.smtpstatus.api.Detail
import dev.smtpstatus.api.MailSystemDetail
import dev.smtpstatus.api.MailboxDetail
import dev.smtpstatus.api.MediaDetail
import dev.smtpstatus.api.OtherDetail
import dev.smtpstatus.api.ProtocolDetail
import dev.smtpstatus.api.RoutingDetail
import dev.smtpstatus.api.SecurityDetail
import dev.smtpstatus.api.StatusClass
import dev.smtpstatus.api.UnregisteredDetail

/** Who can fix what an enhanced status code reports, after the subject descriptions of RFC 3463 §3. */
enum class Party {
  /** Nobody: the status reports success. */
  NOBODY,
  /** The sender: a bad address, a message too big, content the receiver cannot take. */
  SENDER,
  /** The recipient: their mailbox is full, disabled or moved. */
  RECIPIENT,
  /** The administrator of the destination system (or of a relay on the way). */
  POSTMASTER,
  /** The sender and the receiver together: policy, security, protocol features. */
  BOTH,
}

/**
 * What a client should do about [statusClass]: an exhaustive `when` over the sealed [StatusClass],
 * with no `else`. A fourth class in a later version would make this file fail to compile.
 */
fun retryAdvice(statusClass: StatusClass): String =
  when (statusClass) {
    StatusClass.SUCCESS -> "nothing to do"
    StatusClass.PERSISTENT_TRANSIENT_FAILURE -> "keep the message queued and retry later"
    StatusClass.PERMANENT_FAILURE -> "do not resend as is: bounce it to the sender"
  }

/**
 * Who can fix the condition [status] reports: an exhaustive `when` over the sealed [Detail]
 * hierarchy (one enum per registered subject, and [UnregisteredDetail]), with an exhaustive `when`
 * over the constants of [MailboxDetail] inside. Neither needs an `else`.
 */
fun whoCanFix(status: EnhancedStatusCode): Party =
  if (status.isSuccess) Party.NOBODY else whoCanFix(status.detail)

private fun whoCanFix(detail: Detail): Party =
  when (detail) {
    is OtherDetail -> Party.POSTMASTER
    is AddressingDetail -> Party.SENDER
    is MailboxDetail ->
      when (detail) {
        MailboxDetail.OTHER_MAILBOX_STATUS -> Party.RECIPIENT
        MailboxDetail.MAILBOX_DISABLED -> Party.RECIPIENT
        MailboxDetail.MAILBOX_FULL -> Party.RECIPIENT
        MailboxDetail.MESSAGE_LENGTH_EXCEEDS_LIMIT -> Party.SENDER
        MailboxDetail.MAILING_LIST_EXPANSION_PROBLEM -> Party.POSTMASTER
      }
    is MailSystemDetail -> if (detail == MailSystemDetail.MESSAGE_TOO_BIG) Party.SENDER else Party.POSTMASTER
    is RoutingDetail -> Party.POSTMASTER
    is ProtocolDetail -> Party.BOTH
    is MediaDetail -> Party.SENDER
    is SecurityDetail -> Party.BOTH
    // RFC 3463 §2: a receiver reads an unregistered detail as X.s.0, or X.0.0.
    is UnregisteredDetail -> whoCanFix(detail.fallback)
  }

/** One line about [status]: class, who can fix it and what to do, e.g. for a full mailbox. */
fun explain(status: EnhancedStatusCode): String =
  "$status ${status.statusClass.title}: ${whoCanFix(status).name.lowercase()} can fix it;" +
    " ${retryAdvice(status.statusClass)}"
