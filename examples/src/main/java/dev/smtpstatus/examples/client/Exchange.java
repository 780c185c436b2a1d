package dev.smtpstatus.examples.client;

import dev.smtpstatus.SmtpReply;
import java.util.Objects;

/** One step of a conversation: what the client sent and the reply it got. */
public final class Exchange {
  private final String sent;
  private final SmtpReply reply;

  /** Creates a step; {@code sent} is a command line, or a note such as {@code "(connect)"}. */
  public Exchange(String sent, SmtpReply reply) {
    this.sent = Objects.requireNonNull(sent, "sent == null");
    this.reply = Objects.requireNonNull(reply, "reply == null");
  }

  /**
   * The command line sent, or a note such as {@code "(connect)"} or {@code "(message, 42 bytes)"}.
   */
  public String getSent() {
    return sent;
  }

  /** The reply the server sent back. */
  public SmtpReply getReply() {
    return reply;
  }

  /** What the reply means and whether a retry can help. */
  public ReplyMeaning getMeaning() {
    return ReplyMeaning.of(reply);
  }

  @Override
  public String toString() {
    return sent + " -> " + reply;
  }
}
