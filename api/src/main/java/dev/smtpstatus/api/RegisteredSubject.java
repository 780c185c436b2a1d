package dev.smtpstatus.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The eight subjects IANA registers (RFC 3463 §3, RFC 5248), {@code X.0.YYY} to {@code X.7.YYY}.
 */
public enum RegisteredSubject implements Subject {
  /** {@code X.0.YYY}: no further subject information is available. */
  OTHER("Other or Undefined Status", "No further subject information is available."),
  /** {@code X.1.YYY}: the originator or destination address. */
  ADDRESSING(
      "Addressing Status",
      "Reports on the originator or destination address, such as its syntax or validity; the"
          + " sender can usually correct these errors and retry."),
  /** {@code X.2.YYY}: the recipient's mailbox. */
  MAILBOX(
      "Mailbox Status",
      "Something to do with the mailbox caused the DSN; mailbox issues are assumed to be under the"
          + " general control of the recipient."),
  /** {@code X.3.YYY}: the destination mail system. */
  MAIL_SYSTEM(
      "Mail System Status",
      "Something to do with the destination system caused the DSN; system issues are assumed to"
          + " be under the general control of the destination system administrator."),
  /** {@code X.4.YYY}: the network and routing infrastructure. */
  NETWORK_AND_ROUTING(
      "Network and Routing Status",
      "Status of the delivery system itself, including infrastructure such as directory and"
          + " routing services; assumed to be under the control of the destination or an"
          + " intermediate system administrator."),
  /** {@code X.5.YYY}: the mail delivery protocol. */
  MAIL_DELIVERY_PROTOCOL(
      "Mail Delivery Protocol Status",
      "Failures of the message delivery protocol, covering everything from implementation errors"
          + " to an unreliable connection."),
  /** {@code X.6.YYY}: the message content or media. */
  MESSAGE_CONTENT_OR_MEDIA(
      "Message Content or Media Status",
      "Failures involving the message content, such as translation, transcoding or unsupported"
          + " media; under the control of both sender and receiver, who must share a set of"
          + " supported content types."),
  /** {@code X.7.YYY}: security or policy. */
  SECURITY_OR_POLICY(
      "Security or Policy Status",
      "Failures involving policy (e.g. per-recipient or per-host filtering) and cryptographic"
          + " operations; under the control of the sender, the recipient or both, who must permit"
          + " the exchange and arrange the keys and certificates it needs.");

  private static final RegisteredSubject[] VALUES = values();

  private final String title;
  private final String description;

  RegisteredSubject(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /** Returns the registered subject with the given number, or null if the number is not 0 to 7. */
  public static @Nullable RegisteredSubject ofOrNull(int number) {
    return number >= 0 && number < VALUES.length ? VALUES[number] : null;
  }

  /** The subject number, 0 to 7. */
  @Override
  public int getNumber() {
    return ordinal();
  }

  /** Always true. */
  @Override
  public boolean isRegistered() {
    return true;
  }

  /** The registry's name of the subject, e.g. {@code "Mailbox Status"}. */
  public String getTitle() {
    return title;
  }

  /** A one-sentence description of the subject, after the registry. */
  public String getDescription() {
    return description;
  }

  /** The registered details of this subject, in registry order; never empty. */
  public List<RegisteredDetail> getDetails() {
    return DetailTable.ofSubject(ordinal());
  }

  /** Returns the subject in registry form, e.g. {@code X.2.YYY}. */
  @Override
  public String toString() {
    return "X." + ordinal() + ".YYY";
  }
}
