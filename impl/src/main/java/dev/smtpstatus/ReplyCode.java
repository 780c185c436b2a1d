package dev.smtpstatus;

import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.internal.ReplyCodeGrammar;
import dev.smtpstatus.internal.ReplyCodeTable;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A basic SMTP reply code (RFC 5321 §4.2): three digits, the first 2 to 5, the second 0 to 5.
 *
 * <pre>{@code
 * ReplyCode c = ReplyCode.of(552);
 * c.getType();        // PERMANENT_NEGATIVE_COMPLETION
 * c.getCategory();    // MAIL_SYSTEM
 * c.getMeaning();     // "Requested mail action aborted: exceeded storage allocation"
 * c.toString();       // "552"
 * }</pre>
 *
 * <p>Every valid code has one cached instance: {@code of} and {@code parse} allocate nothing.
 */
@Value.Immutable
// The static cache builds ImmutableReplyCodes while ReplyCode initializes. No deadlock: the
// generated subclass is package-private and only ReplyCode creates it, so it never initializes
// first.
@SuppressWarnings("ClassInitializationDeadlock")
public abstract class ReplyCode implements Comparable<ReplyCode> {
  private static final ReplyCode[] CACHE = new ReplyCode[600];

  static {
    for (int v = 200; v < 600; v++) {
      if (v / 10 % 10 <= 5) {
        CACHE[v] = ImmutableReplyCode.of(v);
      }
    }
  }

  ReplyCode() {}

  /** The code as a number, e.g. 552. */
  public abstract int getValue();

  /** What the first digit says: positive completion, intermediate, transient or permanent. */
  public ReplyType getType() {
    return ReplyType.values()[getValue() / 100 - 2];
  }

  /** What the second digit says: syntax, information, connections, mail system… */
  public ReplyCategory getCategory() {
    return ReplyCategory.values()[getValue() / 10 % 10];
  }

  /**
   * The enhanced status class that goes with this code (RFC 2034 §3), or null for intermediate 3xx
   * replies, which carry none.
   */
  public @Nullable StatusClass getStatusClass() {
    return getType().getStatusClass();
  }

  /** True for 2xx. */
  public boolean isPositive() {
    return getValue() < 300;
  }

  /** True for 3xx: the server waits for more (e.g. 354 after DATA, 334 during AUTH). */
  public boolean isIntermediate() {
    return getValue() / 100 == 3;
  }

  /** True for 4xx: the client may try again later. */
  public boolean isTransient() {
    return getValue() / 100 == 4;
  }

  /** True for 5xx: repeating the same request will fail again. */
  public boolean isPermanent() {
    return getValue() / 100 == 5;
  }

  /**
   * True if an RFC defines this code: RFC 5321 §4.2.2/§4.2.3, or an extension such as AUTH (RFC
   * 4954), STARTTLS (RFC 3207), ETRN (RFC 1985) or RFC 7504. Codes that only the enhanced status
   * registry names (422, 430, 523, 524, 525, 533) are not.
   */
  public boolean isDefined() {
    ReplyCodeTable.Entry e = ReplyCodeTable.get(getValue());
    return e != null && e.status() != ReplyCodeTable.Status.REGISTRY_ASSOCIATION_ONLY;
  }

  /** True for a code its RFC deprecates (538, RFC 4954 §6). */
  public boolean isDeprecated() {
    ReplyCodeTable.Entry e = ReplyCodeTable.get(getValue());
    return e != null && e.status() == ReplyCodeTable.Status.DEPRECATED;
  }

  /** The meaning an RFC gives the code, or null if no RFC defines it. */
  public @Nullable String getMeaning() {
    ReplyCodeTable.Entry e = ReplyCodeTable.get(getValue());
    return e == null || e.status() == ReplyCodeTable.Status.REGISTRY_ASSOCIATION_ONLY
        ? null
        : e.meaning();
  }

  /**
   * Where the code is defined, e.g. {@code "RFC5321 4.2.2/4.2.3"}, or where the registry names it;
   * null for codes that no document here names.
   */
  public @Nullable String getReference() {
    ReplyCodeTable.Entry e = ReplyCodeTable.get(getValue());
    return e == null ? null : e.reference();
  }

  /**
   * Returns the reply code with this value.
   *
   * @throws IllegalArgumentException if the value is not three digits with the first 2-5 and the
   *     second 0-5 (RFC 5321 §4.2)
   */
  public static ReplyCode of(int value) {
    ReplyCode code = ofOrNull(value);
    if (code == null) {
      throw new IllegalArgumentException(
          "reply code " + value + " is not valid: " + ReplyCodeGrammar.RULE);
    }
    return code;
  }

  /** Returns the reply code with this value, or null if it is not a valid reply code. */
  public static @Nullable ReplyCode ofOrNull(int value) {
    return value >= 0 && value < CACHE.length ? CACHE[value] : null;
  }

  /**
   * Parses exactly three ASCII digits, e.g. {@code "552"}. No sign, no space, no other script's
   * digits: {@code "+50"} and {@code "٥٥٠"} are rejected although {@link Integer#parseInt} takes
   * them.
   *
   * @throws SmtpSyntaxException if {@code text} is not a valid reply code
   */
  public static ReplyCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    ReplyCode code = scan(text, 0, text.length());
    if (code == null) {
      throw new SmtpSyntaxException(
          text, ReplyCodeGrammar.RULE, ReplyCodeGrammar.firstBadIndex(text, 0, text.length()));
    }
    return code;
  }

  /** Parses like {@link #parse}, or returns null if {@code text} is not a valid reply code. */
  public static @Nullable ReplyCode parseOrNull(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    return scan(text, 0, text.length());
  }

  /** Scans {@code text[start, end)} as exactly a reply code, or returns null. */
  static @Nullable ReplyCode scan(CharSequence text, int start, int end) {
    if (end - start != 3) {
      return null;
    }
    int a = text.charAt(start) - '0';
    int b = text.charAt(start + 1) - '0';
    int c = text.charAt(start + 2) - '0';
    if (a < 2 || a > 5 || b < 0 || b > 5 || c < 0 || c > 9) {
      return null;
    }
    return CACHE[a * 100 + b * 10 + c];
  }

  /** Orders by value. */
  @Override
  public int compareTo(ReplyCode o) {
    return Integer.compare(getValue(), o.getValue());
  }

  /** Returns the three digits, e.g. {@code 552}. */
  @Override
  public String toString() {
    return Integer.toString(getValue());
  }
}
