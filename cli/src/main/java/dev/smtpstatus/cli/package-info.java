/**
 * The {@code smtp-status} command: {@code explain} a code or reply, {@code list} the registry and
 * the other subcommands, built on picocli. Not an API: the command line is the contract.
 */
@NullMarked
package dev.smtpstatus.cli;

import org.jspecify.annotations.NullMarked;
