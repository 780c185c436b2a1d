package dev.smtpstatus;

import dev.smtpstatus.api.Detail;
import dev.smtpstatus.api.RegisteredDetail;
import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.api.Subject;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An enhanced mail system status code (RFC 3463): a class, a subject and a detail, written {@code
 * class.subject.detail} on the wire, e.g. {@code 5.3.4}.
 *
 * <pre>{@code
 * EnhancedStatusCode s = EnhancedStatusCode.parse("5.3.4");
 * s.getStatusClass();          // PERMANENT_FAILURE
 * s.getDetail();               // MailSystemDetail.MESSAGE_TOO_BIG
 * s.toString();                // "5.3.4"
 * EnhancedStatusCode.parseOrNull("5.01.1");   // null: leading zero
 * }</pre>
 *
 * <p>Parsing is strict, after RFC 3463 §2: the class is 2, 4 or 5; subject and detail are one to
 * three ASCII digits without leading zeros; nothing else, no spaces, no signs, no other scripts'
 * digits. Instances for registered codes are cached: parsing or building one allocates nothing.
 * Unregistered but well-formed codes, such as {@code 5.1.99}, are kept as they are.
 */
@Value.Immutable
// The static cache builds ImmutableEnhancedStatusCodes while EnhancedStatusCode initializes. No
// deadlock: the
// generated subclass is package-private and only EnhancedStatusCode creates it, so it never
// initializes first.
@SuppressWarnings("ClassInitializationDeadlock")
public abstract class EnhancedStatusCode implements Comparable<EnhancedStatusCode> {

  /** The size of a table indexed by {@link #index}: classes 0-5, subjects 0-7, details 0-31. */
  static final int REGISTERED_SLOTS = 6 << 8;

  /**
   * Cached instances of every registered code in every class, in one flat array indexed by class
   * number (0-5, only 2, 4 and 5 filled), subject (0-7) and detail (0-31): {@code class << 8 |
   * subject << 5 | detail}. One bounds check and one load on the parse path.
   */
  private static final EnhancedStatusCode[] CACHE = new EnhancedStatusCode[REGISTERED_SLOTS];

  static {
    for (StatusClass c : StatusClass.values()) {
      for (RegisteredDetail d : RegisteredDetail.values()) {
        CACHE[index(c.getNumber(), d.getSubject().getNumber(), d.getNumber())] =
            ImmutableEnhancedStatusCode.of(c, d);
      }
    }
  }

  EnhancedStatusCode() {}

  /** The class: success (2), persistent transient failure (4) or permanent failure (5). */
  public abstract StatusClass getStatusClass();

  /** The detail, which also knows its subject: a registered constant or an unregistered pair. */
  public abstract Detail getDetail();

  /** The subject, e.g. {@code MAIL_SYSTEM} for {@code 5.3.4}. */
  public Subject getSubject() {
    return getDetail().getSubject();
  }

  /** The class as a number: 2, 4 or 5. */
  public int getClassNumber() {
    return getStatusClass().getNumber();
  }

  /** The subject as a number, 0 to 999. */
  public int getSubjectNumber() {
    return getDetail().getSubject().getNumber();
  }

  /** The detail as a number, 0 to 999. */
  public int getDetailNumber() {
    return getDetail().getNumber();
  }

  /** True if IANA registers the subject and detail of this code. */
  public boolean isRegistered() {
    return getDetail().isRegistered();
  }

  /** The registered detail, or null if IANA registers none for this subject and detail. */
  public @Nullable RegisteredDetail getRegisteredDetail() {
    Detail d = getDetail();
    return d instanceof RegisteredDetail ? (RegisteredDetail) d : null;
  }

  /** True for class 2. */
  public boolean isSuccess() {
    return getStatusClass().isSuccess();
  }

  /** True for class 4: a later attempt may succeed. */
  public boolean isTransient() {
    return getStatusClass().isTransient();
  }

  /** True for class 5: resending the same message will not help. */
  public boolean isPermanent() {
    return getStatusClass().isPermanent();
  }

  /** Returns this code with another class and the same subject and detail. */
  public EnhancedStatusCode withStatusClass(StatusClass statusClass) {
    Objects.requireNonNull(statusClass, "statusClass == null");
    return statusClass == getStatusClass() ? this : of(statusClass, getDetail());
  }

  /**
   * Returns the code for a class and a detail; a cached instance for registered details.
   *
   * @throws NullPointerException if an argument is null
   */
  public static EnhancedStatusCode of(StatusClass statusClass, Detail detail) {
    Objects.requireNonNull(statusClass, "statusClass == null");
    Objects.requireNonNull(detail, "detail == null");
    if (detail instanceof RegisteredDetail) {
      return CACHE[
          index(statusClass.getNumber(), detail.getSubject().getNumber(), detail.getNumber())];
    }
    return ImmutableEnhancedStatusCode.of(statusClass, detail);
  }

