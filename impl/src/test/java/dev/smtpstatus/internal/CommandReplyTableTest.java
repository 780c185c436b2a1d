package dev.smtpstatus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.api.SmtpCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command table against the RFCs' own text: RFC 5321 §4.3.2 is read from its published lists (a
 * test resource), and each other row from the sentence that grants it, quoted here (shortened with
 * "...", or summarized where an RFC spreads a command's replies over several paragraphs, as RFC
 * 4954 does for AUTH). The table is written by hand from the same text; these tests read it a
 * second way.
 */
class CommandReplyTableTest {

  private static final Pattern CODE = Pattern.compile("\\b[2-5][0-5]\\d\\b");

  // ---------------------------------------------------------------------------------------------
  // RFC 5321 §4.3.2, read from the RFC's text.

  private static String section432() throws IOException {
    try (InputStream in =
        CommandReplyTableTest.class.getResourceAsStream("/rfc/rfc5321-section-4.3.2.txt")) {
      assertNotNull(in, "the RFC text resource is missing");
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  /** The command groups of "Specific sequences are:", each with the codes its lines name. */
  private static Map<Set<SmtpCommand>, Set<Integer>> specificSequences() throws IOException {
    String text = section432();
    String sequences = text.substring(text.indexOf("Specific sequences are:"));
    Map<Set<SmtpCommand>, StringBuilder> groups = new LinkedHashMap<>();
    StringBuilder current = null;
    for (String line : sequences.lines().skip(1).collect(Collectors.toList())) {
      // A heading is indented six spaces and names the command (or the connection).
      if (line.startsWith("      ") && !line.startsWith("       ")) {
        current = new StringBuilder();
        groups.put(commandsOf(line.strip()), current);
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    Map<Set<SmtpCommand>, Set<Integer>> out = new LinkedHashMap<>();
    groups.forEach(
        (commands, lines) -> out.put(commands, codesOutsideParentheses(lines.toString())));
    return out;
  }

  private static Set<SmtpCommand> commandsOf(String heading) {
    if (heading.equals("CONNECTION ESTABLISHMENT")) {
      return EnumSet.of(SmtpCommand.GREETING);
    }
    Set<SmtpCommand> out = EnumSet.noneOf(SmtpCommand.class);
    for (String word : heading.split(" or ")) {
      out.add(SmtpCommand.valueOf(word.strip()));
    }
    return out;
  }

  /** Reply codes named in the text, leaving out the RFC's parenthetical remarks. */
  private static Set<Integer> codesOutsideParentheses(String text) {
    String plain = text.replaceAll("(?s)\\([^)]*\\)", " ");
    Set<Integer> out = new TreeSet<>();
    Matcher m = CODE.matcher(plain);
    while (m.find()) {
      out.add(Integer.parseInt(m.group()));
    }
    return out;
  }

  private static List<CommandReplyTable.Row> rowsCiting(String reference) {
    return CommandReplyTable.rows().stream()
        .filter(r -> r.getReference().equals(reference))
        .collect(Collectors.toList());
  }

  @Test
  void eachSpecificSequenceOfSection432IsOneRowWithExactlyItsCodes() throws IOException {
    Map<Set<SmtpCommand>, Set<Integer>> rfc = specificSequences();
    assertEquals(11, rfc.size(), rfc::toString); // the greeting and ten command groups
    List<CommandReplyTable.Row> rows = rowsCiting("RFC 5321 §4.3.2");
    assertEquals(rfc.size(), rows.size(), rows::toString);
    for (CommandReplyTable.Row row : rows) {
      Set<Integer> listed = rfc.get(row.getCommands());
      assertNotNull(listed, () -> "no such group in §4.3.2: " + row);
      assertEquals(listed, new TreeSet<>(row.getCodes()), row::toString);
    }
    // Spot checks of the reading itself: a parenthetical "251 and 551" is not RCPT's success list.
    assertEquals(
        Set.of(250, 251, 550, 551, 552, 553, 450, 451, 452, 503, 455, 555),
        rfc.get(EnumSet.of(SmtpCommand.RCPT)));
    assertEquals(
        Set.of(354, 250, 552, 554, 451, 452, 450, 550, 503), rfc.get(EnumSet.of(SmtpCommand.DATA)));
  }

  @Test
  void theCodesAfterAnyCommandAreThoseTheRfcListsAtTheStartOfALine() throws IOException {
    String text = section432();
    String any = text.substring(text.indexOf("In addition"), text.indexOf("Specific sequences"));
    Set<Integer> listed = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^   ([2-5]\\d\\d)  ").matcher(any);
    while (m.find()) {
      listed.add(Integer.parseInt(m.group(1)));
    }
    assertEquals(Set.of(421, 500, 501), listed);
    List<CommandReplyTable.Row> rows = rowsCiting("RFC 5321 §4.3.2 (any command)");
    assertEquals(1, rows.size());
    assertEquals(listed, new TreeSet<>(rows.get(0).getCodes()));
    // "any SMTP command": every command, not the greeting, which answers none.
    assertEquals(EnumSet.complementOf(EnumSet.of(SmtpCommand.GREETING)), rows.get(0).getCommands());
  }

  // ---------------------------------------------------------------------------------------------
  // The other rows, each against the sentence that grants it.

  /**
   * The commands a sentence of the form "... every command other than A, B, or C" speaks about:
   * every command except those it names and the greeting, which is not a command.
   */
  private static Set<SmtpCommand> allBut(String quote) {
    String tail = quote.substring(quote.indexOf("other than") + "other than".length());
    Set<SmtpCommand> out = EnumSet.complementOf(EnumSet.of(SmtpCommand.GREETING));
    for (SmtpCommand c : SmtpCommand.values()) {
      if (Pattern.compile("\\b" + c.name() + "\\b").matcher(tail).find()) {
        out.remove(c);
      }
    }
    return out;
  }

  private static CommandReplyTable.Row onlyRow(String reference, int code) {
    List<CommandReplyTable.Row> rows =
        CommandReplyTable.rows().stream()
            .filter(r -> r.getReference().equals(reference) && r.getCodes().contains(code))
            // A row for the greeting alone is checked with the other rows below.
            .filter(r -> !r.getCommands().equals(EnumSet.of(SmtpCommand.GREETING)))
            .collect(Collectors.toList());
    assertEquals(1, rows.size(), () -> reference + " " + code + ": " + rows);
    return rows.get(0);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // reference | code | the RFC's words (the commands it names are excluded)
        "RFC 3207 §4 | 530 | the server SHOULD return the reply code: 530 Must issue a STARTTLS"
            + " command first to every command other than NOOP, EHLO, STARTTLS, or QUIT.",
        "RFC 4954 §6 | 530 | 530 5.7.0 Authentication required. This response SHOULD be returned"
            + " by any command other than AUTH, EHLO, HELO, NOOP, RSET, or QUIT when server policy"
            + " requires authentication",
        "RFC 3207 §4.1 | 554 | it SHOULD reply to every SMTP command from the client (other than"
            + " the QUIT command) with the 554 Command refused due to lack of security reply.",
        "RFC 7504 §3 | 521 | If the SMTP client attempts to send additional commands other than"
            + " QUIT, the server MAY either continue sending 521 reply codes or simply close the"
            + " connection.",
        "RFC 5321 §3.1 | 503 | A server taking this approach MUST still wait for the client to send"
            + " a QUIT ... before closing the connection and SHOULD respond to any intervening"
            + " commands with 503 bad sequence of commands. [Intervening: before the QUIT, so every"
            + " command other than QUIT.]",
      })
  void aCodeForEveryCommandButSomeCoversExactlyTheOthers(String reference, int code, String quote) {
    CommandReplyTable.Row row = onlyRow(reference, code);
    assertEquals(allBut(quote), row.getCommands(), row::toString);
    assertTrue(quote.contains(Integer.toString(code)), quote);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // reference | commands | the RFC's words, whose codes are the row's
        "RFC 3207 §4 | STARTTLS | After the client gives the STARTTLS command, the server responds"
            + " with one of the following reply codes: 220 Ready to start TLS; 501 Syntax error"
            + " (no parameters allowed); 454 TLS not available due to temporary reason",
        "RFC 4954 §4, §6 | AUTH | 334 challenge; 235 on success; 501 when the client cancels with"
            + " * or the response cannot be BASE64 decoded; 503 for a second AUTH or one during a"
            + " mail transaction; 504 for an unsupported mechanism; 535 when the credentials are"
            + " rejected; and the status codes of section 6: 432 4.7.12, 534 5.7.9, 535 5.7.8,"
            + " 454 4.7.0, 500 5.5.6, 538 5.7.11",
        "RFC 3030 §2 | BDAT | it will return a 250 reply code; any BDAT command sent after the BDAT"
            + " LAST ... MUST be replied to with a 503; otherwise the appropriate 5XX or 4XX code,"
            + " as for DATA after the data (RFC 5321 §4.3.2): 552, 554, 451, 452, 450, 550",
        "RFC 7504 §4 | RCPT | When an SMTP server returns a 556 reply code after receiving a command"
            + " (such as RCPT, which contains a forward-pointing address)",
        "RFC 1870 §6 | MAIL | a MAIL command whose SIZE exceeds the fixed maximum: 552; a size the"
            + " server cannot accept now for lack of storage: 452",
        "RFC 5321 §3.3 | MAIL | the server MUST return a reply indicating whether the failure is"
            + " permanent or temporary: 450 (temporary mailbox reply of §4.2.2)",
        "RFC 7504 §3 | GREETING | This document updates that list with a new code, 521, for use in"
            + " response to an initial connection.",
        "RFC 5321 §3.8 | GREETING | a 421 response code ... can be issued after the server receives"
            + " any command or, if necessary, asynchronously from command receipt",
        "RFC 5321 §4.2.4 | STARTTLS AUTH BDAT | 502 SHOULD be used when the command is actually"
            + " recognized by the SMTP server, but not implemented",
      })
  void eachExtensionRowGivesItsCommandsExactlyTheCodesItsSentenceNames(
      String reference, String commands, String quote) {
    Set<SmtpCommand> named = EnumSet.noneOf(SmtpCommand.class);
    for (String c : commands.split(" ")) {
      named.add(SmtpCommand.valueOf(c));
    }
    Set<Integer> codes = new TreeSet<>();
    Matcher m = CODE.matcher(quote.replaceAll("\\d\\.\\d+\\.\\d+", "").replaceAll("§\\S+", ""));
    while (m.find()) {
      codes.add(Integer.parseInt(m.group()));
    }
    List<CommandReplyTable.Row> rows =
        CommandReplyTable.rows().stream()
            .filter(r -> r.getReference().equals(reference) && r.getCommands().equals(named))
            .collect(Collectors.toList());
    assertEquals(1, rows.size(), () -> reference + " " + named + ": " + rows);
    assertEquals(codes, new TreeSet<>(rows.get(0).getCodes()));
  }

  @Test
  void everyRowIsCheckedByOneOfTheTestsAbove() {
    Set<String> references =
        Set.of(
            "RFC 5321 §4.3.2",
            "RFC 5321 §4.3.2 (any command)",
            "RFC 5321 §3.1",
            "RFC 5321 §3.3",
            "RFC 5321 §3.8",
            "RFC 5321 §4.2.4",
            "RFC 1870 §6",
            "RFC 3207 §4",
            "RFC 3207 §4.1",
            "RFC 4954 §4, §6",
            "RFC 4954 §6",
            "RFC 3030 §2",
            "RFC 7504 §3",
            "RFC 7504 §4");
    for (CommandReplyTable.Row r : CommandReplyTable.rows()) {
      assertTrue(references.contains(r.getReference()), r::toString);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What the table as a whole says.

  @Test
  void everyCodeInTheTableIsDefinedByAnRfc() {
    for (CommandReplyTable.Row r : CommandReplyTable.rows()) {
      for (int code : r.getCodes()) {
        ReplyCodeTable.Entry e = ReplyCodeTable.get(code);
        assertNotNull(e, () -> code + " in " + r);
        assertFalse(
            e.status() == ReplyCodeTable.Status.REGISTRY_ASSOCIATION_ONLY,
            () -> code + " in " + r + " is named only by the registry");
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    // The examples and the edges of the rows above.
    "RCPT,     221, false",
    "QUIT,     250, false",
    "QUIT,     221, true",
    "QUIT,     503, false", // §3.1: QUIT is answered normally even after a 554 greeting
    "QUIT,     500, true",
    "GREETING, 500, false", // no command, so no syntax error
    "GREETING, 421, true",
    "GREETING, 521, true",
    "BDAT,     354, false", // BDAT has no intermediate reply
    "DATA,     354, true",
    "NOOP,     530, false", // excluded by RFC 3207 and RFC 4954 alike
    "EHLO,     530, false",
    "HELO,     530, true", // RFC 3207 does not exclude HELO
    "AUTH,     530, true", // RFC 3207: STARTTLS first
    "RSET,     530, true", // RFC 3207 does not exclude RSET
    "RCPT,     556, true",
    "MAIL,     556, false",
    "MAIL,     552, true",
    "MAIL,     251, false",
    "STARTTLS, 454, true",
    "AUTH,     334, true",
    "HELP,     214, true",
    "VRFY,     252, true",
    "RSET,     252, false",
  })
  void allows(SmtpCommand command, int code, boolean allowed) {
    assertEquals(allowed, CommandReplyTable.allows(command, code));
    assertEquals(allowed, CommandReplyTable.codes(command).contains(code));
  }

  @Test
  void codesAreTheUnionOfTheCommandsRows() {
    for (SmtpCommand c : SmtpCommand.values()) {
      Set<Integer> union = new TreeSet<>();
      CommandReplyTable.rows(c).forEach(r -> union.addAll(r.getCodes()));
      assertEquals(new ArrayList<>(union), CommandReplyTable.codes(c), c::toString);
      assertFalse(union.isEmpty(), c::toString);
    }
    assertFalse(CommandReplyTable.allows(SmtpCommand.RCPT, -1));
    assertFalse(CommandReplyTable.allows(SmtpCommand.RCPT, 600));
  }
}
