/**
 * The {@code @Replies} annotation processor: {@link dev.smtpstatus.processor.RepliesProcessor}
 * checks each reply code and enhanced status code pair at compile time with the smtp-status rule
 * engine, and {@link dev.smtpstatus.processor.Message} lists every diagnostic it prints. Use the
 * artifact on the annotation processor path (javac) or with kapt (Kotlin) only.
 */
@NullMarked
package dev.smtpstatus.processor;

import org.jspecify.annotations.NullMarked;
