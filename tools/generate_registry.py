#!/usr/bin/env python3
"""Generates the per-subject detail enums of smtp-status-api from IANA's registry.

Reads the project's own copy of the registry TSV (impl/src/test/resources/iana/), which the
registry parity test also reads, and writes api/src/main/java/dev/smtpstatus/api/*Detail.java.
Run it after updating that copy; then run `mvn spotless:apply` and the parity test.

Constant names and applicability are editorial choices kept here, one line per code, so that a
reviewer sees them side by side with the registry code they belong to.
"""
import csv
import pathlib
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
TSV = ROOT / "impl/src/test/resources/iana/enhanced-status-codes.tsv"
OUT = ROOT / "api/src/main/java/dev/smtpstatus/api"

ENUMS = {
    0: ("OtherDetail", "OTHER", "Other or Undefined Status"),
    1: ("AddressingDetail", "ADDRESSING", "Addressing Status"),
    2: ("MailboxDetail", "MAILBOX", "Mailbox Status"),
    3: ("MailSystemDetail", "MAIL_SYSTEM", "Mail System Status"),
    4: ("RoutingDetail", "NETWORK_AND_ROUTING", "Network and Routing Status"),
    5: ("ProtocolDetail", "MAIL_DELIVERY_PROTOCOL", "Mail Delivery Protocol Status"),
    6: ("MediaDetail", "MESSAGE_CONTENT_OR_MEDIA", "Message Content or Media Status"),
    7: ("SecurityDetail", "SECURITY_OR_POLICY", "Security or Policy Status"),
}

