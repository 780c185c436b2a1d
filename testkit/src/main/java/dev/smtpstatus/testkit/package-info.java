/**
 * Generators of SMTP values for property tests: enhanced status codes (registered, well-formed,
 * near misses, malformed), reply codes (valid, invalid), reply code and status pairs (listed,
 * compatible, incompatible). One seeded core ({@link dev.smtpstatus.testkit.Generator}, built by
 * {@link dev.smtpstatus.testkit.SmtpGenerators}) serves edge cases first, draws by construction
 * (never by filtering) and shrinks toward simpler values. JUnit 5 users read it through the
 * annotations of {@code dev.smtpstatus.testkit.junit}; Kotest users through the {@code Arb}s of
 * {@code dev.smtpstatus.testkit.kotest}. This package needs neither JUnit nor Kotest.
 */
@NullMarked
package dev.smtpstatus.testkit;

import org.jspecify.annotations.NullMarked;