  /**
   * Returns the code {@code classNumber.subject.detail}, e.g. {@code of(5, 3, 4)}.
   *
   * @throws IllegalArgumentException if the class is not 2, 4 or 5, or a number is outside 0 to 999
   *     (RFC 3463 §2)
   */
  public static EnhancedStatusCode of(int classNumber, int subject, int detail) {
    StatusClass c = StatusClass.of(classNumber);
    EnhancedStatusCode cached = cached(classNumber, subject, detail);
    return cached != null ? cached : of(c, Detail.of(subject, detail));
  }

  /**
   * Parses the wire form {@code class.subject.detail}, strictly after RFC 3463 §2.
   *
   * @throws SmtpSyntaxException if {@code text} is not exactly a status code; the message quotes
   *     it, names the rule and the position
   */
  public static EnhancedStatusCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    EnhancedStatusCode code = scan(text, 0, text.length());
    if (code == null) {
      throw StatusGrammar.explain(text, 0, text.length());
    }
    return code;
  }

  /** Parses the wire form like {@link #parse}, or returns null if {@code text} is not one. */
  public static @Nullable EnhancedStatusCode parseOrNull(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    return scan(text, 0, text.length());
  }

  /**
   * Scans {@code text[start, end)} as a whole status code, or returns null. The hot path of every
   * parser: no allocation for registered codes, no exception.
   */
  static @Nullable EnhancedStatusCode scan(CharSequence text, int start, int end) {
    int len = end - start;
    // Shortest "2.0.0", longest "2.123.456" (RFC 3463 §2: 1*3digit each).
    if (len < 5 || len > 9) {
      return null;
    }
    int c = text.charAt(start) - '0';
    if ((c != 2 && c != 4 && c != 5) || text.charAt(start + 1) != '.') {
      return null;
    }
    int i = start + 2;
    int subject = 0;
    int first = i;
    char ch;
    while (i < end && (ch = text.charAt(i)) >= '0' && ch <= '9') {
      subject = subject * 10 + (ch - '0');
      i++;
    }
    int digits = i - first;
    if (digits == 0 || digits > 3 || (digits > 1 && text.charAt(first) == '0')) {
      return null;
    }
    if (i >= end || text.charAt(i) != '.') {
      return null;
    }
    i++;
    int detail = 0;
    first = i;
    while (i < end && (ch = text.charAt(i)) >= '0' && ch <= '9') {
      detail = detail * 10 + (ch - '0');
      i++;
    }
    digits = i - first;
    if (i != end || digits == 0 || digits > 3 || (digits > 1 && text.charAt(first) == '0')) {
      return null;
    }
    EnhancedStatusCode cached = cached(c, subject, detail);
    return cached != null ? cached : of(StatusClass.of(c), Detail.of(subject, detail));
  }

  private static @Nullable EnhancedStatusCode cached(int classNumber, int subject, int detail) {
    // Registered subjects are 0-7 and registered details 0-30: anything else is not cached.
    if ((subject & ~7) != 0 || (detail & ~31) != 0 || classNumber < 0 || classNumber > 5) {
      return null;
    }
    return CACHE[index(classNumber, subject, detail)];
  }

  /**
   * The slot of a registered code in a table of {@link #REGISTERED_SLOTS}: class, subject and
   * detail packed as {@code class << 8 | subject << 5 | detail}. Shared with {@link PairFindings}.
   */
  static int index(int classNumber, int subject, int detail) {
    return classNumber << 8 | subject << 5 | detail;
  }

  /** Appends the wire form to {@code out} without building an intermediate string. */
  public StringBuilder appendTo(StringBuilder out) {
    return out.append(getClassNumber())
        .append('.')
        .append(getSubjectNumber())
        .append('.')
        .append(getDetailNumber());
  }

  /** Orders by class, then subject, then detail number. */
  @Override
  public int compareTo(EnhancedStatusCode o) {
    int c = Integer.compare(getClassNumber(), o.getClassNumber());
    if (c == 0) {
      c = Integer.compare(getSubjectNumber(), o.getSubjectNumber());
    }
    return c != 0 ? c : Integer.compare(getDetailNumber(), o.getDetailNumber());
  }

  /** Returns the wire form, e.g. {@code 5.3.4}. */
  @Override
  public String toString() {
    return appendTo(new StringBuilder(9)).toString();
  }
}
