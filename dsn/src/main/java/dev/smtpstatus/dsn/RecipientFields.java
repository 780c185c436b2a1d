package dev.smtpstatus.dsn;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.SmtpReply;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The per-recipient fields of a DSN (RFC 3464 §2.3), as sent and typed. Every field is kept as text
 * in {@link #getFields()}; a typed accessor returns null when its field is absent or malformed, and
 * then the text is still there ({@link #get(String)}).
 *
 * <pre>{@code
 * RecipientFields r = bounce.getDeliveryStatus().getRecipients().get(0);
 * r.getAction();             // FAILED
 * r.getStatus();             // 5.1.1
 * r.getDiagnosticReply();    // SmtpReply[550 5.1.1, lines=["<bob@example.org>: No such user"]]
 * r.get("X-Postfix-Sender"); // an extension field, as text
 * }</pre>
 */
@Value.Immutable
public abstract class RecipientFields {
  /** The field names RFC 3464 §2.3 defines for a recipient, in lower case. */
  static final List<String> STANDARD =
      List.of(
          "original-recipient",
          "final-recipient",
          "action",
          "status",
          "remote-mta",
          "diagnostic-code",
          "last-attempt-date",
          "final-log-id",
          "will-retry-until");

  RecipientFields() {}

  /** Every field of the group in order, unfolded. */
  public abstract List<DsnField> getFields();

  /** Returns the recipient fields of a group. */
  public static RecipientFields of(List<DsnField> fields) {
    return ImmutableRecipientFields.of(fields);
  }

  /** The value of the first field named {@code name} (ignoring case), or null if none. */
  public @Nullable String get(String name) {
    return Fields.first(getFields(), name);
  }

  /** {@code Final-Recipient} (RFC 3464 §2.3.2), e.g. {@code rfc822; bob@example.org}, or null. */
  @Value.Derived
  public @Nullable TypedText getFinalRecipient() {
    return Fields.typed(get("Final-Recipient"));
  }

  /** {@code Original-Recipient} (RFC 3464 §2.3.1), or null. */
  @Value.Derived
  public @Nullable TypedText getOriginalRecipient() {
    return Fields.typed(get("Original-Recipient"));
  }

  /** {@code Action} (RFC 3464 §2.3.3), or null if absent or not one of the five actions. */
  @Value.Derived
  public @Nullable Action getAction() {
    String v = get("Action");
    return v == null ? null : Action.parseOrNull(v);
  }

  /**
   * {@code Status} (RFC 3464 §2.3.4) as an enhanced status code, or null if absent or malformed. A
   * comment after the code ({@code 5.1.1 (user unknown)}) is allowed.
   */
  @Value.Derived
  public @Nullable EnhancedStatusCode getStatus() {
    String v = get("Status");
    if (v == null) {
      return null;
    }
    String s = v.strip();
    int end = 0;
    while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
      end++;
    }
    return EnhancedStatusCode.parseOrNull(s.substring(0, end));
  }

  /** {@code Remote-MTA} (RFC 3464 §2.3.5), e.g. {@code dns; mx.example.org}, or null. */
  @Value.Derived
  public @Nullable TypedText getRemoteMta() {
    return Fields.typed(get("Remote-MTA"));
  }

  /** {@code Diagnostic-Code} (RFC 3464 §2.3.6) with its type, e.g. {@code smtp}, or null. */
  @Value.Derived
  public @Nullable TypedText getDiagnosticCode() {
    return Fields.typed(get("Diagnostic-Code"));
  }

  /**
   * The {@code Diagnostic-Code} of type {@code smtp} read as a reply by the lenient parser, folded
   * and multi-line texts included; or null if there is none or it is not a reply. See {@link
   * DiagnosticReplies}.
   */
  @Value.Derived
  public @Nullable SmtpReply getDiagnosticReply() {
    TypedText d = getDiagnosticCode();
    return d == null || !d.isType("smtp") ? null : DiagnosticReplies.read(d.getText());
  }

  /** {@code Last-Attempt-Date} (RFC 3464 §2.3.7), or null if absent or malformed. */
  @Value.Derived
  public @Nullable OffsetDateTime getLastAttemptDate() {
    return Fields.date(get("Last-Attempt-Date"));
  }

  /** {@code Will-Retry-Until} (RFC 3464 §2.3.9), or null if absent or malformed. */
  @Value.Derived
  public @Nullable OffsetDateTime getWillRetryUntil() {
    return Fields.date(get("Will-Retry-Until"));
  }

  /** {@code Final-Log-ID} (RFC 3464 §2.3.8), or null. */
  public @Nullable String getFinalLogId() {
    return get("Final-Log-ID");
  }

  /** The fields RFC 3464 §2.3 does not define (extension fields, §2.4), as text. */
  public List<DsnField> getExtensionFields() {
    List<DsnField> out = new ArrayList<>();
    for (DsnField f : getFields()) {
      if (!Fields.isStandard(f.getName(), STANDARD)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }
}
