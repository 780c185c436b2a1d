package dev.smtpstatus.examples.server;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.api.Replies;
import dev.smtpstatus.api.RepliesTo;
import dev.smtpstatus.api.SmtpCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.subethamail.smtp.MessageHandler;

/**
 * The example server's mail transaction handler, in Java: every reply it sends is an {@link
 * SmtpReply} built next to an {@link Replies} annotation that declares it, each handler method
 * names the command it answers with {@link RepliesTo}, and the annotation processor checks at
 * compile time each declared pair, each pair against the command (RFC 5321 §4.3.2), and, under
 * javac, that the replies a method builds are the ones it declares.
 *
 * <p>SubEthaSMTP answers an accepted {@code MAIL FROM} and {@code RCPT TO} with its own fixed
 * {@code 250 Ok}; the handler speaks for refusals there, and for both outcomes of DATA (see
 * docs/decisions/0400-examples-on-subethasmtp.md).
 */
public final class InboundHandler implements MessageHandler {
  private final MailboxStore store;
  private final List<Mailbox> recipients = new ArrayList<>();
  private @Nullable String sender;

  /** Creates the handler of one mail transaction. */
  public InboundHandler(MailboxStore store) {
    this.store = Objects.requireNonNull(store, "store == null");
  }

  @Override
  public void from(String from) {
    sender = from;
  }

  /**
   * Accepts a local mailbox that has room; refuses unknown mailboxes, full ones (for now) and
   * addresses the server would have to relay.
   */
  @Override
  @RepliesTo(SmtpCommand.RCPT)
  @Replies(code = 550, status = "5.1.1") // bad destination mailbox address
  @Replies(code = 452, status = "4.2.2") // mailbox full: may succeed later
  @Replies(code = 550, status = "5.7.1") // delivery not authorized: we do not relay
  public void recipient(String recipient) throws ReplyRejection {
    if (!store.isLocal(recipient)) {
      throw new ReplyRejection(
          SmtpReply.of(550, "5.7.1", "Relaying denied: " + store.getDomain() + " only"));
    }
    Mailbox mailbox = store.find(recipient);
    if (mailbox == null) {
      throw new ReplyRejection(SmtpReply.of(550, "5.1.1", "No such mailbox: " + recipient));
    }
    if (mailbox.isFull()) {
      throw new ReplyRejection(
          SmtpReply.of(452, "4.2.2", "Mailbox full, over quota: try again later"));
    }
    recipients.add(mailbox);
  }

  /**
   * Reads the message and delivers it to every accepted recipient; refuses a message over the size
   * limit, and asks the client to come back later while a mailbox is locked.
   */
  @Override
  @RepliesTo(SmtpCommand.DATA)
  @Replies(code = 250, status = "2.0.0") // message accepted
  @Replies(code = 552, status = "5.3.4") // message too big for system
  @Replies(code = 451, status = "4.3.0") // mail system busy: try again later
  public String data(InputStream data) throws ReplyRejection, IOException {
    byte[] message = data.readNBytes(store.getMaxMessageSize());
    // Read to the end even when refusing: SubEthaSMTP drains the message only after a handler
    // returns, so a message left half-read here would be taken for commands.
    long more = data.transferTo(OutputStream.nullOutputStream());
    if (more > 0) {
      throw new ReplyRejection(
          SmtpReply.of(
              552,
              "5.3.4",
              "Message too big: the limit is " + store.getMaxMessageSize() + " bytes"));
    }
    for (Mailbox mailbox : recipients) {
      if (mailbox.isLocked()) {
        throw new ReplyRejection(SmtpReply.of(451, "4.3.0", "Mail store busy, try again later"));
      }
    }
    for (Mailbox mailbox : recipients) {
      mailbox.deliver(message);
    }
    return AcceptedData.response(
        SmtpReply.of(250, "2.0.0", "Message queued, from <" + sender + ">"));
  }

  @Override
  public void done() {
    recipients.clear();
  }
}
