package dev.smtpstatus.dsn.write;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.dsn.Action;
import dev.smtpstatus.dsn.DsnField;
import dev.smtpstatus.dsn.TypedText;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One recipient of a delivery status notification as a writer sends it (RFC 3464 §2.3): immutable,
 * and consistent by construction. Every {@code with…} method returns a new value, checks its
 * argument at once and refuses a recipient the engine calls inconsistent.
 *
 * <pre>{@code
 * ReportRecipient bob = ReportRecipient.ofReply("bob@example.org",
 *         SmtpReply.parse("550 5.1.1 <bob@example.org>: Recipient address rejected"))
 *     .withRemoteMta("mx.example.org");
 * // Action: failed, Status: 5.1.1, Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: …
 *
 * ReportRecipient.of("carol@example.org", Action.DELAYED, EnhancedStatusCode.parse("4.4.7"));
 * ReportRecipient.of("dave@example.org", Action.FAILED, EnhancedStatusCode.parse("4.4.7"));
 * // InconsistentReportException: [smtp-status/ActionStatusMismatch] Action failed goes with …
 * }</pre>
 *
 * <p>What is refused, and why (docs/decisions/1100-writing-reports.md):
 *
 * <ul>
 *   <li>an Action that does not fit the Status class (RFC 3464 §2.3.3), a Diagnostic-Code reply of
 *       another class than the Status (RFC 3464 §2.3.4, RFC 2034 §3), and a Diagnostic-Code reply
 *       whose own pair is an error (RFC 2034 §3, RFC 3463): {@link InconsistentReportException};
 *       the pair rules' warnings are kept in {@link #getFindings()};
 *   <li>any string with a control character (CR, LF, TAB, NUL…), which could inject a header line
 *       or a MIME boundary; an address with white space at its ends or with angle brackets; an MTA
 *       name that is not ASCII or has white space; a run of text too long to fold: {@link
 *       ReportFieldException}, naming the field.
 * </ul>
 *
 * <p>An address with characters beyond ASCII is written with the {@code utf-8} address type of RFC
 * 6533 §3, and makes the report a {@code message/global-delivery-status} (RFC 6533 §6); so does a
 * diagnostic or log id in UTF-8.
 */
public final class ReportRecipient {
  private final String address;
  private final Action action;
  private final EnhancedStatusCode status;
  private final @Nullable SmtpReply diagnostic;
  private final @Nullable TypedText originalRecipient;
  private final @Nullable String remoteMta;
  private final @Nullable OffsetDateTime lastAttemptDate;
  private final @Nullable OffsetDateTime willRetryUntil;
  private final @Nullable String finalLogId;
  private final List<Finding> findings;

  private ReportRecipient(
      String address,
      Action action,
      EnhancedStatusCode status,
      @Nullable SmtpReply diagnostic,
      @Nullable TypedText originalRecipient,
      @Nullable String remoteMta,
      @Nullable OffsetDateTime lastAttemptDate,
      @Nullable OffsetDateTime willRetryUntil,
      @Nullable String finalLogId) {
    this.address = address;
    this.action = action;
    this.status = status;
    this.diagnostic = diagnostic;
    this.originalRecipient = originalRecipient;
    this.remoteMta = remoteMta;
    this.lastAttemptDate = lastAttemptDate;
    this.willRetryUntil = willRetryUntil;
    this.finalLogId = finalLogId;
    this.findings = consistency(address, action, status, diagnostic);
  }