# code: (constant name, applicability, the registry's words that justify the applicability)
P, T, F, S, A = (
    "PERMANENT_FAILURE",
    "PERSISTENT_TRANSIENT_FAILURE",
    "FAILURE",
    "SUCCESS",
    "ANY",
)
CODES = {
    "X.0.0": ("OTHER_UNDEFINED", A, None),
    "X.1.0": ("OTHER_ADDRESS_STATUS", A, None),
    "X.1.1": ("BAD_DESTINATION_MAILBOX_ADDRESS", P, "This code is only useful for permanent failures."),
    "X.1.2": ("BAD_DESTINATION_SYSTEM_ADDRESS", P, "This code is only useful for permanent failures."),
    "X.1.3": ("BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX", P, "This code is only useful for permanent failures."),
    "X.1.4": ("DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS", A, None),
    "X.1.5": ("DESTINATION_ADDRESS_VALID", S, "This status code should be used for positive delivery reports."),
    "X.1.6": ("MAILBOX_MOVED_NO_FORWARDING_ADDRESS", P, "This code is only useful for permanent failures."),
    "X.1.7": ("BAD_SENDER_MAILBOX_ADDRESS_SYNTAX", A, None),
    "X.1.8": ("BAD_SENDER_SYSTEM_ADDRESS", A, None),
    "X.1.9": ("RELAYED_TO_NON_COMPLIANT_MAILER", A, None),
    "X.1.10": ("RECIPIENT_ADDRESS_HAS_NULL_MX", A, None),
    "X.2.0": ("OTHER_MAILBOX_STATUS", A, None),
    "X.2.1": ("MAILBOX_DISABLED", F, "This may be a permanent error if the mailbox will never be re-enabled or a transient error if the mailbox is only temporarily disabled."),
    "X.2.2": ("MAILBOX_FULL", T, "This code should be used as a persistent transient failure."),
    "X.2.3": ("MESSAGE_LENGTH_EXCEEDS_LIMIT", P, "This code should be used as a permanent failure."),
    "X.2.4": ("MAILING_LIST_EXPANSION_PROBLEM", F, "This code may represent a permanent failure or a persistent transient failure."),
    "X.3.0": ("OTHER_MAIL_SYSTEM_STATUS", A, None),
    "X.3.1": ("MAIL_SYSTEM_FULL", T, "This is useful only as a persistent transient error."),
    "X.3.2": ("NOT_ACCEPTING_NETWORK_MESSAGES", F, "This is useful for both permanent and persistent transient errors."),
    "X.3.3": ("FEATURES_NOT_SUPPORTED", A, None),
    "X.3.4": ("MESSAGE_TOO_BIG", P, "This is useful only as a permanent error."),
    "X.3.5": ("SYSTEM_INCORRECTLY_CONFIGURED", A, None),
    "X.3.6": ("PRIORITY_CHANGED", S, "The message was accepted for relay or delivery (RFC 6710: a positive reply, 250 or 251)."),
    "X.4.0": ("OTHER_NETWORK_STATUS", A, None),
    "X.4.1": ("NO_ANSWER_FROM_HOST", T, "This is useful only as a persistent transient error."),
    "X.4.2": ("BAD_CONNECTION", T, "This is useful only as a persistent transient error."),
    "X.4.3": ("DIRECTORY_SERVER_FAILURE", T, "This is useful only as a persistent transient error."),
    "X.4.4": ("UNABLE_TO_ROUTE", F, "This is useful for both permanent and persistent transient errors."),
    "X.4.5": ("MAIL_SYSTEM_CONGESTION", T, "This is useful only as a persistent transient error."),
    "X.4.6": ("ROUTING_LOOP_DETECTED", T, "This is useful only as a persistent transient error."),
    "X.4.7": ("DELIVERY_TIME_EXPIRED", A, None),
    "X.5.0": ("OTHER_PROTOCOL_STATUS", A, None),
    "X.5.1": ("INVALID_COMMAND", P, "This is useful only as a permanent error."),
    "X.5.2": ("SYNTAX_ERROR", P, "This is useful only as a permanent error."),
    "X.5.3": ("TOO_MANY_RECIPIENTS", A, None),
    "X.5.4": ("INVALID_COMMAND_ARGUMENTS", P, "This is useful only as a permanent error."),
    "X.5.5": ("WRONG_PROTOCOL_VERSION", A, None),
    "X.5.6": ("AUTH_EXCHANGE_LINE_TOO_LONG", F, "This is useful for both permanent and persistent transient errors."),
    "X.6.0": ("OTHER_MEDIA_ERROR", A, None),
    "X.6.1": ("MEDIA_NOT_SUPPORTED", P, "This is useful only as a permanent error."),
    "X.6.2": ("CONVERSION_REQUIRED_AND_PROHIBITED", A, None),
    "X.6.3": ("CONVERSION_REQUIRED_NOT_SUPPORTED", A, None),
    "X.6.4": ("CONVERSION_WITH_LOSS_PERFORMED", "SUCCESS_OR_PERMANENT_FAILURE", "This is a warning sent to the sender when message delivery was successfully but when the delivery required a conversion in which some data was lost. This may also be a permanent error if the sender has indicated that conversion with loss is prohibited for the message."),
    "X.6.5": ("CONVERSION_FAILED", F, "This may be useful as a permanent or persistent temporary notification."),
    "X.6.6": ("CONTENT_NOT_AVAILABLE", F, "This may be useful as a permanent or persistent temporary notification."),
    "X.6.7": ("NON_ASCII_ADDRESSES_NOT_PERMITTED", A, None),
    "X.6.8": ("UTF8_REPLY_REQUIRED", A, None),
    "X.6.9": ("UTF8_HEADER_CANNOT_BE_TRANSFERRED", A, None),
    "X.6.10": ("UTF8_REPLY_REQUIRED_DUPLICATE", A, None),
    "X.7.0": ("OTHER_SECURITY_STATUS", A, None),
    "X.7.1": ("DELIVERY_NOT_AUTHORIZED", P, "This is useful only as a permanent error."),
    "X.7.2": ("MAILING_LIST_EXPANSION_PROHIBITED", P, "This is useful only as a permanent error."),
    "X.7.3": ("SECURITY_CONVERSION_NOT_POSSIBLE", P, "This is useful only as a permanent error."),
    "X.7.4": ("SECURITY_FEATURES_NOT_SUPPORTED", P, "This is useful only as a permanent error."),
    "X.7.5": ("CRYPTOGRAPHIC_FAILURE", A, None),
    "X.7.6": ("CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED", A, None),
    "X.7.7": ("MESSAGE_INTEGRITY_FAILURE", A, "This may be useful as a permanent, transient persistent, or successful delivery code."),
    "X.7.8": ("AUTHENTICATION_CREDENTIALS_INVALID", A, None),
    "X.7.9": ("AUTHENTICATION_MECHANISM_TOO_WEAK", A, None),
    "X.7.10": ("ENCRYPTION_NEEDED", A, None),
    "X.7.11": ("ENCRYPTION_REQUIRED_FOR_MECHANISM", A, None),
    "X.7.12": ("PASSWORD_TRANSITION_NEEDED", A, None),
    "X.7.13": ("USER_ACCOUNT_DISABLED", P, "This informs the client that the failure is permanent until the user contacts their system administrator to get the account re-enabled."),
    "X.7.14": ("TRUST_RELATIONSHIP_REQUIRED", A, None),
    "X.7.15": ("PRIORITY_LEVEL_TOO_LOW", F, "450, 550 (other 4XX or 5XX codes are allowed); this condition might be temporary."),
    "X.7.16": ("MESSAGE_TOO_BIG_FOR_PRIORITY", F, "552 (other 4XX or 5XX codes are allowed); this condition might be temporary."),
    "X.7.17": ("MAILBOX_OWNER_CHANGED", A, None),
    "X.7.18": ("DOMAIN_OWNER_CHANGED", A, None),
    "X.7.19": ("RRVS_TEST_NOT_COMPLETED", A, None),
    "X.7.20": ("NO_PASSING_DKIM_SIGNATURE", A, None),
    "X.7.21": ("NO_ACCEPTABLE_DKIM_SIGNATURE", A, None),
    "X.7.22": ("NO_AUTHOR_MATCHED_DKIM_SIGNATURE", A, None),
    "X.7.23": ("SPF_VALIDATION_FAILED", A, None),
    "X.7.24": ("SPF_VALIDATION_ERROR", A, None),
    "X.7.25": ("REVERSE_DNS_VALIDATION_FAILED", A, None),
    "X.7.26": ("MULTIPLE_AUTHENTICATION_CHECKS_FAILED", A, None),
    "X.7.27": ("SENDER_ADDRESS_HAS_NULL_MX", A, None),
    "X.7.28": ("MAIL_FLOOD_DETECTED", A, None),
    "X.7.29": ("ARC_VALIDATION_FAILURE", A, None),
    "X.7.30": ("REQUIRETLS_SUPPORT_REQUIRED", A, None),
}

