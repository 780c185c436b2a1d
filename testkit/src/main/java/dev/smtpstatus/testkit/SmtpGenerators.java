package dev.smtpstatus.testkit;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import java.util.Objects;

/**
 * The generators of the testkit: seeded, edge cases first, each value built to be of its kind
 * (never drawn and discarded), with shrinkers toward simpler values of the same kind.
 *
 * <pre>{@code
 * // 1000 near misses, the same for seed 7 on every run: a strict parser rejects them all
 * for (String text : SmtpGenerators.invalidStatusCodeTexts(InvalidStatusCodeKind.NEAR_MISS).take(1000, 7L)) {
 *   assertNull(EnhancedStatusCode.parseOrNull(text), text);
 * }
 * }</pre>
 *
 * <p>JUnit 5 users have the same generators as annotations ({@code
 * dev.smtpstatus.testkit.junit.EnhancedStatusCodes} …), Kotest users as {@code Arb}s ({@code
 * Arb.enhancedStatusCode()} … in {@code dev.smtpstatus.testkit.kotest}).
 */
public final class SmtpGenerators {
  private SmtpGenerators() {}

  /**
   * Valid enhanced status codes of a kind: {@link StatusCodeKind#REGISTERED} (all 81 registered
   * details in the classes 2, 4 and 5), {@link StatusCodeKind#UNREGISTERED} or {@link
   * StatusCodeKind#WELL_FORMED}. Shrinks toward {@code X.0.0}, keeping the class and the kind.
   *
   * @param kind which codes
   * @return the generator
   */
  public static Generator<EnhancedStatusCode> enhancedStatusCodes(StatusCodeKind kind) {
    Objects.requireNonNull(kind, "kind == null");
    switch (kind) {
      case REGISTERED:
        return StatusCodes.REGISTERED;
      case UNREGISTERED:
        return StatusCodes.UNREGISTERED;
      case WELL_FORMED:
        return StatusCodes.WELL_FORMED;
    }
    throw new AssertionError(kind);
  }

  /**
   * The wire form of valid enhanced status codes of a kind, as {@link #enhancedStatusCodes} draws
   * them.
   *
   * @param kind which codes
   * @return the generator
   */
  public static Generator<String> enhancedStatusCodeTexts(StatusCodeKind kind) {
    return new TextGenerator<>(
        enhancedStatusCodes(kind), EnhancedStatusCode::toString, EnhancedStatusCode::parse);
  }

  /**
   * Texts that RFC 3463 §2 rejects: {@link InvalidStatusCodeKind#NEAR_MISS} (one defect away from a
   * code) or {@link InvalidStatusCodeKind#MALFORMED}. They shrink toward shorter texts of the same
   * kind.
   *
   * @param kind which texts
   * @return the generator
   */
  public static Generator<String> invalidStatusCodeTexts(InvalidStatusCodeKind kind) {
    Objects.requireNonNull(kind, "kind == null");
    switch (kind) {
      case NEAR_MISS:
        return StatusCodes.NEAR_MISS;
      case MALFORMED:
        return StatusCodes.MALFORMED;
    }
    throw new AssertionError(kind);
  }

  /**
   * Valid reply codes (RFC 5321 §4.2): half of them codes an RFC defines, half uniform over all 240
   * valid codes, 3xx included. Shrinks toward {@code x00}, keeping the first digit.
   */
  public static Generator<ReplyCode> replyCodes() {
    return ReplyCodeGenerators.VALID;
  }

  /**
   * Texts that are not reply codes: {@code 600}, {@code 260}, {@code 55}, {@code 5500}, {@code
   * +50}, {@code ٥٥٠}, {@code " 550"}… ({@link Integer#parseInt} accepts some of them).
   */
  public static Generator<String> invalidReplyCodeTexts() {
    return ReplyCodeGenerators.INVALID_TEXT;
  }

  /** Numbers that are not reply codes: negative, below 200, second digit 6-9, 600 and above. */
  public static Generator<Integer> invalidReplyCodeValues() {
    return ReplyCodeGenerators.INVALID_VALUE;
  }

  /**
   * Pairs the IANA registry itself lists ({@code 552 5.3.4}): the compatibility rules find nothing
   * at all in them, not even a warning. Every registry entry that lists a code is drawn equally
   * often.
   */
  public static Generator<ReplyCodeStatusPair> listedPairs() {
    return Pairs.LISTED;
  }

  /**
   * Pairs without errors (warnings allowed): the status class equals the reply code's first digit,
   * which is 2, 4 or 5 (RFC 2034 §3). Half of them listed by the registry, half any well-formed
   * status ({@code 550 5.3.4} warns but is compatible). Shrinks keep both classes.
   */
  public static Generator<ReplyCodeStatusPair> compatiblePairs() {
    return Pairs.COMPATIBLE;
  }

  /**
   * Pairs with an error: the status class differs from the reply code's first digit ({@code 452
   * 5.3.4}), or the reply is an intermediate 3xx one ({@code 354 2.0.0}). Shrinks keep both
   * classes.
   */
  public static Generator<ReplyCodeStatusPair> incompatiblePairs() {
    return Pairs.INCOMPATIBLE;
  }

  /**
   * Replies a server may send, built with {@link SmtpReply#of}: one to twenty lines (and an edge
   * case of 100), a third without status (3xx included), the rest with a compatible status; text
   * with UTF-8, tabs, double spaces, near-miss statuses ({@code 5.01.1}), codes and dashes, lines
   * up to RFC 5321's 512 octets. {@code SmtpReply.parse(reply.format())} gives each back. Shrinks
   * toward fewer, shorter lines and a simpler status.
   */
  public static Generator<SmtpReply> smtpReplies() {
    return ReplyGenerators.REPLIES;
  }

  /** Replies of one line, like {@link #smtpReplies()}. */
  public static Generator<SmtpReply> oneLineReplies() {
    return ReplyGenerators.ONE_LINE;
  }

  /**
   * Wire forms of one-line replies, CRLF included, e.g. {@code "550 5.1.1 No such user\r\n"}: the
   * {@link SmtpReply#format()} of {@link #oneLineReplies()}.
   */
  public static Generator<String> replyLines() {
    return new TextGenerator<>(ReplyGenerators.ONE_LINE, SmtpReply::format, SmtpReply::parse);
  }

  /**
   * Wire forms of whole replies, CRLF included, e.g. {@code "550-5.1.1 No such user\r\n550 5.1.1
   * Check the address\r\n"}: the {@link SmtpReply#format()} of {@link #smtpReplies()}.
   */
  public static Generator<String> replyTexts() {
    return new TextGenerator<>(ReplyGenerators.REPLIES, SmtpReply::format, SmtpReply::parse);
  }

  /**
   * Streams of replies as bytes on a socket, cut into chunks at arbitrary places: whole, one byte
   * at a time, between CR and LF, inside UTF-8 characters, in fixed-size blocks, at random. A sixth
   * of them end lines with a bare LF. Shrinks toward fewer replies and fewer cuts.
   */
  public static Generator<ReplyStream> replyStreams() {
    return ReplyStreamGenerators.STREAMS;
  }
}
