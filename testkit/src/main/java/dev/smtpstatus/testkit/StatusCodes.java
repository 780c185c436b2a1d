package dev.smtpstatus.testkit;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.api.RegisteredDetail;
import dev.smtpstatus.api.StatusClass;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The enhanced status code generators: valid codes by construction, texts with one defect. */
final class StatusCodes {
  private StatusCodes() {}

  private static final List<RegisteredDetail> DETAILS = RegisteredDetail.values();
  private static final int[] CLASSES = {2, 4, 5};
  private static final int[] BOUNDARY_NUMBERS = {0, 1, 9, 10, 99, 100, 999};
  private static final String BAD_CLASSES = "0136789";

  /** Unregistered details of registered subjects up to one past each subject's highest: X.s.d. */
  private static final List<int[]> GAPS = new ArrayList<>();

  /** The highest registered detail number per subject 0-7. */
  private static final int[] MAX_DETAIL = new int[8];

  static {
    for (RegisteredDetail d : DETAILS) {
      int s = d.getSubject().getNumber();
      MAX_DETAIL[s] = Math.max(MAX_DETAIL[s], d.getNumber());
    }
    for (int s = 0; s < 8; s++) {
      for (int d = 0; d <= MAX_DETAIL[s] + 1; d++) {
        if (RegisteredDetail.ofOrNull(s, d) == null) {
          GAPS.add(new int[] {s, d});
        }
      }
    }
  }

  // ---------------------------------------------------------------- valid codes

  static final Generator<EnhancedStatusCode> REGISTERED =
      Generator.of(
          codes(
              "2.0.0", "4.0.0", "5.0.0", "5.1.1", "4.2.2", "5.2.2", "5.3.4", "4.4.1", "5.7.1",
              "2.6.4", "5.6.10", "5.7.30", "4.7.0", "2.1.5"),
          StatusCodes::registered,
          StatusCodes::shrinkRegistered);

  static final Generator<EnhancedStatusCode> UNREGISTERED =
      Generator.of(
          codes("5.1.99", "4.8.0", "2.999.999", "5.0.1", "5.9.9", "4.100.100", "5.7.31"),
          StatusCodes::unregistered,
          StatusCodes::shrinkUnregistered);

  static final Generator<EnhancedStatusCode> WELL_FORMED =
      Generator.of(
          codes(
              "2.0.0",
              "4.0.0",
              "5.0.0",
              "5.999.999",
              "4.9.9",
              "5.10.10",
              "2.100.100",
              "5.1.99",
              "5.3.4",
              "4.8.0"),
          StatusCodes::wellFormed,
          StatusCodes::shrinkWellFormed);

  static EnhancedStatusCode registered(RandomGenerator r) {
    RegisteredDetail d = DETAILS.get(r.nextInt(DETAILS.size()));
    return EnhancedStatusCode.of(statusClass(r), d);
  }

  static EnhancedStatusCode unregistered(RandomGenerator r) {
    int c = CLASSES[r.nextInt(3)];
    int pick = r.nextInt(10);
    if (pick < 4) {
      // A gap among the registered details of a registered subject, e.g. X.1.9.
      int[] gap = GAPS.get(r.nextInt(GAPS.size()));
      return EnhancedStatusCode.of(c, gap[0], gap[1]);
    } else if (pick < 7) {
      // A registered subject, a detail past its highest registered one.
      int s = r.nextInt(8);
      return EnhancedStatusCode.of(c, s, MAX_DETAIL[s] + 1 + r.nextInt(999 - MAX_DETAIL[s]));
    }
    // A subject IANA does not register (8-999), any detail.
    return EnhancedStatusCode.of(c, 8 + r.nextInt(992), number(r));
  }

  static EnhancedStatusCode wellFormed(RandomGenerator r) {
    if (r.nextInt(5) < 2) {
      return registered(r);
    }
    int s = r.nextBoolean() ? r.nextInt(8) : number(r);
    int d = r.nextBoolean() ? r.nextInt(32) : number(r);
    return EnhancedStatusCode.of(CLASSES[r.nextInt(3)], s, d);
  }

