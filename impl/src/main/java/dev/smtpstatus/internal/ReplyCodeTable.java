package dev.smtpstatus.internal;

import org.jspecify.annotations.Nullable;

/**
 * The basic reply codes that RFC 5321 §4.2.2/§4.2.3 and its extensions (RFC 1845, 1985, 2645, 3207,
 * 4954, 7504) define, and those that only the enhanced status code registry names. Taken from the
 * project's copy of the reply code table ({@code reply-codes.tsv}); the parity test checks this
 * class against it.
 */
public final class ReplyCodeTable {

  /** How a reply code is defined. */
  public enum Status {
    /** Defined by RFC 5321. */
    CURRENT,
    /** Defined by an SMTP extension RFC. */
    EXTENSION,
    /** Defined by an experimental RFC. */
    EXPERIMENTAL,
    /** Defined by an RFC that now deprecates it. */
    DEPRECATED,
    /** Named only as an associated code in the enhanced status code registry; no RFC defines it. */
    REGISTRY_ASSOCIATION_ONLY
  }

  /** One row: the code's meaning, its references and how it is defined. */
  public static final class Entry {
    private final int code;
    private final Status status;
    private final String meaning;
    private final String reference;

    Entry(int code, Status status, String meaning, String reference) {
      this.code = code;
      this.status = status;
      this.meaning = meaning;
      this.reference = reference;
    }

    /** The reply code, e.g. 552. */
    public int code() {
      return code;
    }

    /** How the code is defined. */
    public Status status() {
      return status;
    }

    /** The meaning its RFC gives it, or "(no RFC definition found)". */
    public String meaning() {
      return meaning;
    }

    /** Where it is defined, e.g. "RFC5321 4.2.2/4.2.3". */
    public String reference() {
      return reference;
    }
  }

  private static final Entry[] BY_CODE = new Entry[600];

