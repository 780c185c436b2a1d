package dev.smtpstatus.internal;

import static dev.smtpstatus.api.SmtpCommand.AUTH;
import static dev.smtpstatus.api.SmtpCommand.BDAT;
import static dev.smtpstatus.api.SmtpCommand.DATA;
import static dev.smtpstatus.api.SmtpCommand.EHLO;
import static dev.smtpstatus.api.SmtpCommand.EXPN;
import static dev.smtpstatus.api.SmtpCommand.GREETING;
import static dev.smtpstatus.api.SmtpCommand.HELO;
import static dev.smtpstatus.api.SmtpCommand.HELP;
import static dev.smtpstatus.api.SmtpCommand.MAIL;
import static dev.smtpstatus.api.SmtpCommand.NOOP;
import static dev.smtpstatus.api.SmtpCommand.QUIT;
import static dev.smtpstatus.api.SmtpCommand.RCPT;
import static dev.smtpstatus.api.SmtpCommand.RSET;
import static dev.smtpstatus.api.SmtpCommand.STARTTLS;
import static dev.smtpstatus.api.SmtpCommand.VRFY;

import dev.smtpstatus.api.SmtpCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The basic reply codes each SMTP command (and the greeting) may receive, row by row as the RFCs
 * write them: RFC 5321 §4.3.2's command-reply sequences, the codes it allows after any command, and
 * what RFC 5321 §3.1/§3.3/§3.8/§4.2.4, RFC 3207 §4/§4.1 (STARTTLS), RFC 4954 §4/§6 (AUTH), RFC 3030
 * §2 (BDAT), RFC 1870 §6 (SIZE) and RFC 7504 §3/§4 (521, 556) add. docs/decisions/0800 lists the
 * whole table and why each row is there.
 *
 * <p>A code is allowed for a command when any row that names the command lists the code. The table
 * is the {@code smtp-status/ReplyCodeNotForCommand} rule's data; it never decides severity.
 */
public final class CommandReplyTable {

  /**
   * One row: the commands a passage of an RFC speaks about, the codes it gives them, and where it
   * says so. Immutable.
   */
  public static final class Row {
    private final Set<SmtpCommand> commands;
    private final List<Integer> codes;
    private final String reference;

    Row(Set<SmtpCommand> commands, int[] codes, String reference) {
      this.commands = Collections.unmodifiableSet(EnumSet.copyOf(commands));
      List<Integer> list = new ArrayList<>(codes.length);
      for (int c : codes) {
        list.add(c);
      }
      Collections.sort(list);
      this.codes = List.copyOf(list);
      this.reference = reference;
    }

    /** The commands this row speaks about. */
    public Set<SmtpCommand> getCommands() {
      return commands;
    }

    /** The reply codes it gives them, ascending. */
    public List<Integer> getCodes() {
      return codes;
    }

    /** Where the RFC says so, e.g. {@code RFC 5321 §4.3.2}. */
    public String getReference() {
      return reference;
    }

    @Override
    public String toString() {
      return commands + " " + codes + " (" + reference + ")";
    }
  }

  private static final Set<SmtpCommand> COMMANDS = EnumSet.complementOf(EnumSet.of(GREETING));
  private static final Set<SmtpCommand> BUT_QUIT = EnumSet.complementOf(EnumSet.of(GREETING, QUIT));

  private static final List<Row> ROWS;

  /** The allowed codes of each command, by {@link SmtpCommand#ordinal()}. */
  private static final BitSet[] ALLOWED = new BitSet[SmtpCommand.values().length];

