package dev.smtpstatus.testkit;

import dev.smtpstatus.ReplyCode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The reply code generators: valid codes, and texts and numbers that are not codes. */
final class ReplyCodeGenerators {
  private ReplyCodeGenerators() {}

  /** Every code an RFC defines, e.g. 250, 354, 552. */
  private static final List<ReplyCode> DEFINED = new ArrayList<>();

  static {
    for (int v = 200; v < 600; v++) {
      ReplyCode c = ReplyCode.ofOrNull(v);
      if (c != null && c.isDefined()) {
        DEFINED.add(c);
      }
    }
  }

  static final Generator<ReplyCode> VALID =
      Generator.of(
          codes(200, 559, 250, 354, 220, 221, 334, 421, 450, 451, 452, 550, 552, 554, 555),
          ReplyCodeGenerators::valid,
          ReplyCodeGenerators::shrinkValid);

  static final Generator<String> INVALID_TEXT =
      Generator.of(
          List.of(
              "",
              "55",
              "5500",
              "+50",
              "-50",
              "\u0665\u0665\u0660",
              " 550",
              "550 ",
              "600",
              "199",
              "260",
              "5a0",
              "55.",
              "099",
              "1e2",
              "\uFF15\uFF15\uFF10",
              "550\r\n"),
          ReplyCodeGenerators::invalidText,
          ReplyCodeGenerators::shrinkInvalidText);

  static final Generator<Integer> INVALID_VALUE =
      Generator.of(
          List.of(
              0,
              -1,
              199,
              260,
              299,
              600,
              999,
              1000,
              -550,
              5500,
              Integer.MIN_VALUE,
              Integer.MAX_VALUE),
          ReplyCodeGenerators::invalidValue,
          ReplyCodeGenerators::shrinkInvalidValue);

  /** Half the draws from the defined codes, half uniform over all 240 valid ones. */
  static ReplyCode valid(RandomGenerator r) {
    if (r.nextBoolean()) {
      return DEFINED.get(r.nextInt(DEFINED.size()));
    }
    return ReplyCode.of(ofClass(r, 2 + r.nextInt(4)));
  }

  /** A valid code value with the given first digit. */
  static int ofClass(RandomGenerator r, int first) {
    return first * 100 + r.nextInt(6) * 10 + r.nextInt(10);
  }

  /** A valid code's text with one defect; every branch yields a text RFC 5321 §4.2 rejects. */
  static String invalidText(RandomGenerator r) {
    String code = Integer.toString(ofClass(r, 2 + r.nextInt(4)));
    switch (r.nextInt(9)) {
      case 0: // first digit outside 2-5
        return "016789".charAt(r.nextInt(6)) + code.substring(1);
      case 1: // second digit outside 0-5
        return code.charAt(0) + String.valueOf((char) ('6' + r.nextInt(4))) + code.charAt(2);
      case 2: // two digits
        return code.substring(0, 2);
      case 3: // four digits
        return code + r.nextInt(10);
      case 4: // a sign, which Integer.parseInt accepts
        return (r.nextBoolean() ? "+" : "-") + code.substring(1);
      case 5: // another script's digits
        return StatusCodes.foreignDigit(r, code);
      case 6: // whitespace
        return StatusCodes.insert(
            code, r.nextInt(4), StatusCodes.pick(r, new String[] {" ", "\t", "\r\n", "\n"}));
      case 7: // a letter
        {
          int at = r.nextInt(3);
          return code.substring(0, at) + "OolSxe".charAt(r.nextInt(6)) + code.substring(at + 1);
        }
      default: // nothing
        return r.nextBoolean() ? "" : code.substring(0, 1);
    }
  }

  /** Numbers that are not reply codes: negative, below 200, second digit 6-9, 600 and above. */
  static int invalidValue(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 0:
        return -1 - r.nextInt(1000);
      case 1:
        return r.nextInt(200);
      case 2:
        return (2 + r.nextInt(4)) * 100 + (6 + r.nextInt(4)) * 10 + r.nextInt(10);
      case 3:
        return 600 + r.nextInt(9400);
      default:
        return r.nextBoolean()
            ? Integer.MIN_VALUE + r.nextInt(2)
            : Integer.MAX_VALUE - r.nextInt(2);
    }
  }

  /** Toward x00 with the first digit kept: x00, xy0, one less. */
  static List<ReplyCode> shrinkValid(ReplyCode v) {
    int value = v.getValue();
    List<ReplyCode> out = new ArrayList<>(3);
    for (int c : new int[] {value / 100 * 100, value / 10 * 10, value - 1}) {
      if (c < value && c / 100 == value / 100 && Syntax.isReplyCode(c)) {
        ReplyCode code = ReplyCode.of(c);
        if (!out.contains(code)) {
          out.add(code);
        }
      }
    }
    return out;
  }

  /** Shorter texts that are still not codes. */
  static List<String> shrinkInvalidText(String v) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.length(); i++) {
      String shorter = v.substring(0, i) + v.substring(i + 1);
      if (!Syntax.isReplyCode(shorter) && !out.contains(shorter)) {
        out.add(shorter);
      }
    }
    return out;
  }

  /** Toward 0, staying invalid: 0, half, a tenth; each strictly closer to 0. */
  static List<Integer> shrinkInvalidValue(Integer v) {
    long abs = Math.abs((long) v);
    List<Integer> out = new ArrayList<>(3);
    for (int c : new int[] {0, v / 2, v / 10}) {
      if (Math.abs((long) c) < abs && !Syntax.isReplyCode(c) && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<ReplyCode> codes(int... values) {
    List<ReplyCode> out = new ArrayList<>(values.length);
    for (int v : values) {
      out.add(ReplyCode.of(v));
    }
    return out;
  }
}
