/**
 * The {@code @Replies} annotation processor: {@link dev.smtpstatus.processor.RepliesProcessor}
 * checks each reply code and enhanced status code pair at compile time with the smtp-status rule
 * engine; under javac, {@link dev.smtpstatus.processor.BodyScanProcessor} also checks the replies
 * method bodies build from constants (docs/decisions/0802); and {@link
 * dev.smtpstatus.processor.Message} lists the processor's own texts. Use the artifact on the
 * annotation processor path (javac) or with kapt (Kotlin) only.
 */
@NullMarked
package dev.smtpstatus.processor;

import org.jspecify.annotations.NullMarked;