  /**
   * Returns a recipient with its final address, Action and Status (the three fields RFC 3464 §2.3
   * requires).
   *
   * @param address the final recipient's address, e.g. {@code bob@example.org}, without angle
   *     brackets; written with address type {@code rfc822}, or {@code utf-8} if it is not ASCII
   * @throws InconsistentReportException if the Action does not fit the Status class
   * @throws ReportFieldException if the address holds a control character, angle brackets or white
   *     space at its ends
   */
  public static ReportRecipient of(String address, Action action, EnhancedStatusCode status) {
    Objects.requireNonNull(address, "address == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(status, "status == null");
    checkAddress("Final-Recipient", address);
    return new ReportRecipient(address, action, status, null, null, null, null, null, null);
  }

  /**
   * Returns a recipient from the reply a server gave for it: Action {@code failed} for a 5xx reply,
   * {@code delayed} for 4xx, {@code delivered} for 2xx; Status the reply's enhanced status code, or
   * {@code X.0.0} of its class if it has none; Diagnostic-Code the reply.
   *
   * @throws ReportFieldException if the reply is intermediate (3xx), which reports no outcome, or
   *     the address is refused as by {@link #of}
   * @throws InconsistentReportException if the reply's own pair is an error
   */
  public static ReportRecipient ofReply(String address, SmtpReply reply) {
    Objects.requireNonNull(reply, "reply == null");
    int c = reply.getCode().getValue() / 100;
    Action action = c == 5 ? Action.FAILED : c == 4 ? Action.DELAYED : Action.DELIVERED;
    checkDiagnostic(reply);
    EnhancedStatusCode replyStatus = reply.getStatus();
    EnhancedStatusCode status =
        replyStatus != null && replyStatus.getClassNumber() == c
            ? replyStatus
            : EnhancedStatusCode.of(c, 0, 0);
    return of(address, action, status).withDiagnostic(reply);
  }

  /**
   * Returns this recipient with a {@code Diagnostic-Code} of type {@code smtp} (RFC 3464 §2.3.6):
   * the reply, every line with its code and status (RFC 2034 §4), the lines joined by spaces; or
   * without one if {@code reply} is null. White space at the end of a line is dropped, since the
   * joined form cannot carry it; {@link #getDiagnostic()} is the reply as written.
   *
   * @throws ReportFieldException if the reply is intermediate (3xx) or a line holds a control
   *     character
   * @throws InconsistentReportException if the reply's class is not the Status class, or its pair
   *     is an error
   */
  public ReportRecipient withDiagnostic(@Nullable SmtpReply reply) {
    if (reply != null) {
      checkDiagnostic(reply);
    }
    return new ReportRecipient(
        address,
        action,
        status,
        reply == null ? null : withoutTrailingSpace(reply),
        originalRecipient,
        remoteMta,
        lastAttemptDate,
        willRetryUntil,
        finalLogId);
  }

  /**
   * Returns this recipient with an {@code Original-Recipient} (RFC 3464 §2.3.1): the address the
   * sender gave, with type {@code rfc822}, or {@code utf-8} (RFC 6533 §3) if it is not ASCII.
   *
   * @throws ReportFieldException if refused as the address of {@link #of}
   */
  public ReportRecipient withOriginalRecipient(String address) {
    Objects.requireNonNull(address, "address == null");
    checkAddress("Original-Recipient", address);
    return withOriginal(TypedText.of(addressType(address), address));
  }

  /**
   * Returns this recipient with the {@code Original-Recipient} taken from the {@code ORCPT}
   * parameter as SMTP carried it (RFC 3461 §4.2): {@code addr-type ";" xtext}, e.g. {@code
   * rfc822;bob+2Bsales@example.org}. The xtext is decoded (RFC 3461 §4), and for the {@code utf-8}
   * type so are the {@code \x{HEX}} escapes of RFC 6533 §3.
   *
   * @throws ReportFieldException if the parameter has no {@code ;}, its type is not an atom, or its
   *     address is not xtext or is refused as the address of {@link #of}
   */
  public ReportRecipient withOriginalRecipientParameter(String orcpt) {
    Objects.requireNonNull(orcpt, "orcpt == null");
    FieldText.check("Original-Recipient", orcpt);
    int semi = orcpt.indexOf(';');
    String type = semi < 0 ? "" : orcpt.substring(0, semi).strip();
    if (!isAtom(type)) {
      throw new ReportFieldException(
          "Original-Recipient",
          FieldText.quote(orcpt)
              + " is not addr-type \";\" xtext: the ORCPT parameter starts with an address type"
              + " such as rfc822 (RFC 3461 §4.2)");
    }
    String decoded;
    try {
      decoded = Xtext.decode(orcpt.substring(semi + 1).strip());
    } catch (IllegalArgumentException e) {
      throw new ReportFieldException("Original-Recipient", String.valueOf(e.getMessage()));
    }
    if (type.equalsIgnoreCase("utf-8")) {
      decoded = unescapeUtf8(decoded);
    }
    checkAddress("Original-Recipient", decoded);
    String written = type.equalsIgnoreCase("rfc822") ? addressType(decoded) : type;
    return withOriginal(TypedText.of(written, decoded));
  }

  private ReportRecipient withOriginal(TypedText original) {
    return new ReportRecipient(
        address,
        action,
        status,
        diagnostic,
        original,
        remoteMta,
        lastAttemptDate,
        willRetryUntil,
        finalLogId);
  }

  /**
   * Returns this recipient with a {@code Remote-MTA} of type {@code dns} (RFC 3464 §2.3.5): the
   * host that gave the diagnostic, e.g. {@code mx.example.org}.
   *
   * @throws ReportFieldException if the name is empty, not ASCII (give an IDN as A-labels, RFC
   *     5890) or holds white space, a control character or {@code ;}
   */
  public ReportRecipient withRemoteMta(String host) {
    Objects.requireNonNull(host, "host == null");
    checkMtaName("Remote-MTA", host);
    return new ReportRecipient(
        address,
        action,
        status,
        diagnostic,
        originalRecipient,
        host,
        lastAttemptDate,
        willRetryUntil,
        finalLogId);
  }

  /**
   * Returns this recipient with a {@code Last-Attempt-Date} (RFC 3464 §2.3.7), to the second.
   *
   * @throws ReportFieldException if the year is not between 1900 and 9999 (RFC 5322 §3.3)
   */
  public ReportRecipient withLastAttemptDate(OffsetDateTime date) {
    return new ReportRecipient(
        address,
        action,
        status,
        diagnostic,
        originalRecipient,
        remoteMta,
        checkDate("Last-Attempt-Date", date),
        willRetryUntil,
        finalLogId);
  }

  /**
   * Returns this recipient with a {@code Will-Retry-Until} (RFC 3464 §2.3.9), to the second; RFC
   * 3464 means it for {@code delayed} recipients.
   *
   * @throws ReportFieldException if the year is not between 1900 and 9999 (RFC 5322 §3.3)
   */
  public ReportRecipient withWillRetryUntil(OffsetDateTime date) {
    return new ReportRecipient(
        address,
        action,
        status,
        diagnostic,
        originalRecipient,
        remoteMta,
        lastAttemptDate,
        checkDate("Will-Retry-Until", date),
        finalLogId);
  }

  /**
   * Returns this recipient with a {@code Final-Log-ID} (RFC 3464 §2.3.8): the reporting MTA's id of
   * the attempt, e.g. a queue id.
   *
   * @throws ReportFieldException if empty, with white space at its ends, or with a control
   *     character
   */
  public ReportRecipient withFinalLogId(String id) {
    Objects.requireNonNull(id, "id == null");
    FieldText.check("Final-Log-ID", id);
    FieldText.checkTrimmed("Final-Log-ID", id);
    return new ReportRecipient(
        address,
        action,
        status,
        diagnostic,
        originalRecipient,
        remoteMta,
        lastAttemptDate,
        willRetryUntil,
        id);
  }

  /** The final recipient's address, without angle brackets. */
  public String getAddress() {
    return address;
  }

  /** The Action (RFC 3464 §2.3.3). */
  public Action getAction() {
    return action;
  }

  /** The Status (RFC 3464 §2.3.4). */
  public EnhancedStatusCode getStatus() {
    return status;
  }

  /** The reply written as the Diagnostic-Code, or null if there is none. */
  public @Nullable SmtpReply getDiagnostic() {
    return diagnostic;
  }

  /** The Original-Recipient with its address type, or null if there is none. */
  public @Nullable TypedText getOriginalRecipient() {
    return originalRecipient;
  }

  /** The Remote-MTA's host name, or null if there is none. */
  public @Nullable String getRemoteMta() {
    return remoteMta;
  }

  /** The Last-Attempt-Date, or null if there is none. */
  public @Nullable OffsetDateTime getLastAttemptDate() {
    return lastAttemptDate;
  }

  /** The Will-Retry-Until date, or null if there is none. */
  public @Nullable OffsetDateTime getWillRetryUntil() {
    return willRetryUntil;
  }

  /** The Final-Log-ID, or null if there is none. */
  public @Nullable String getFinalLogId() {
    return finalLogId;
  }

  /**
   * The warnings of the rules on this recipient: those of the Diagnostic-Code reply's pair (e.g.
   * {@code smtp-status/UnlistedReplyCode}) and lines. They do not stop the report, since a
   * diagnostic reports what a server said; errors do ({@link InconsistentReportException}).
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Whether a field of this recipient needs UTF-8, so that the report is a {@code
   * message/global-delivery-status} (RFC 6533 §6).
   */
  public boolean isUtf8() {
    return !isAscii(address)
        || (originalRecipient != null && !isAscii(originalRecipient.getText()))
        || (diagnostic != null && !isAscii(diagnosticText(diagnostic)))
        || (finalLogId != null && !isAscii(finalLogId));
  }

  /**
   * The fields of this recipient's group in RFC 3464 §2.3's order, unfolded, as {@link
   * dev.smtpstatus.dsn.BounceReader} reads them back.
   */
  public List<DsnField> toFields() {
    List<DsnField> out = new ArrayList<>();
    if (originalRecipient != null) {
      out.add(DsnField.of("Original-Recipient", originalRecipient.toString()));
    }
    out.add(DsnField.of("Final-Recipient", addressType(address) + "; " + address));
    out.add(DsnField.of("Action", action.getValue()));
    out.add(DsnField.of("Status", status.toString()));
    if (remoteMta != null) {
      out.add(DsnField.of("Remote-MTA", "dns; " + remoteMta));
    }
    if (diagnostic != null) {
      out.add(DsnField.of("Diagnostic-Code", "smtp; " + diagnosticText(diagnostic)));
    }
    if (lastAttemptDate != null) {
      out.add(DsnField.of("Last-Attempt-Date", DATE.format(lastAttemptDate)));
    }
    if (finalLogId != null) {
      out.add(DsnField.of("Final-Log-ID", finalLogId));
    }
    if (willRetryUntil != null) {
      out.add(DsnField.of("Will-Retry-Until", DATE.format(willRetryUntil)));
    }
    return List.copyOf(out);
  }

  /** RFC 5322 §3.3 date-time, as RFC 3464 §2.3.7 and §2.3.9 use it. */
  static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /** The reply on one line: each line in wire form (RFC 2034 §4), joined by single spaces. */
  static String diagnosticText(SmtpReply reply) {
    String[] lines = reply.format().split("\r\n");
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(l);
    }
    return b.toString();
  }

