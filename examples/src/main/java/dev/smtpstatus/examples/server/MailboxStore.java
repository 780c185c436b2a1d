package dev.smtpstatus.examples.server;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The mail store behind the example server: one local domain, its mailboxes, and the largest
 * message it takes. It knows facts (does the mailbox exist, is it full, is the domain ours); the
 * handlers turn those facts into replies.
 *
 * <pre>{@code
 * MailboxStore store = new MailboxStore("example.test", 10_000);
 * store.add("alice", 1_000_000);
 * store.add("carol", 1_000).fill();          // over quota
 * store.add("dave", 1_000_000).setLocked(true);  // busy: deliveries must wait
 * }</pre>
 */
public final class MailboxStore {
  private final String domain;
  private final int maxMessageSize;
  private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param domain the one domain the server delivers to; mail for any other domain would have to be
   *     relayed, which the server refuses
   * @param maxMessageSize the largest message in bytes the server takes
   */
  public MailboxStore(String domain, int maxMessageSize) {
    this.domain = Objects.requireNonNull(domain, "domain == null").toLowerCase(Locale.ROOT);
    if (maxMessageSize <= 0) {
      throw new IllegalArgumentException("maxMessageSize " + maxMessageSize + " <= 0");
    }
    this.maxMessageSize = maxMessageSize;
  }

  /** The store with the mailboxes the demo talks to: alice, carol (full) and dave (locked). */
  public static MailboxStore demo() {
    MailboxStore store = new MailboxStore("example.test", 4096);
    store.add("alice", 1_000_000);
    store.add("carol", 10_000).fill();
    store.add("dave", 1_000_000).setLocked(true);
    return store;
  }

  /** Adds a mailbox with a quota in bytes and returns it. */
  public Mailbox add(String name, long quota) {
    Mailbox mailbox = new Mailbox(name.toLowerCase(Locale.ROOT), quota);
    mailboxes.put(mailbox.getName(), mailbox);
    return mailbox;
  }

  /** The local domain, lower case. */
  public String getDomain() {
    return domain;
  }

  /** The largest message in bytes the server takes. */
  public int getMaxMessageSize() {
    return maxMessageSize;
  }

  /** True if {@code address} is in the local domain, so the server may deliver it itself. */
  public boolean isLocal(String address) {
    int at = address.lastIndexOf('@');
    return at >= 0 && address.substring(at + 1).equalsIgnoreCase(domain);
  }

  /**
   * Returns the mailbox of a local address, or null if the address is not local or has no mailbox.
   */
  public @Nullable Mailbox find(String address) {
    if (!isLocal(address)) {
      return null;
    }
    return mailboxes.get(address.substring(0, address.lastIndexOf('@')).toLowerCase(Locale.ROOT));
  }
}