  /** 0-999, spread over one, two and three digits, with the boundaries over-represented. */
  static int number(RandomGenerator r) {
    switch (r.nextInt(4)) {
      case 0:
        return r.nextInt(10);
      case 1:
        return 10 + r.nextInt(90);
      case 2:
        return 100 + r.nextInt(900);
      default:
        return BOUNDARY_NUMBERS[r.nextInt(BOUNDARY_NUMBERS.length)];
    }
  }

  private static StatusClass statusClass(RandomGenerator r) {
    return StatusClass.of(CLASSES[r.nextInt(3)]);
  }

  // ---------------------------------------------------------------- shrinking

  /** X.0.0, X.s.0, the next lower registered detail of the subject: all registered, all simpler. */
  static List<EnhancedStatusCode> shrinkRegistered(EnhancedStatusCode v) {
    List<EnhancedStatusCode> out = new ArrayList<>(3);
    int c = v.getClassNumber();
    int s = v.getSubjectNumber();
    int d = v.getDetailNumber();
    add(out, v, EnhancedStatusCode.of(c, 0, 0));
    add(out, v, EnhancedStatusCode.of(c, s, 0));
    for (int lower = d - 1; lower > 0; lower--) {
      if (RegisteredDetail.ofOrNull(s, lower) != null) {
        add(out, v, EnhancedStatusCode.of(c, s, lower));
        break;
      }
    }
    return out;
  }

  /** Toward X.0.0 with the class kept: zero, halve or decrement the subject and the detail. */
  static List<EnhancedStatusCode> shrinkWellFormed(EnhancedStatusCode v) {
    List<EnhancedStatusCode> out = new ArrayList<>(7);
    int c = v.getClassNumber();
    int s = v.getSubjectNumber();
    int d = v.getDetailNumber();
    add(out, v, EnhancedStatusCode.of(c, 0, 0));
    add(out, v, EnhancedStatusCode.of(c, s, 0));
    add(out, v, EnhancedStatusCode.of(c, 0, d));
    add(out, v, EnhancedStatusCode.of(c, s / 2, d));
    add(out, v, EnhancedStatusCode.of(c, s, d / 2));
    add(out, v, EnhancedStatusCode.of(c, Math.max(0, s - 1), d));
    add(out, v, EnhancedStatusCode.of(c, s, Math.max(0, d - 1)));
    return out;
  }

  /** The well-formed shrinks that are still unregistered. */
  static List<EnhancedStatusCode> shrinkUnregistered(EnhancedStatusCode v) {
    List<EnhancedStatusCode> out = new ArrayList<>();
    if (v.getSubjectNumber() + v.getDetailNumber() > 8) {
      add(out, v, EnhancedStatusCode.of(v.getClassNumber(), 8, 0));
    }
    for (EnhancedStatusCode candidate : shrinkWellFormed(v)) {
      if (!candidate.isRegistered()) {
        add(out, v, candidate);
      }
    }
    return out;
  }

  private static void add(
      List<EnhancedStatusCode> out, EnhancedStatusCode v, EnhancedStatusCode c) {
    if (!c.equals(v) && !out.contains(c)) {
      out.add(c);
    }
  }

  private static List<EnhancedStatusCode> codes(String... texts) {
    List<EnhancedStatusCode> out = new ArrayList<>(texts.length);
    for (String t : texts) {
      out.add(EnhancedStatusCode.parse(t));
    }
    return out;
  }

  // ---------------------------------------------------------------- texts that are not codes

  /** Zeros of other scripts' digits: Arabic-Indic, Extended Arabic-Indic, Devanagari, fullwidth. */
  private static final char[] FOREIGN_ZEROS = {'\u0660', '\u06F0', '\u0966', '\u09E6', '\uFF10'};

