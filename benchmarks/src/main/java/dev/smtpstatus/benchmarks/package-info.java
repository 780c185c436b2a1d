/**
 * JMH benchmarks of smtp-status's parsers against the hand-written parsers users write instead (a
 * {@code java.util.regex} one, a {@code split} + {@code Integer.parseInt} one) and against a loop
 * that merely reads the same characters, the limit any parser approaches; and the cost of the
 * annotation processor against javac alone and a no-op processor ({@code ProcessorBenchmark},
 * {@code ProcessorCost}). See README.md for the commands and the measured ratios.
 */
@NullMarked
package dev.smtpstatus.benchmarks;

import org.jspecify.annotations.NullMarked;
