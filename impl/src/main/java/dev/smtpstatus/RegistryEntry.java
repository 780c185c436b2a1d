package dev.smtpstatus;

import dev.smtpstatus.api.Applicability;
import dev.smtpstatus.api.RegisteredDetail;
import dev.smtpstatus.api.StatusClass;
import java.util.List;
import org.immutables.value.Value;

/**
 * One code of IANA's SMTP Enhanced Status Codes registry, such as {@code X.3.4}: its sample text,
 * description, associated reply codes (parsed), applicability and references.
 *
 * <pre>{@code
 * RegistryEntry e = StatusCodeRegistry.iana().get(EnhancedStatusCode.parse("5.3.4"));
 * e.getTitle();                                  // "Message too big for system"
 * e.getAssociatedReplyCodes().getCodes();        // [552, 554]
 * e.getApplicability();                          // PERMANENT_FAILURE
 * }</pre>
 */
@Value.Immutable
public abstract class RegistryEntry {

  RegistryEntry() {}

  /** The registered detail this entry describes. */
  public abstract RegisteredDetail getDetail();

  /** The associated basic reply codes, parsed from the registry's wording. */
  public abstract AssociatedReplyCodes getAssociatedReplyCodes();

  /** The code in registry form, e.g. {@code "X.3.4"}. */
  public String getCode() {
    return getDetail().getCode();
  }

  /** This entry's code with a class, e.g. {@code 5.3.4} for X.3.4 and permanent failure. */
  public EnhancedStatusCode toStatusCode(StatusClass statusClass) {
    return EnhancedStatusCode.of(statusClass, getDetail());
  }

  /** The registry's sample text, exactly; empty for the deprecated X.6.10. */
  public String getTitle() {
    return getDetail().getTitle();
  }

  /** A one-line description of when the code applies. */
  public String getDescription() {
    return getDetail().getDescription();
  }

  /** The classes the code is meant for, as its registry description states it. */
  public Applicability getApplicability() {
    return getDetail().getApplicability();
  }

  /** The documents that define the code, e.g. {@code ["RFC3463"]}. */
  public List<String> getReferences() {
    return getDetail().getReferences();
  }

  /** True only for X.6.10, which IANA deprecates as a duplicate of X.6.8. */
  public boolean isDeprecated() {
    return getDetail().isDeprecated();
  }

  static RegistryEntry of(RegisteredDetail detail) {
    return ImmutableRegistryEntry.of(
        detail, AssociatedReplyCodes.parse(detail.getAssociatedReplyCodesText()));
  }

  /** Returns the code and its title, e.g. {@code X.3.4 Message too big for system}. */
  @Override
  public String toString() {
    return getCode() + " " + getTitle();
  }
}