  private static final String[] WHITESPACE = {" ", "\t", "\r\n", "\n", "\u00A0", "\r"};
  private static final String SEPARATORS = ",-:_/;\u3002\u2024\uFF0E";
  private static final String LOOKALIKES = "OolISXx";

  static final Generator<String> NEAR_MISS =
      Generator.of(
          List.of(
              "5.01.1",
              "6.1.1",
              "5.1.1.",
              "5. 1.1",
              "\u0665.1.1",
              "5.1.01",
              "5.1000.1",
              "3.1.1",
              "X.1.1",
              "5..1",
              "5.1",
              "+5.1.1",
              " 5.1.1",
              "5.1.1 ",
              "5,1,1",
              "55.1.1",
              "5.1.1.1",
              "5.O.0",
              "5.1.1\r\n",
              "5.\uFF11.1"),
          StatusCodes::nearMiss,
          StatusCodes::shrinkMalformed);

  static final Generator<String> MALFORMED =
      Generator.of(
          List.of(
              "",
              " ",
              ".",
              "..",
              "...",
              "5",
              "5.",
              "5.1",
              "550",
              "5.1.1.1",
              "abc",
              "\u0000",
              "\uFEFF5.1.1",
              "5.01.1",
              "6.1.1",
              "5.1.1.",
              "5. 1.1",
              "\u0665.1.1",
              "X.1.1"),
          StatusCodes::malformed,
          StatusCodes::shrinkMalformed);

  /** A valid code with exactly one defect; every branch yields a text the grammar rejects. */
  static String nearMiss(RandomGenerator r) {
    EnhancedStatusCode base = r.nextBoolean() ? registered(r) : wellFormed(r);
    String c = Integer.toString(base.getClassNumber());
    String s = Integer.toString(base.getSubjectNumber());
    String d = Integer.toString(base.getDetailNumber());
    String code = base.toString();
    switch (r.nextInt(16)) {
      case 0: // RFC 3463 §2: no leading zeros
        return c + ".0" + s + "." + d;
      case 1:
        return c + "." + s + ".0" + d;
      case 2: // RFC 3463 §3.1: the class is 2, 4 or 5
        return BAD_CLASSES.charAt(r.nextInt(BAD_CLASSES.length())) + "." + s + "." + d;
      case 3:
        return code + ".";
      case 4:
        return "." + code;
      case 5: // whitespace anywhere, including around the code
        return insert(code, r.nextInt(code.length() + 1), pick(r, WHITESPACE));
      case 6: // another script's digit with the same value
        return foreignDigit(r, code);
      case 7: // four digits
        return r.nextBoolean()
            ? c + "." + (1000 + r.nextInt(9000)) + "." + d
            : c + "." + s + "." + (1000 + r.nextInt(9000));
      case 8: // a part missing
        switch (r.nextInt(4)) {
          case 0:
            return c + "." + s;
          case 1:
            return c + "." + s + ".";
          case 2:
            return c + ".." + d;
          default:
            return c + "." + "." + s + "." + d;
        }
      case 9: // a sign, which Integer.parseInt would accept
        {
          String sign = r.nextBoolean() ? "+" : "-";
          int at = r.nextInt(3);
          return at == 0
              ? sign + code
              : at == 1 ? c + "." + sign + s + "." + d : c + "." + s + "." + sign + d;
        }
      case 10: // the registry's form, not the wire's
        return (r.nextBoolean() ? "X" : "x") + "." + s + "." + d;
      case 11: // another separator, or a dot from another script
        {
          char sep = SEPARATORS.charAt(r.nextInt(SEPARATORS.length()));
          return r.nextBoolean() ? c + sep + s + "." + d : c + "." + s + sep + d;
        }
      case 12: // a doubled dot
        return r.nextBoolean() ? c + ".." + s + "." + d : c + "." + s + ".." + d;
      case 13: // a fourth part
        return code + "." + number(r);
      case 14: // a two-digit class
        return c + r.nextInt(10) + "." + s + "." + d;
      default: // a letter that looks like a digit
        {
          int at = digitPosition(r, code);
          return code.substring(0, at)
              + LOOKALIKES.charAt(r.nextInt(LOOKALIKES.length()))
              + code.substring(at + 1);
        }
    }
  }

