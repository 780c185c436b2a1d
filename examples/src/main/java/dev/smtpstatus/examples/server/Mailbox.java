package dev.smtpstatus.examples.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A mailbox of the example {@link MailboxStore}: a quota in bytes, the bytes in use, the messages
 * delivered, and whether another process holds its lock (a delivery must then wait).
 *
 * <p>Thread-safe: the server delivers from one thread per connection.
 */
public final class Mailbox {
  private final String name;
  private final long quota;
  private long used;
  private boolean locked;
  private final List<byte[]> messages = new ArrayList<>();

  Mailbox(String name, long quota) {
    this.name = Objects.requireNonNull(name, "name == null");
    if (quota < 0) {
      throw new IllegalArgumentException("quota " + quota + " < 0");
    }
    this.quota = quota;
  }

  /** The local part of the address, e.g. {@code alice}. */
  public String getName() {
    return name;
  }

  /** The quota in bytes. */
  public long getQuota() {
    return quota;
  }

  /** The bytes in use. */
  public synchronized long getUsed() {
    return used;
  }

  /** True if the mailbox holds as many bytes as its quota allows: it takes no more mail. */
  public synchronized boolean isFull() {
    return used >= quota;
  }

  /** True while another process holds the mailbox's lock (say, an import or a migration). */
  public synchronized boolean isLocked() {
    return locked;
  }

  /** Takes or releases the lock that makes deliveries wait; returns this mailbox. */
  public synchronized Mailbox setLocked(boolean locked) {
    this.locked = locked;
    return this;
  }

  /** Marks the whole quota as used; returns this mailbox. */
  public synchronized Mailbox fill() {
    used = quota;
    return this;
  }

  /** The messages delivered so far, oldest first. */
  public synchronized List<byte[]> getMessages() {
    return List.copyOf(messages);
  }

  /**
   * Stores a message.
   *
   * @throws IllegalStateException if the mailbox is locked
   */
  public synchronized void deliver(byte[] message) {
    Objects.requireNonNull(message, "message == null");
    if (locked) {
      throw new IllegalStateException("mailbox " + name + " is locked");
    }
    messages.add(message.clone());
    used += message.length;
  }

  @Override
  public String toString() {
    return "Mailbox["
        + name
        + ", "
        + getUsed()
        + "/"
        + quota
        + (isLocked() ? ", locked" : "")
        + "]";
  }
}