  static {
    row(211, Status.CURRENT, "System status, or system help reply", "RFC5321 4.2.2/4.2.3");
    row(214, Status.CURRENT, "Help message (for the human user)", "RFC5321 4.2.2/4.2.3");
    row(220, Status.CURRENT, "<domain> Service ready", "RFC5321 4.2.2/4.2.3; RFC3207 4");
    row(
        221,
        Status.CURRENT,
        "<domain> Service closing transmission channel",
        "RFC5321 4.2.2/4.2.3");
    row(235, Status.CURRENT, "Authentication succeeded", "RFC4954 6");
    row(
        250,
        Status.CURRENT,
        "Requested mail action okay, completed",
        "RFC5321 4.2.2/4.2.3; RFC1985 5");
    row(
        251,
        Status.CURRENT,
        "User not local; will forward to <forward-path>",
        "RFC5321 4.2.2/4.2.3; RFC1985 5");
    row(
        252,
        Status.CURRENT,
        "Cannot VRFY user, but will accept message and attempt delivery",
        "RFC5321 4.2.2/4.2.3; RFC1985 5");
    row(253, Status.EXTENSION, "OK, <n> pending messages for node <x> started", "RFC1985 5");
    row(
        334,
        Status.EXTENSION,
        "AUTH server challenge (BASE64 text; '334 ' when the challenge is empty)",
        "RFC4954 4");
    row(354, Status.CURRENT, "Start mail input; end with <CRLF>.<CRLF>", "RFC5321 4.2.2/4.2.3");
    row(355, Status.EXPERIMENTAL, "Octet-offset is the transaction offset", "RFC1845");
    row(
        421,
        Status.CURRENT,
        "<domain> Service not available, closing transmission channel",
        "RFC5321 4.2.2/4.2.3");
    row(
        422,
        Status.REGISTRY_ASSOCIATION_ONLY,
        "(no RFC definition found)",
        "RFC5248 registry association only (X.7.12)");
    row(
        430,
        Status.REGISTRY_ASSOCIATION_ONLY,
        "(no RFC definition found)",
        "RFC5248 registry association only (X.5.1)");
    row(432, Status.EXTENSION, "A password transition is needed", "RFC4954 6");
    row(
        450,
        Status.CURRENT,
        "Requested mail action not taken: mailbox unavailable (e.g. busy or temporarily blocked for policy reasons)",
        "RFC5321 4.2.2/4.2.3");
    row(
        451,
        Status.CURRENT,
        "Requested action aborted: local error in processing",
        "RFC5321 4.2.2/4.2.3");
    row(
        452,
        Status.CURRENT,
        "Requested action not taken: insufficient system storage",
        "RFC5321 4.2.2/4.2.3");
    row(453, Status.EXTENSION, "You have no mail", "RFC2645");
    row(
        454,
        Status.EXTENSION,
        "Temporary authentication failure (AUTH) / TLS not available due to temporary reason (STARTTLS)",
        "RFC4954 6; RFC3207 4");
    row(455, Status.CURRENT, "Server unable to accommodate parameters", "RFC5321 4.2.2/4.2.3");
    row(458, Status.EXTENSION, "Unable to queue messages for node <x>", "RFC1985 5");
    row(459, Status.EXTENSION, "Node <x> not allowed: <reason>", "RFC1985 5");
    row(
        500,
        Status.CURRENT,
        "Syntax error, command unrecognized (may include command line too long)",
        "RFC5321 4.2.2/4.2.3; RFC4954 6");
    row(
        501,
        Status.CURRENT,
        "Syntax error in parameters or arguments",
        "RFC5321 4.2.2/4.2.3; RFC4954 4; RFC3207 4");
    row(502, Status.CURRENT, "Command not implemented", "RFC5321 4.2.2/4.2.3/4.2.4");
    row(503, Status.CURRENT, "Bad sequence of commands", "RFC5321 4.2.2/4.2.3; RFC4954 4");
    row(504, Status.CURRENT, "Command parameter not implemented", "RFC5321 4.2.2/4.2.3; RFC4954 4");
    row(
        521,
        Status.CURRENT,
        "Host does not accept mail (server never accepts mail)",
        "RFC7504 (first proposed in RFC1846, Experimental)");
    row(
        523,
        Status.REGISTRY_ASSOCIATION_ONLY,
        "Encryption needed (industry use)",
        "RFC5248 registry association only (X.7.10)");
    row(
        524,
        Status.REGISTRY_ASSOCIATION_ONLY,
        "(no RFC definition found)",
        "RFC5248 registry association only (X.7.11)");
    row(
        525,
        Status.REGISTRY_ASSOCIATION_ONLY,
        "User account disabled (industry use)",
        "RFC5248 registry association only (X.7.13)");
    row(
        530,
        Status.EXTENSION,
        "Authentication required / Must issue a STARTTLS command first",
        "RFC4954 6; RFC3207 4");
    row(
        533,
        Status.REGISTRY_ASSOCIATION_ONLY,
        "(no RFC definition found)",
        "RFC5248 registry association only (X.7.1)");
    row(534, Status.EXTENSION, "Authentication mechanism is too weak", "RFC4954 6");
    row(535, Status.EXTENSION, "Authentication credentials invalid", "RFC4954 6");
    row(
        538,
        Status.DEPRECATED,
        "Encryption required for requested authentication mechanism",
        "RFC4954 6");
    row(
        550,
        Status.CURRENT,
        "Requested action not taken: mailbox unavailable (e.g. not found, no access, or rejected for policy reasons)",
        "RFC5321 4.2.2/4.2.3");
    row(551, Status.CURRENT, "User not local; please try <forward-path>", "RFC5321 4.2.2/4.2.3");
    row(
        552,
        Status.CURRENT,
        "Requested mail action aborted: exceeded storage allocation",
        "RFC5321 4.2.2/4.2.3");
    row(
        553,
        Status.CURRENT,
        "Requested action not taken: mailbox name not allowed (e.g. mailbox syntax incorrect)",
        "RFC5321 4.2.2/4.2.3");
    row(
        554,
        Status.CURRENT,
        "Transaction failed (or, at connection opening, 'No SMTP service here')",
        "RFC5321 4.2.2/4.2.3");
    row(
        555,
        Status.CURRENT,
        "MAIL FROM/RCPT TO parameters not recognized or not implemented",
        "RFC5321 4.2.2/4.2.3");
    row(556, Status.CURRENT, "Domain does not accept mail", "RFC7504");
  }

  private ReplyCodeTable() {}

  private static void row(int code, Status status, String meaning, String reference) {
    BY_CODE[code] = new Entry(code, status, meaning, reference);
  }

  /** Returns the row for a reply code, or null if the table has none. */
  public static @Nullable Entry get(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
