package dev.smtpstatus.dsn;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One recipient of a bounce: what happened, whether to retry, and why.
 *
 * <pre>{@code
 * BouncedRecipient r = bounce.getRecipients().get(0);
 * r.getRecipient();   // "bob@example.org"
 * r.getStatus();      // 5.1.1
 * r.getPermanent();   // true: do not send to this address again
 * r.getReason();      // UNKNOWN_RECIPIENT
 * }</pre>
 */
@Value.Immutable
public abstract class BouncedRecipient {
  BouncedRecipient() {}

  /** The recipient's address, e.g. {@code bob@example.org}; empty if the report names none. */
  public abstract String getRecipient();

  /** The DSN Action, or null in a free-text bounce or when absent or malformed. */
  public abstract @Nullable Action getAction();

  /**
   * The status that tells what happened: the DSN Status, or the diagnostic's when it is more
   * specific and consistent (docs/decisions/0702-status-precedence.md); null if none is given.
   */
  public abstract @Nullable EnhancedStatusCode getStatus();

  /** The reply code of the diagnostic, or null if none is given. */
  public abstract @Nullable ReplyCode getCode();

  /** The diagnostic read as a whole reply, or null if the report gives none that parses. */
  public abstract @Nullable SmtpReply getReply();

  /** The diagnostic text as the report gives it, or null. */
  public abstract @Nullable String getDiagnostic();

  /** Whether the failure is permanent, transient (false), or null when nothing tells. */
  public abstract @Nullable Boolean getPermanent();

  /** Why delivery failed. */
  public abstract BounceReason getReason();

  /** The findings of the rules on this recipient's report and reply. */
  public abstract List<Finding> getFindings();

  /** The DSN fields of this recipient, or null in a free-text bounce. */
  public abstract @Nullable RecipientFields getFields();

  static BouncedRecipient of(
      String recipient,
      @Nullable Action action,
      @Nullable EnhancedStatusCode status,
      @Nullable ReplyCode code,
      @Nullable SmtpReply reply,
      @Nullable String diagnostic,
      Classification classification,
      List<Finding> findings,
      @Nullable RecipientFields fields) {
    return ImmutableBouncedRecipient.of(
        recipient,
        action,
        status,
        code,
        reply,
        diagnostic,
        classification.getPermanent(),
        classification.getReason(),
        findings,
        fields);
  }
}
