// Kotest `Arb`s over the testkit's generators, in the shape of kotest-property's `Arb.int()`
// family:
//
// ```kotlin
// checkAll(Arb.enhancedStatusCode(StatusCodeKind.REGISTERED)) { code ->
//   EnhancedStatusCode.parse(code.toString()) shouldBe code
// }
// checkAll(Arb.incompatiblePair()) { (replyCode, status) ->
//   Compatibility.hasErrors(Compatibility.check(replyCode, status)) shouldBe true
// }
// ```
//
// Draws come from Kotest's [RandomSource] (so Kotest's seed reproduces them), edge cases from the
// generator's list, and shrinks from the generator's shrinker, which never leaves the kind.
@file:JvmName("SmtpArbs")

package dev.smtpstatus.testkit.kotest

import dev.smtpstatus.EnhancedStatusCode
import dev.smtpstatus.ReplyCode
import dev.smtpstatus.SmtpReply
import dev.smtpstatus.testkit.Generator
import dev.smtpstatus.testkit.InvalidStatusCodeKind
import dev.smtpstatus.testkit.ReplyCodeStatusPair
import dev.smtpstatus.testkit.ReplyStream
import dev.smtpstatus.testkit.SmtpGenerators
import dev.smtpstatus.testkit.StatusCodeKind
import io.kotest.property.Arb
import io.kotest.property.RTree
import io.kotest.property.RandomSource
import io.kotest.property.Sample
import java.util.random.RandomGenerator

/**
 * Valid enhanced status codes of [kind] ([StatusCodeKind.REGISTERED], [StatusCodeKind.UNREGISTERED]
 * or [StatusCodeKind.WELL_FORMED]); shrinks toward `X.0.0` with the class kept.
 */
fun Arb.Companion.enhancedStatusCode(
  kind: StatusCodeKind = StatusCodeKind.WELL_FORMED
): Arb<EnhancedStatusCode> = SmtpGenerators.enhancedStatusCodes(kind).toArb()

/** Registered enhanced status codes: all 81 registered details, in the classes 2, 4 and 5. */
fun Arb.Companion.registeredStatusCode(): Arb<EnhancedStatusCode> =
  enhancedStatusCode(StatusCodeKind.REGISTERED)

/** The wire form of valid codes of [kind], as text. */
fun Arb.Companion.enhancedStatusCodeText(
  kind: StatusCodeKind = StatusCodeKind.WELL_FORMED
): Arb<String> = SmtpGenerators.enhancedStatusCodeTexts(kind).toArb()

/** Texts that are not codes, of [kind]; they shrink toward shorter texts of the same kind. */
fun Arb.Companion.invalidStatusCodeText(kind: InvalidStatusCodeKind): Arb<String> =
  SmtpGenerators.invalidStatusCodeTexts(kind).toArb()

/** Texts one defect away from a code (`5.01.1`, `6.1.1`, `5. 1.1`, `٥.1.1`), as text. */
fun Arb.Companion.nearMissStatusCodeText(): Arb<String> =
  invalidStatusCodeText(InvalidStatusCodeKind.NEAR_MISS)

/** Texts that are not enhanced status codes: near misses, empty text, junk around a defect. */
fun Arb.Companion.malformedStatusCodeText(): Arb<String> =
  invalidStatusCodeText(InvalidStatusCodeKind.MALFORMED)

/** Valid reply codes (RFC 5321 §4.2), 3xx included; shrinks toward `x00`. */
fun Arb.Companion.replyCode(): Arb<ReplyCode> = SmtpGenerators.replyCodes().toArb()

/** Texts that are not reply codes: `600`, `260`, `55`, `+50`, `٥٥٠`, `" 550"`… */
fun Arb.Companion.invalidReplyCodeText(): Arb<String> = SmtpGenerators.invalidReplyCodeTexts().toArb()

/** Numbers that are not reply codes; shrink toward 0. */
fun Arb.Companion.invalidReplyCodeValue(): Arb<Int> =
  SmtpGenerators.invalidReplyCodeValues().toArb()

/** Pairs the IANA registry lists: no finding at all. */
fun Arb.Companion.listedPair(): Arb<ReplyCodeStatusPair> = SmtpGenerators.listedPairs().toArb()

/** Pairs without errors (warnings allowed); shrinks keep both classes. */
fun Arb.Companion.compatiblePair(): Arb<ReplyCodeStatusPair> =
  SmtpGenerators.compatiblePairs().toArb()

/** Pairs with an error: class mismatch or a 3xx reply; shrinks keep both classes. */
fun Arb.Companion.incompatiblePair(): Arb<ReplyCodeStatusPair> =
  SmtpGenerators.incompatiblePairs().toArb()

/**
 * Replies a server may send (1-20 lines, a third without status, tricky text); shrinks toward
 * fewer, shorter lines and a simpler status. `SmtpReply.parse(reply.format())` gives each back.
 */
fun Arb.Companion.smtpReply(): Arb<SmtpReply> = SmtpGenerators.smtpReplies().toArb()

/** Replies of one line. */
fun Arb.Companion.oneLineReply(): Arb<SmtpReply> = SmtpGenerators.oneLineReplies().toArb()

/** Wire forms of one-line replies, CRLF included: `"550 5.1.1 No such user\r\n"`. */
fun Arb.Companion.replyLine(): Arb<String> = SmtpGenerators.replyLines().toArb()

/** Wire forms of whole replies, CRLF included. */
fun Arb.Companion.replyText(): Arb<String> = SmtpGenerators.replyTexts().toArb()

/** Replies as bytes cut into chunks anywhere; shrinks toward fewer replies and fewer cuts. */
fun Arb.Companion.replyStream(): Arb<ReplyStream> = SmtpGenerators.replyStreams().toArb()

/** The reply code, so that `val (code, status) = pair` reads both. */
operator fun ReplyCodeStatusPair.component1(): ReplyCode = replyCode

/** The status, so that `val (code, status) = pair` reads both. */
operator fun ReplyCodeStatusPair.component2(): EnhancedStatusCode = status

/** An `Arb` over any testkit [Generator]: its edge cases, its draws and its shrinks. */
fun <T : Any> Generator<T>.toArb(): Arb<T> = GeneratorArb(this)

private class GeneratorArb<T : Any>(private val generator: Generator<T>) : Arb<T>() {
  private val edgeCases = generator.edgeCases

  override fun edgecase(rs: RandomSource): Sample<T>? =
    if (edgeCases.isEmpty()) null else sampleOf(edgeCases[rs.random.nextInt(edgeCases.size)])

  override fun sample(rs: RandomSource): Sample<T> {
    // Kotest's random source drives the generator, so Kotest's printed seed reproduces the draw.
    val random = RandomGenerator { rs.random.nextLong() }
    return sampleOf(generator.next(random))
  }

  private fun sampleOf(value: T): Sample<T> = Sample(value, tree(value))

  private fun tree(value: T): RTree<T> =
    RTree({ value }, lazy { generator.shrink(value).map { tree(it) } })
}