APPLICABILITY_WORDS = {
    "ANY": "any class (the registry states no restriction)",
    "FAILURE": "failures, transient or permanent",
    "PERMANENT_FAILURE": "permanent failures only",
    "PERSISTENT_TRANSIENT_FAILURE": "persistent transient failures only",
    "SUCCESS": "success (positive delivery reports)",
    "SUCCESS_OR_PERMANENT_FAILURE": "success, or a permanent failure where lossy conversion was prohibited",
}


def java_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")


def main():
    rows = list(csv.DictReader(open(TSV, newline=""), delimiter="\t"))
    assert len(rows) == len(CODES) == 81, (len(rows), len(CODES))
    by_subject = {}
    for row in rows:
        _, s, d = row["code"].split(".")
        by_subject.setdefault(int(s), []).append((int(d), row))
    for subject, (enum, subject_const, subject_title) in ENUMS.items():
        constants = []
        for d, row in by_subject[subject]:
            code = row["code"]
            name, applicability, words = CODES[code]
            refs = [r.strip() for r in row["reference"].split(";")]
            doc = [f"<b>{code}</b> {html(row['title']) or '(no sample text: deprecated duplicate of X.6.8)'}.", "",
                   "<p>" + html(row["description"]), "",
                   f"<p>Associated basic reply codes: {html(row['associated_reply_codes']) or '(none given)'}."
                   f" Meant for {APPLICABILITY_WORDS[applicability]}"
                   + (f": &ldquo;{html(words)}&rdquo;" if words else ".")
                   + f" Reference: {html(', '.join(refs))}."]
            deprecated = code == "X.6.10"
            if deprecated:
                doc += ["", "@deprecated IANA deprecates X.6.10 as a duplicate of X.6.8: use {@link #UTF8_REPLY_REQUIRED}."]
            javadoc = "\n".join("   * " + line if line else "   *" for line in
                                sum((textwrap.wrap(l, 92, break_on_hyphens=False) or [""] for l in doc), []))
            args = ", ".join([str(d), java_string(row["title"]), java_string(row["associated_reply_codes"]),
                              "Applicability." + applicability, java_string(row["description"])]
                             + [java_string(r) for r in refs])
            constants.append(f"  /**\n{javadoc}\n   */\n" + ("  @Deprecated\n" if deprecated else "")
                             + f"  {name}({args})")
        extra = ""
        if subject == 6:
            extra = """
  /** True for {@link #UTF8_REPLY_REQUIRED_DUPLICATE}, which IANA deprecates as a duplicate of X.6.8. */
  @Override
  @SuppressWarnings("deprecation")
  public boolean isDeprecated() {
    return this == UTF8_REPLY_REQUIRED_DUPLICATE;
  }

  /** {@link #UTF8_REPLY_REQUIRED} for its deprecated duplicate X.6.10, otherwise this detail. */
  @Override
  @SuppressWarnings("deprecation")
  public RegisteredDetail getCanonical() {
    return this == UTF8_REPLY_REQUIRED_DUPLICATE ? UTF8_REPLY_REQUIRED : this;
  }
"""
        src = f"""// Generated by tools/generate_registry.py from IANA's registry (updated 2024-12-06).
// Edit the script, not this file.
package dev.smtpstatus.api;

import java.util.List;

/**
 * The details IANA registers under subject {subject}, {subject_title} ({{@code X.{subject}.YYY}}).
 *
 * <p>Each constant carries the registry's sample text as {{@link #getTitle()}}, a one-line
 * description, the associated basic reply codes as the registry words them, the classes the code
 * is meant for and its references.
 */
public enum {enum} implements RegisteredDetail {{
{(","+chr(10)).join(constants)};

  private final int number;
  private final String title;
  private final String associatedReplyCodes;
  private final Applicability applicability;
  private final String description;
  private final List<String> references;

  {enum}(
      int number,
      String title,
      String associatedReplyCodes,
      Applicability applicability,
      String description,
      String... references) {{
    this.number = number;
    this.title = title;
    this.associatedReplyCodes = associatedReplyCodes;
    this.applicability = applicability;
    this.description = description;
    this.references = List.of(references);
  }}

  /** Always {{@link RegisteredSubject#{subject_const}}}. */
  @Override
  public RegisteredSubject getSubject() {{
    return RegisteredSubject.{subject_const};
  }}

  @Override
  public int getNumber() {{
    return number;
  }}

  @Override
  public String getTitle() {{
    return title;
  }}

  @Override
  public String getAssociatedReplyCodesText() {{
    return associatedReplyCodes;
  }}

  @Override
  public Applicability getApplicability() {{
    return applicability;
  }}

  @Override
  public String getDescription() {{
    return description;
  }}

  @Override
  public List<String> getReferences() {{
    return references;
  }}
{extra}
  /** Returns the code in registry form, e.g. {{@code X.{subject}.0}}. */
  @Override
  public String toString() {{
    return getCode();
  }}
}}
"""
        (OUT / f"{enum}.java").write_text(src)
        print("wrote", enum, len(constants))


if __name__ == "__main__":
    main()