  /** Near misses, junk around a forced defect, digits and dots in the wrong number of parts. */
  static String malformed(RandomGenerator r) {
    int pick = r.nextInt(10);
    if (pick < 5) {
      return nearMiss(r);
    } else if (pick < 7) {
      // Junk with at least one character that no code contains (neither digit nor dot).
      String junkAlphabet = "0123456789.. +-Xa\t\u0665\u0000\uFFFF\r\n\u00E9";
      String foreign = " +-Xa\t\u0665\u0000\uFFFF\r\n\u00E9";
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(16);
      for (int i = 0; i < len; i++) {
        b.append(junkAlphabet.charAt(r.nextInt(junkAlphabet.length())));
      }
      b.insert(r.nextInt(b.length() + 1), foreign.charAt(r.nextInt(foreign.length())));
      return b.toString();
    } else if (pick < 9) {
      // Digits and dots, but not three parts: 1, 2, 4 or 5 of them.
      int[] partCounts = {1, 2, 4, 5};
      int parts = partCounts[r.nextInt(4)];
      StringBuilder b = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        if (p > 0) {
          b.append('.');
        }
        int digits = r.nextInt(5);
        for (int i = 0; i < digits; i++) {
          b.append((char) ('0' + r.nextInt(10)));
        }
      }
      return b.toString();
    }
    // Nothing but whitespace, or nothing at all.
    StringBuilder b = new StringBuilder();
    int len = r.nextInt(4);
    for (int i = 0; i < len; i++) {
      b.append(pick(r, WHITESPACE));
    }
    return b.toString();
  }

  /**
   * Shorter texts that are still not codes: drop one character, or turn a digit into 0. Each
   * candidate is strictly simpler (shorter, or as long with a smaller digit sum).
   */
  static List<String> shrinkMalformed(String v) {
    List<String> out = new ArrayList<>();
    if (!v.isEmpty() && v.trim().isEmpty()) {
      out.add("");
    }
    for (int i = 0; i < v.length() && out.size() < 12; i++) {
      String shorter = v.substring(0, i) + v.substring(i + 1);
      if (!Syntax.isStatusCode(shorter) && !out.contains(shorter)) {
        out.add(shorter);
      }
    }
    for (int i = 0; i < v.length() && out.size() < 16; i++) {
      char ch = v.charAt(i);
      if (ch > '0' && ch <= '9') {
        String zeroed = v.substring(0, i) + '0' + v.substring(i + 1);
        if (!Syntax.isStatusCode(zeroed) && !out.contains(zeroed)) {
          out.add(zeroed);
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  static String foreignDigit(RandomGenerator r, String code) {
    int at = digitPosition(r, code);
    int value = code.charAt(at) - '0';
    String digit =
        r.nextInt(6) == 0
            // MATHEMATICAL BOLD DIGIT: outside the BMP, two UTF-16 units.
            ? new String(Character.toChars(0x1D7CE + value))
            : String.valueOf((char) (FOREIGN_ZEROS[r.nextInt(FOREIGN_ZEROS.length)] + value));
    return code.substring(0, at) + digit + code.substring(at + 1);
  }

  /** The index of a random ASCII digit of {@code code}, which has at least one. */
  static int digitPosition(RandomGenerator r, String code) {
    int[] positions = new int[code.length()];
    int n = 0;
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) >= '0' && code.charAt(i) <= '9') {
        positions[n++] = i;
      }
    }
    return positions[r.nextInt(n)];
  }

  static String insert(String s, int at, String what) {
    return s.substring(0, at) + what + s.substring(at);
  }

  static String pick(RandomGenerator r, String[] choices) {
    return choices[r.nextInt(choices.length)];
  }
}
