package dev.smtpstatus.examples.kotlin

import dev.smtpstatus.SmtpReply
import dev.smtpstatus.api.Replies
import dev.smtpstatus.api.RepliesTo
import dev.smtpstatus.api.SmtpCommand
import dev.smtpstatus.examples.server.AcceptedData
import dev.smtpstatus.examples.server.Mailbox
import dev.smtpstatus.examples.server.MailboxStore
import dev.smtpstatus.examples.server.ReplyRejection
import java.io.InputStream
import java.io.OutputStream
import org.subethamail.smtp.MessageHandler

/** What the handler decides about one recipient: take it, or refuse it with a reply. */
sealed interface RecipientVerdict {
  /** The recipient's mailbox takes the message. */
  data class Accept(val mailbox: Mailbox) : RecipientVerdict

  /** The server refuses the recipient with [reply]. */
  data class Refuse(val reply: SmtpReply) : RecipientVerdict
}

/**
 * The example server's mail transaction handler in Kotlin: the decisions are plain functions that
 * return typed replies, each function declares the replies it builds with [Replies], and kapt runs
 * smtp-status's processor over those declarations when this file compiles.
 *
 * ```
 * ExampleSmtpServer.start { KotlinInboundHandler(store) }
 * ```
 */
class KotlinInboundHandler(private val store: MailboxStore) : MessageHandler {
  private val accepted = mutableListOf<Mailbox>()
  private var sender: String = ""

  /**
   * Decides about one recipient: a local mailbox with room is accepted; an unknown mailbox, a full
   * one (for now) and an address the server would have to relay to are refused.
   */
  @RepliesTo(SmtpCommand.RCPT)
  @Replies(code = 550, status = "5.1.1") // bad destination mailbox address
  @Replies(code = 452, status = "4.2.2") // mailbox full: may succeed later
  @Replies(code = 550, status = "5.7.1") // delivery not authorized: we do not relay
  fun checkRecipient(recipient: String): RecipientVerdict {
    if (!store.isLocal(recipient)) {
      return RecipientVerdict.Refuse(
        SmtpReply.of(550, "5.7.1", "Relaying denied: ${store.domain} only")
      )
    }
    val mailbox =
      store.find(recipient)
        ?: return RecipientVerdict.Refuse(SmtpReply.of(550, "5.1.1", "No such mailbox: $recipient"))
    return if (mailbox.isFull) {
      RecipientVerdict.Refuse(SmtpReply.of(452, "4.2.2", "Mailbox full, over quota: try again later"))
    } else {
      RecipientVerdict.Accept(mailbox)
    }
  }

  /**
   * Decides about a message of [size] bytes for [recipients]: too big is refused for good, a locked
   * mailbox makes the client come back later, and otherwise the message is queued.
   */
  @RepliesTo(SmtpCommand.DATA)
  @Replies(code = 250, status = "2.0.0") // message accepted
  @Replies(code = 552, status = "5.3.4") // message too big for system
  @Replies(code = 451, status = "4.3.0") // mail system busy: try again later
  fun checkMessage(size: Long, recipients: List<Mailbox>): SmtpReply =
    when {
      size > store.maxMessageSize ->
        SmtpReply.of(552, "5.3.4", "Message too big: the limit is ${store.maxMessageSize} bytes")
      recipients.any { it.isLocked } -> SmtpReply.of(451, "4.3.0", "Mail store busy, try again later")
      else -> SmtpReply.of(250, "2.0.0", "Message queued, from <$sender>")
    }

  override fun from(from: String) {
    sender = from
  }

  override fun recipient(recipient: String) {
    when (val verdict = checkRecipient(recipient)) {
      is RecipientVerdict.Accept -> accepted += verdict.mailbox
      is RecipientVerdict.Refuse -> throw ReplyRejection(verdict.reply)
    }
  }

  override fun data(data: InputStream): String {
    val message = data.readNBytes(store.maxMessageSize)
    // Read to the end even when refusing: SubEthaSMTP drains the message only after we return.
    val size = message.size + data.transferTo(OutputStream.nullOutputStream())
    val reply = checkMessage(size, accepted)
    if (!reply.isPositive) {
      throw ReplyRejection(reply)
    }
    accepted.forEach { it.deliver(message) }
    return AcceptedData.response(reply)
  }

  override fun done() {
    accepted.clear()
  }
}
