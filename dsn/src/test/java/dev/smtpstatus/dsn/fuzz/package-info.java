/**
 * Coverage-guided fuzz tests (Jazzer) of the bounce reader, with their committed seed corpus; they
 * run as regression tests in every build.
 */
@NullMarked
package dev.smtpstatus.dsn.fuzz;

import org.jspecify.annotations.NullMarked;