  /** Reads diagnostics as long as a DSN may carry them (BounceReader's own limits). */
  private static final ReplyParser LENIENT =
      ReplyParser.builder().setMaxLineLength(8192).setMaxReplyLength(65536).build();

  /**
   * The reply with white space at the end of its lines removed: the lines are joined by one space
   * in the field, so such white space cannot be read back (RFC 5322 §2.2.3 unfolding keeps only
   * what is between the lines). Read again by the lenient parser, so findings are the reader's.
   */
  private static SmtpReply withoutTrailingSpace(SmtpReply reply) {
    boolean trailing = false;
    for (String line : reply.getLines()) {
      trailing |= !line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1));
    }
    if (!trailing) {
      return reply;
    }
    StringBuilder wire = new StringBuilder();
    List<String> lines = reply.getLines();
    EnhancedStatusCode s = reply.getStatus();
    for (int i = 0; i < lines.size(); i++) {
      wire.append(reply.getCode()).append(i == lines.size() - 1 ? ' ' : '-');
      if (s != null) {
        wire.append(s).append(' ');
      }
      wire.append(lines.get(i).stripTrailing()).append("\r\n");
    }
    return LENIENT.parse(wire);
  }

  /** {@code rfc822} for an ASCII address, {@code utf-8} (RFC 6533 §3) for one beyond ASCII. */
  static String addressType(String address) {
    return isAscii(address) ? "rfc822" : "utf-8";
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  static void checkAddress(String field, String address) {
    FieldText.check(field, address);
    FieldText.checkTrimmed(field, address);
    if (address.indexOf('<') >= 0 || address.indexOf('>') >= 0) {
      throw new ReportFieldException(
          field,
          FieldText.quote(address)
              + " has an angle bracket: give the address without them, e.g. bob@example.org"
              + " (RFC 3464 §2.3.2 writes an address type and the address)");
    }
  }

  static void checkMtaName(String field, String host) {
    FieldText.checkAscii(
        field, host, "an MTA name of type dns is ASCII; give an IDN as A-labels (RFC 3464 §2.2.2)");
    FieldText.checkTrimmed(field, host);
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == ' ' || c == ';') {
        throw new ReportFieldException(
            field,
            FieldText.quote(host)
                + " has '"
                + c
                + "' at index "
                + i
                + ": an MTA name of type dns is a host name (RFC 3464 §2.2.2)");
      }
    }
  }

  static OffsetDateTime checkDate(String field, OffsetDateTime date) {
    Objects.requireNonNull(date, "date == null");
    if (date.getYear() < 1900 || date.getYear() > 9999) {
      throw new ReportFieldException(
          field, date + ": RFC 5322 §3.3 writes a year of four digits, 1900 or later");
    }
    return date.truncatedTo(ChronoUnit.SECONDS);
  }

  private static void checkDiagnostic(SmtpReply reply) {
    if (reply.isIntermediate() || reply.getCode().getValue() < 200) {
      throw new ReportFieldException(
          "Diagnostic-Code",
          "reply "
              + reply.getCode()
              + " is not a completion reply: a Diagnostic-Code reports the reply that ended the"
              + " attempt, 2xx, 4xx or 5xx (RFC 3464 §2.3.6, RFC 5321 §4.2.1)");
    }
    for (String line : reply.getLines()) {
      // HT is allowed in reply text (RFC 5321 §4.2 textstring) and is white space in a field.
      FieldText.check("Diagnostic-Code", line.replace('\t', ' '));
    }
  }

  /**
   * The engine's checks: the DSN rules (RFC 3464 §2.3.3, §2.3.4) and the pair rules on the
   * diagnostic reply. Every DSN finding and every pair error is refused; pair and line warnings are
   * returned.
   */
  private static List<Finding> consistency(
      String address, Action action, EnhancedStatusCode status, @Nullable SmtpReply diagnostic) {
    List<Finding> errors =
        new ArrayList<>(Compatibility.checkDsnRecipient(action.getValue(), status, diagnostic));
    Set<Finding> replyFindings = new LinkedHashSet<>();
    if (diagnostic != null) {
      EnhancedStatusCode replyStatus = diagnostic.getStatus();
      if (replyStatus != null) {
        replyFindings.addAll(Compatibility.check(diagnostic.getCode(), replyStatus));
      }
      replyFindings.addAll(diagnostic.getFindings());
    }
    List<Finding> warnings = new ArrayList<>();
    for (Finding f : replyFindings) {
      (f.isError() ? errors : warnings).add(f);
    }
    if (!errors.isEmpty()) {
      throw new InconsistentReportException(address, errors);
    }
    return List.copyOf(warnings);
  }

  private static boolean isAtom(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\".[]".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Replaces RFC 6533 §3's {@code \x{HEX}} (EmbeddedUnicodeChar) by the character it names. */
  private static String unescapeUtf8(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("\\x{", i)) {
        int close = s.indexOf('}', i + 3);
        if (close > i + 3 && close - i - 3 <= 6) {
          try {
            int cp = Integer.parseInt(s.substring(i + 3, close), 16);
            if (Character.isValidCodePoint(cp)) {
              b.appendCodePoint(cp);
              i = close + 1;
              continue;
            }
          } catch (NumberFormatException e) {
            // not an escape: kept as written
          }
        }
      }
      b.append(s.charAt(i));
      i++;
    }
    return b.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReportRecipient)) {
      return false;
    }
    ReportRecipient r = (ReportRecipient) o;
    return address.equals(r.address)
        && action == r.action
        && status.equals(r.status)
        && Objects.equals(diagnostic, r.diagnostic)
        && Objects.equals(originalRecipient, r.originalRecipient)
        && Objects.equals(remoteMta, r.remoteMta)
        && Objects.equals(lastAttemptDate, r.lastAttemptDate)
        && Objects.equals(willRetryUntil, r.willRetryUntil)
        && Objects.equals(finalLogId, r.finalLogId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        address,
        action,
        status,
        diagnostic,
        originalRecipient,
        remoteMta,
        lastAttemptDate,
        willRetryUntil,
        finalLogId);
  }

  @Override
  public String toString() {
    return "ReportRecipient" + toFields();
  }
}
