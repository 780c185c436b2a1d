/**
 * Kotest {@code Arb}s over the testkit's generators, written in Kotlin as extension functions on
 * {@code Arb.Companion}: {@code Arb.enhancedStatusCode()}, {@code Arb.replyCode()}, {@code
 * Arb.compatiblePair()}… (the file class is {@code SmtpArbs}). Needs {@code
 * io.kotest:kotest-property} on the test class path; the testkit declares it optional.
 */
@NullMarked
package dev.smtpstatus.testkit.kotest;

import org.jspecify.annotations.NullMarked;
