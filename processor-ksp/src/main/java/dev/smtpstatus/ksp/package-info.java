/**
 * The {@code @Replies} checker for Kotlin Symbol Processing (KSP2): {@link
 * dev.smtpstatus.ksp.RepliesSymbolProcessorProvider} checks each reply code and enhanced status
 * code pair in Kotlin and Java sources with the smtp-status rule engine, with the javac processor's
 * tags, messages, strict option and suppression. Use the artifact on the {@code ksp} configuration
 * only.
 */
@NullMarked
package dev.smtpstatus.ksp;

import org.jspecify.annotations.NullMarked;
