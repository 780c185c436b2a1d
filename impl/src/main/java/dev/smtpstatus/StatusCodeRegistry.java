package dev.smtpstatus;

import dev.smtpstatus.api.Detail;
import dev.smtpstatus.api.RegisteredDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * IANA's SMTP Enhanced Status Codes registry (RFC 5248), as published on 2024-12-06: all 81
 * enumerated codes. Lookups are O(1) and allocate nothing.
 *
 * <pre>{@code
 * StatusCodeRegistry registry = StatusCodeRegistry.iana();
 * RegistryEntry e = registry.get(EnhancedStatusCode.parse("4.2.2"));   // X.2.2 Mailbox full
 * boolean known = registry.contains(EnhancedStatusCode.parse("5.1.99")); // false
 * }</pre>
 *
 * <p>Kotlin reads {@code registry[code]} and {@code code in registry}.
 */
public final class StatusCodeRegistry {
  private static final StatusCodeRegistry IANA = new StatusCodeRegistry();

  private final List<RegistryEntry> entries;
  private final RegistryEntry[][] bySubject = new RegistryEntry[8][];

  private StatusCodeRegistry() {
    List<RegistryEntry> all = new ArrayList<>();
    for (RegisteredDetail d : RegisteredDetail.values()) {
      all.add(RegistryEntry.of(d));
    }
    for (int s = 0; s < 8; s++) {
      bySubject[s] = new RegistryEntry[32];
    }
    for (RegistryEntry e : all) {
      bySubject[e.getDetail().getSubject().getNumber()][e.getDetail().getNumber()] = e;
    }
    this.entries = List.copyOf(all);
  }

  /** The registry as IANA published it on 2024-12-06. */
  public static StatusCodeRegistry iana() {
    return IANA;
  }

  /** The date of the registry this library carries, {@code "2024-12-06"}. */
  public String getUpdated() {
    return "2024-12-06";
  }

  /** Every entry, all 81, in registry order. */
  public List<RegistryEntry> getEntries() {
    return entries;
  }

  /** The number of entries, 81. */
  public int size() {
    return entries.size();
  }

  /** The entry for a code's subject and detail (any class), or null if IANA registers none. */
  public @Nullable RegistryEntry get(EnhancedStatusCode code) {
    Objects.requireNonNull(code, "code == null");
    return get(code.getDetail());
  }

  /** The entry for a detail, or null if the detail is unregistered. */
  public @Nullable RegistryEntry get(Detail detail) {
    Objects.requireNonNull(detail, "detail == null");
    return get(detail.getSubject().getNumber(), detail.getNumber());
  }

  /** The entry for {@code X.subject.detail}, or null if IANA registers none. */
  public @Nullable RegistryEntry get(int subject, int detail) {
    if (subject < 0 || subject >= bySubject.length || detail < 0) {
      return null;
    }
    RegistryEntry[] row = bySubject[subject];
    return detail < row.length ? row[detail] : null;
  }

  /**
   * The entry for a code written either with a class ({@code "5.3.4"}) or in registry form ({@code
   * "X.3.4"}, {@code "x.3.4"}), or null if the text is neither or the code is unregistered.
   */
  public @Nullable RegistryEntry get(CharSequence code) {
    Objects.requireNonNull(code, "code == null");
    EnhancedStatusCode parsed = parseAnyClass(code);
    return parsed == null ? null : get(parsed);
  }

  /** True if IANA registers the code's subject and detail. */
  public boolean contains(EnhancedStatusCode code) {
    return get(code) != null;
  }

  /** True if the text names a registered code, with a class or in {@code X.s.d} form. */
  public boolean contains(CharSequence code) {
    return get(code) != null;
  }

  /**
   * Parses {@code 5.3.4} or {@code X.3.4}; the registry form is read with class 5 so that the
   * strict grammar applies to subject and detail. Null if neither.
   */
  static @Nullable EnhancedStatusCode parseAnyClass(CharSequence code) {
    if (code.length() > 0 && (code.charAt(0) == 'X' || code.charAt(0) == 'x')) {
      return EnhancedStatusCode.parseOrNull("5" + code.subSequence(1, code.length()));
    }
    return EnhancedStatusCode.parseOrNull(code);
  }

  /** Returns a short description, e.g. {@code IANA SMTP Enhanced Status Codes (81, 2024-12-06)}. */
  @Override
  public String toString() {
    return "IANA SMTP Enhanced Status Codes (" + size() + ", " + getUpdated() + ")";
  }
}