  static {
    List<Row> rows = new ArrayList<>();
    // RFC 5321 §4.3.2, "Specific sequences", one row per command group as the RFC lists it
    // (I: intermediate, S: success, E: error replies).
    rows.add(row(EnumSet.of(GREETING), "RFC 5321 §4.3.2", 220, 554));
    rows.add(row(EnumSet.of(EHLO, HELO), "RFC 5321 §4.3.2", 250, 504, 550, 502));
    rows.add(row(EnumSet.of(MAIL), "RFC 5321 §4.3.2", 250, 552, 451, 452, 550, 553, 503, 455, 555));
    rows.add(
        row(
            EnumSet.of(RCPT),
            "RFC 5321 §4.3.2",
            250,
            251,
            550,
            551,
            552,
            553,
            450,
            451,
            452,
            503,
            455,
            555));
    rows.add(
        row(EnumSet.of(DATA), "RFC 5321 §4.3.2", 354, 250, 552, 554, 451, 452, 450, 550, 503, 554));
    rows.add(row(EnumSet.of(RSET), "RFC 5321 §4.3.2", 250));
    rows.add(row(EnumSet.of(VRFY), "RFC 5321 §4.3.2", 250, 251, 252, 550, 551, 553, 502, 504));
    rows.add(row(EnumSet.of(EXPN), "RFC 5321 §4.3.2", 250, 252, 550, 500, 502, 504));
    rows.add(row(EnumSet.of(HELP), "RFC 5321 §4.3.2", 211, 214, 502, 504));
    rows.add(row(EnumSet.of(NOOP), "RFC 5321 §4.3.2", 250));
    rows.add(row(EnumSet.of(QUIT), "RFC 5321 §4.3.2", 221));

    // RFC 5321 §4.3.2: "any SMTP command can return any of the following codes": 500, 501, 421.
    rows.add(row(COMMANDS, "RFC 5321 §4.3.2 (any command)", 500, 501, 421));
    // §3.8: 421 may also be sent "asynchronously from command receipt", so also instead of the
    // greeting; a busy server's 421 greeting is common practice.
    rows.add(row(EnumSet.of(GREETING), "RFC 5321 §3.8", 421));
    // §3.1: after a 554 greeting the server "SHOULD respond to any intervening commands with 503";
    // only QUIT is answered normally.
    rows.add(row(BUT_QUIT, "RFC 5321 §3.1", 503));
    // §3.3: a MAIL failure is permanent or temporary; 450 is §4.2.2's temporary mailbox reply.
    rows.add(row(EnumSet.of(MAIL), "RFC 5321 §3.3", 450));
    // §4.2.4: 502 for a command the server recognizes but does not implement, such as an
    // extension it does not offer.
    rows.add(row(EnumSet.of(STARTTLS, AUTH, BDAT), "RFC 5321 §4.2.4", 502));

    // RFC 1870 §6: a MAIL whose SIZE the server cannot accept gets 552 (permanent) or 452
    // (temporary); both are already in §4.3.2's MAIL row, and 552 after the data in DATA's.
    rows.add(row(EnumSet.of(MAIL), "RFC 1870 §6", 452, 552));

    // RFC 3207 §4: STARTTLS replies 220, 501, 454; a server that requires TLS answers "every
    // command
    // other than NOOP, EHLO, STARTTLS, or QUIT" with 530.
    rows.add(row(EnumSet.of(STARTTLS), "RFC 3207 §4", 220, 501, 454));
    rows.add(
        row(
            EnumSet.complementOf(EnumSet.of(GREETING, NOOP, EHLO, STARTTLS, QUIT)),
            "RFC 3207 §4",
            530));
    // RFC 3207 §4.1: after TLS, a server that finds the security too weak answers "every SMTP
    // command from the client (other than the QUIT command)" with 554.
    rows.add(row(BUT_QUIT, "RFC 3207 §4.1", 554));

    // RFC 4954 §4 and §6: AUTH's replies (334 is the challenge, an intermediate reply).
    rows.add(
        row(
            EnumSet.of(AUTH),
            "RFC 4954 §4, §6",
            235,
            334,
            432,
            454,
            500,
            501,
            503,
            504,
            534,
            535,
            538));
    // RFC 4954 §6: 530 "SHOULD be returned by any command other than AUTH, EHLO, HELO, NOOP, RSET,
    // or QUIT" when authentication is required.
    rows.add(
        row(
            EnumSet.complementOf(EnumSet.of(GREETING, AUTH, EHLO, HELO, NOOP, RSET, QUIT)),
            "RFC 4954 §6",
            530));

    // RFC 3030 §2: 250 for each chunk, 503 for a BDAT after BDAT LAST, and otherwise "the
    // appropriate 5XX or 4XX code": those of DATA's end of data (RFC 5321 §4.3.2), as BDAT
    // replaces DATA; never 354, BDAT has no intermediate reply.
    rows.add(row(EnumSet.of(BDAT), "RFC 3030 §2", 250, 503, 552, 554, 451, 452, 450, 550));

    // RFC 7504 §3: 521 instead of the greeting, and then to any command but QUIT ("MAY either
    // continue sending 521 reply codes or simply close the connection").
    rows.add(row(EnumSet.of(GREETING), "RFC 7504 §3", 521));
    rows.add(row(BUT_QUIT, "RFC 7504 §3", 521));
    // RFC 7504 §4: 556 after a command with a forward-pointing address, "such as RCPT".
    rows.add(row(EnumSet.of(RCPT), "RFC 7504 §4", 556));

    ROWS = List.copyOf(rows);
    for (SmtpCommand c : SmtpCommand.values()) {
      BitSet bits = new BitSet(600);
      for (Row r : ROWS) {
        if (r.getCommands().contains(c)) {
          r.getCodes().forEach(bits::set);
        }
      }
      ALLOWED[c.ordinal()] = bits;
    }
  }

  private CommandReplyTable() {}

  private static Row row(Set<SmtpCommand> commands, String reference, int... codes) {
    int[] distinct = Arrays.stream(codes).distinct().toArray();
    return new Row(commands, distinct, reference);
  }

  /** Every row, in the order the decision record lists them. */
  public static List<Row> rows() {
    return ROWS;
  }

  /** True if some row gives {@code code} to {@code command}. */
  public static boolean allows(SmtpCommand command, int code) {
    Objects.requireNonNull(command, "command == null");
    return code >= 0 && code < 600 && ALLOWED[command.ordinal()].get(code);
  }

  /** The codes {@code command} may receive, ascending. */
  public static List<Integer> codes(SmtpCommand command) {
    Objects.requireNonNull(command, "command == null");
    BitSet bits = ALLOWED[command.ordinal()];
    List<Integer> out = new ArrayList<>(bits.cardinality());
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      out.add(i);
    }
    return out;
  }

  /** The rows that speak about {@code command}, in table order. */
  public static List<Row> rows(SmtpCommand command) {
    Objects.requireNonNull(command, "command == null");
    List<Row> out = new ArrayList<>();
    for (Row r : ROWS) {
      if (r.getCommands().contains(command)) {
        out.add(r);
      }
    }
    return out;
  }
}
