package dev.smtpstatus.dsn;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a failed recipient: permanent or transient, and a {@link BounceReason}, from its
 * status (RFC 3463), reply code (RFC 5321 §4.2) and text. The table and the order of the evidence
 * are in docs/decisions/0701-bounce-classification.md:
 *
 * <ol>
 *   <li>Permanent: the status class (5 permanent, 4 transient), else the reply code's first digit,
 *       else the Action ({@code failed} permanent, {@code delayed} transient), else words in the
 *       text ("permanent error", "temporary"); null when none of them tells.
 *   <li>Reason: a specific status decides ({@code X.1.1} unknown recipient, {@code X.2.2} mailbox
 *       full…); a generic one ({@code X.0.0}, {@code X.7.1}, any detail 0…) lets the text decide
 *       and is the fallback; then the reply code ({@code 551}, {@code 552}, {@code 5.0x}…); then
 *       {@link BounceReason#OTHER}.
 * </ol>
 *
 * <pre>{@code
 * Classification c = BounceClassifier.classify(Action.FAILED, EnhancedStatusCode.parse("5.7.1"),
 *     ReplyCode.of(550), "Service unavailable; client host blocked using zen.spamhaus.org");
 * c.getPermanent();   // true
 * c.getReason();      // BLOCKED
 * }</pre>
 */
public final class BounceClassifier {
  private BounceClassifier() {}

  private record TextRule(Pattern pattern, BounceReason reason) {}

  private static TextRule rule(String regex, BounceReason reason) {
    return new TextRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reason);
  }

  /**
   * Words that tell a reason, most specific first: "relay access denied … blocked" is about
   * relaying, "SPF … rejected as spam" about authentication.
   */
  private static final List<TextRule> TEXT_RULES =
      List.of(
          rule(
              "\\b(relay(ing)? (access )?(denied|not permitted|prohibited)"
                  + "|not (permitted|allowed) to relay|unable to relay|no relaying)",
              BounceReason.RELAYING_DENIED),
          rule(
              "\\b(spf|dkim|dmarc|arc validation|sender policy framework"
                  + "|not authenticated|authentication (failed|required)|unauthenticated)",
              BounceReason.AUTHENTICATION),
          rule(
              "\\b(starttls|tls (is )?required|requires? tls|encryption (is )?required"
                  + "|must issue a starttls)",
              BounceReason.TLS_REQUIRED),
          rule(
              "\\b(over ?quota|quota exceeded|exceeded (its|the|his|her) (storage|quota)"
                  + "|mailbox (is )?full|mailbox size limit|insufficient (storage|disk)|full mailbox"
                  + "|out of storage|storage (space|allocation))",
              BounceReason.MAILBOX_FULL),
          rule(
              "\\b(too (large|big)|size limit|exceeds? (the )?(maximum )?(message )?size"
                  + "|message size exceeds|message length exceeds)",
              BounceReason.MESSAGE_TOO_BIG),
          rule(
              // Greylisting (a deferral until the sender retries) reads best as "slow down".
              "\\b(gr[ae]y-?list|rate limit|rate-limit|ratelimit|throttl|too many (messages|connections|recipients|mails|emails)"
                  + "|sending (limit|quota)|try (again )?later.{0,40}(volume|rate)|unusual rate"
                  + "|temporarily deferred due to)",
              BounceReason.RATE_LIMITED),
          rule(
              "\\b(spam(?!haus|cop)|virus|malware|phish|content (rejected|filter)|message content"
                  + "|suspicious|unsolicited|bulk mail)",
              BounceReason.SPAM_OR_CONTENT),
          rule(
              "\\b(block(ed| ?list)|black ?list|spamhaus|spamcop|barracuda|rbl|dnsbl|reputation"
                  + "|(?<!not )listed (at|on|in|by)|poor ip|banned|denied by policy due to)",
              BounceReason.BLOCKED),
          rule(
              "\\b(disabled|deactivated|suspended|inactive|locked|no longer (active|in use)"
                  + "|account (has been )?(closed|expired))",
              BounceReason.ACCOUNT_DISABLED),
          rule(
              "\\b(domain (not found|does not exist|name not found)|host (or domain name )?not found"
                  + "|no mx|unrouteable domain|unroutable domain|nxdomain|name or service not known"
                  + "|no such domain|domain.{0,20}not exist|dns lookup failed|null mx"
                  // Outlook.com and Exchange Online (5.4.310, "DNS domain … does not exist").
                  + "|domain is not reachable|dns domain .{0,255}?does not exist"
                  + "|domainnonexistent)",
              BounceReason.UNKNOWN_DOMAIN),
          rule(
              "\\b(user unknown|unknown user|no such (user|mailbox|recipient|address)"
                  + "|(user|mailbox|recipient|address|account) (does not|doesn't|did not) exist"
                  + "|does not exist|doesn't have a|recipient (address )?rejected|recip ?not ?found"
                  + "|(user|recipient|mailbox|address) not found|invalid (recipient|mailbox|address|user)"
                  + "|unknown (recipient|mailbox|address)|unrouteable address|not listed in"
                  + "|no mailbox here|mailbox not available|address couldn't be found|not a valid mailbox"
                  + "|wasn't found at|was not found at"
                  // RFC 5321 §4.2.3's text for 550, "mailbox unavailable (e.g., mailbox not found
                  // …)": most often an unknown mailbox; blocks and policy are tried before.
                  + "|mailbox unavailable)",
              BounceReason.UNKNOWN_RECIPIENT),
          rule(
              "\\b(expired|retry time(out)? (exceeded|reached)|too long in (the )?queue"
                  + "|could not be delivered within|delivery time expired|giving up)",
              BounceReason.EXPIRED),
          rule(
              "\\b(connection (refused|timed out|reset|lost)|timed out|network (is )?unreachable"
                  + "|no route to host|connect to .{0,60} failed|lost connection)",
              BounceReason.NETWORK),
          rule(
              "\\b(policy|not authori[sz]ed|access denied|administrative prohibition"
                  + "|prohibited|not allowed|rejected by recipient)",
              BounceReason.POLICY),
          rule(
              "\\b(syntax error|command (not recognized|unrecognized)|bad sequence"
                  + "|parameter not implemented|protocol error)",
              BounceReason.PROTOCOL_ERROR),
          rule(
              "\\b(system (error|failure)|internal (server )?error|local error|temporary failure"
                  + "|service (not available|unavailable)|try again later|resources temporarily)",
              BounceReason.REMOTE_SYSTEM_ERROR));

  private static final Pattern PERMANENT_WORDS =
      Pattern.compile(
          "\\b(permanent(ly)? (error|failure|fatal)|fatal error|failed permanently|permanently)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRANSIENT_WORDS =
      Pattern.compile(
          "\\b(temporar(y|ily)|transient|will (be )?retr(y|ied)|try again later|deferred)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Classifies one recipient from what its report says; every argument may be absent.
   *
   * @param action the DSN Action, or null (free-text bounce)
   * @param status the enhanced status code, or null
   * @param code the reply code, or null
   * @param text the diagnostic or human-readable text, or null
   */
  public static Classification classify(
      @Nullable Action action,
      @Nullable EnhancedStatusCode status,
      @Nullable ReplyCode code,
      @Nullable String text) {
    String t = text == null ? "" : text;
    Boolean permanent = permanence(action, status, code, t);
    boolean success =
        (status != null && status.isSuccess())
            || (status == null && code != null && code.isPositive())
            || (status == null
                && code == null
                && action != null
                && action != Action.FAILED
                && action != Action.DELAYED);
    if (success) {
      return Classification.of(null, BounceReason.NOT_A_FAILURE);
    }
    return Classification.of(permanent, reason(status, code, t));
  }

  private static @Nullable Boolean permanence(
      @Nullable Action action,
      @Nullable EnhancedStatusCode status,
      @Nullable ReplyCode code,
      String text) {
    if (status != null && !status.isSuccess()) {
      return status.isPermanent();
    }
    if (status == null && code != null && (code.isPermanent() || code.isTransient())) {
      return code.isPermanent();
    }
    if (action == Action.FAILED) {
      return Boolean.TRUE;
    }
    if (action == Action.DELAYED) {
      return Boolean.FALSE;
    }
    if (status != null || code != null) {
      return null;
    }
    boolean p = PERMANENT_WORDS.matcher(text).find();
    boolean tr = TRANSIENT_WORDS.matcher(text).find();
    return p == tr ? null : p;
  }

  private static BounceReason reason(
      @Nullable EnhancedStatusCode status, @Nullable ReplyCode code, String text) {
    BounceReason fallback = null;
    if (status != null) {
      BounceReason specific = specific(status);
      if (specific != null) {
        return specific;
      }
      fallback = generic(status);
    }
    BounceReason fromText = fromText(text);
    if (fromText != null) {
      return fromText;
    }
    if (fallback != null) {
      return fallback;
    }
    if (code != null) {
      BounceReason fromCode = fromCode(code.getValue());
      if (fromCode != null) {
        return fromCode;
      }
    }
    return BounceReason.OTHER;
  }

  /** A reason from the text alone, or null; the first matching rule of the table wins. */
  static @Nullable BounceReason fromText(String text) {
    if (text.isEmpty()) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT);
    for (TextRule r : TEXT_RULES) {
      if (r.pattern().matcher(t).find()) {
        return r.reason();
      }
    }
    return null;
  }

  /** The statuses whose meaning decides the reason whatever the text says (0701, table 1). */
  private static @Nullable BounceReason specific(EnhancedStatusCode s) {
    int subject = s.getSubjectNumber();
    int detail = s.getDetailNumber();
    switch (subject) {
      case 1:
        switch (detail) {
          case 1:
          case 3:
          case 6:
            return BounceReason.UNKNOWN_RECIPIENT;
          case 2:
            return BounceReason.UNKNOWN_DOMAIN;
          default:
            // X.1.10 (null MX, RFC 7505) is left to the text: Exchange Online sends 5.1.10 for
            // "RecipientNotFound" (0701).
            return null;
        }
      case 2:
        switch (detail) {
          case 1:
            return BounceReason.ACCOUNT_DISABLED;
          case 2:
            return BounceReason.MAILBOX_FULL;
          case 3:
            return BounceReason.MESSAGE_TOO_BIG;
          default:
            return null;
        }
      case 3:
        return detail == 4 ? BounceReason.MESSAGE_TOO_BIG : null;
      case 4:
        switch (detail) {
          case 1:
          case 2:
          case 3:
            return BounceReason.NETWORK;
          case 4:
            return BounceReason.UNKNOWN_DOMAIN;
          case 7:
            return BounceReason.EXPIRED;
          default:
            return null;
        }
      case 5:
        return detail == 3 ? BounceReason.RATE_LIMITED : null;
      case 7:
        switch (detail) {
          case 5:
          case 6:
          case 7:
          case 8:
          case 9:
          case 12:
          case 20:
          case 21:
          case 22:
          case 23:
          case 24:
          case 26:
          case 29:
            return BounceReason.AUTHENTICATION;
          case 10:
          case 11:
          case 30:
            return BounceReason.TLS_REQUIRED;
          case 13:
            return BounceReason.ACCOUNT_DISABLED;
          case 16:
            return BounceReason.MESSAGE_TOO_BIG;
          case 17:
          case 19:
            return BounceReason.UNKNOWN_RECIPIENT;
          case 18:
            return BounceReason.UNKNOWN_DOMAIN;
          case 25:
            return BounceReason.BLOCKED;
          case 28:
            return BounceReason.RATE_LIMITED;
          default:
            return null;
        }
      default:
        return null;
    }
  }

  /** The fallback of a status the text may refine (0701, table 2). */
  private static BounceReason generic(EnhancedStatusCode s) {
    switch (s.getSubjectNumber()) {
      case 1:
        if (s.getDetailNumber() == 10) {
          return BounceReason.UNKNOWN_DOMAIN;
        }
        return s.getDetailNumber() == 0 ? BounceReason.OTHER : BounceReason.POLICY;
      case 2:
        return BounceReason.OTHER;
      case 3:
      case 4:
        return BounceReason.REMOTE_SYSTEM_ERROR;
      case 5:
        return BounceReason.PROTOCOL_ERROR;
      case 6:
        return BounceReason.SPAM_OR_CONTENT;
      case 7:
        return BounceReason.POLICY;
      default:
        return BounceReason.OTHER;
    }
  }

  /** The reason RFC 5321 §4.2.3's meaning of a code gives, or null (0701, table 3). */
  private static @Nullable BounceReason fromCode(int code) {
    switch (code) {
      case 421:
      case 451:
      case 452:
        return BounceReason.REMOTE_SYSTEM_ERROR;
      case 500:
      case 501:
      case 502:
      case 503:
      case 504:
      case 555:
        return BounceReason.PROTOCOL_ERROR;
      case 530:
      case 535:
        return BounceReason.AUTHENTICATION;
      case 551:
      case 553:
        return BounceReason.UNKNOWN_RECIPIENT;
      case 552:
        return BounceReason.MAILBOX_FULL;
      default:
        return null;
    }
  }
}
