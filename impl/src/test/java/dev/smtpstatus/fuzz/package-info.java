/**
 * Coverage-guided fuzz tests (Jazzer) of the parsers, the streaming reader and the formatter, with
 * their committed seed corpora; they run as regression tests in every build.
 */
@NullMarked
package dev.smtpstatus.fuzz;

import org.jspecify.annotations.NullMarked;
