package dev.smtpstatus.jakartamail;

import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.dsn.Action;
import dev.smtpstatus.dsn.BouncedRecipient;
import dev.smtpstatus.dsn.SessionRecipients;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressSucceededException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;

/**
 * The recipients of a failed Jakarta Mail send, typed and classified like a bounce's: one code path
 * handles a failure whether it arrived in the session or a day later as a DSN.
 *
 * <pre>{@code
 * try {
 *   Transport.send(message);
 * } catch (MessagingException e) {
 *   for (BouncedRecipient r : JakartaMailFailures.recipients(e)) {
 *     if (Boolean.TRUE.equals(r.getPermanent())) {
 *       suppress(r.getRecipient(), r.getReason());   // e.g. UNKNOWN_RECIPIENT for 550 5.1.1
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>What is read, along the chain of {@link MessagingException#getNextException()}:
 *
 * <ul>
 *   <li>{@code SMTPAddressFailedException} (Angus Mail): the address, with the server's reply to
 *       its {@code RCPT} read by the lenient {@link ReplyParser} (multi-line replies and the
 *       enhanced status code included; findings kept);
 *   <li>{@code SMTPAddressSucceededException} (with {@code mail.smtp.reportsuccess}): the address
 *       and its 2xx reply, {@code NOT_A_FAILURE};
 *   <li>{@code SMTPSendFailedException}: its reply (to {@code MAIL}, {@code DATA} or the end of
 *       data) for each invalid or valid-unsent address without a reply of its own; its valid-sent
 *       addresses as delivered;
 *   <li>a plain {@link SendFailedException}: its invalid addresses with its message as the text,
 *       valid-unsent ones as not sent (reason {@code OTHER}), valid-sent ones as delivered.
 * </ul>
 *
 * <p>Each address appears once, the first time it is seen with a reply of its own; the order is the
 * chain's. The result is empty for an exception that names no address (a connection failure:
 * nothing is known per recipient).
 */
public final class JakartaMailFailures {
  /** Angus joins a multi-line reply's lines with LF; diagnostics can be longer than a wire line. */
  private static final ReplyParser PARSER =
      ReplyParser.builder().setMaxLineLength(8192).setMaxReplyLength(65536).build();

  /** The most exceptions followed along the chain, against a cycle. */
  private static final int MAX_CHAIN = 10_000;

  private JakartaMailFailures() {}

  /**
   * Every recipient the exception and its chain name, typed and classified.
   *
   * @throws NullPointerException if {@code e} is null
   */
  public static List<BouncedRecipient> recipients(MessagingException e) {
    Objects.requireNonNull(e, "e == null");
    List<Exception> chain = chain(e);
    Map<String, BouncedRecipient> out = new LinkedHashMap<>();
    SmtpReply sendReply = null;
    for (Exception x : chain) {
      if (x instanceof SMTPAddressFailedException) {
        SMTPAddressFailedException a = (SMTPAddressFailedException) x;
        SmtpReply r = reply(a.getReturnCode(), a.getMessage());
        String address = address(a.getAddress());
        out.putIfAbsent(
            address,
            r != null
                ? SessionRecipients.ofReply(address, r)
                : SessionRecipients.ofText(address, null, a.getMessage()));
      } else if (x instanceof SMTPAddressSucceededException) {
        SMTPAddressSucceededException a = (SMTPAddressSucceededException) x;
        SmtpReply r = reply(a.getReturnCode(), a.getMessage());
        String address = address(a.getAddress());
        out.putIfAbsent(
            address,
            r != null
                ? SessionRecipients.ofReply(address, r)
                : SessionRecipients.ofText(address, Action.DELIVERED, null));
      } else if (x instanceof SMTPSendFailedException && sendReply == null) {
        SMTPSendFailedException s = (SMTPSendFailedException) x;
        sendReply = reply(s.getReturnCode(), s.getMessage());
      }
    }
    for (Exception x : chain) {
      if (!(x instanceof SendFailedException) || x instanceof SMTPAddressFailedException) {
        continue;
      }
      SendFailedException s = (SendFailedException) x;
      for (Address a : orEmpty(s.getInvalidAddresses())) {
        String address = address(a);
        if (!out.containsKey(address)) {
          out.put(
              address,
              sendReply != null
                  ? SessionRecipients.ofReply(address, sendReply)
                  : SessionRecipients.ofText(address, null, s.getMessage()));
        }
      }
      for (Address a : orEmpty(s.getValidUnsentAddresses())) {
        String address = address(a);
        if (!out.containsKey(address)) {
          out.put(
              address,
              sendReply != null
                  ? SessionRecipients.ofReply(address, sendReply)
                  : SessionRecipients.ofText(
                      address, null, "valid address; the message was not sent to it"));
        }
      }
      for (Address a : orEmpty(s.getValidSentAddresses())) {
        out.putIfAbsent(address(a), SessionRecipients.ofText(address(a), Action.DELIVERED, null));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The reply Angus Mail kept: the server's whole response (lines joined by LF), read by the
   * lenient parser; if that fails or gives another code, the return code before the text. Null if
   * neither reads (e.g. return code -1: no reply at all).
   */
  static @Nullable SmtpReply reply(int returnCode, @Nullable String text) {
    String t = text == null ? "" : text.strip();
    SmtpReply r = t.isEmpty() ? null : PARSER.parseOrNull(t);
    if (r != null && r.getCode().getValue() == returnCode) {
      return r;
    }
    if (returnCode >= 200 && returnCode <= 599) {
      return PARSER.parseOrNull(returnCode + " " + t);
    }
    return r;
  }

  private static List<Exception> chain(MessagingException e) {
    List<Exception> out = new ArrayList<>();
    Map<Exception, Boolean> seen = new IdentityHashMap<>();
    Exception x = e;
    while (x != null && out.size() < MAX_CHAIN && seen.put(x, Boolean.TRUE) == null) {
      out.add(x);
      x = x instanceof MessagingException ? ((MessagingException) x).getNextException() : null;
    }
    return out;
  }

  private static String address(@Nullable Address a) {
    if (a instanceof InternetAddress) {
      String s = ((InternetAddress) a).getAddress();
      return s == null ? "" : s;
    }
    return a == null ? "" : a.toString();
  }

  private static Address[] orEmpty(Address @Nullable [] a) {
    return a == null ? new Address[0] : a;
  }
}
