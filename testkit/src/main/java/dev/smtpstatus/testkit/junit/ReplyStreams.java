package dev.smtpstatus.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Streams of replies as bytes cut into chunks at arbitrary places, for a {@code @ParameterizedTest}
 * of a reader.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ReplyStreams(count = 300, seed = 42)
 * void readsTheSameRepliesHoweverCut(ReplyStream stream) {
 *   ReplyReader reader = ReplyParser.defaults().newReader();
 *   List<SmtpReply> read = new ArrayList<>();
 *   for (byte[] chunk : stream.getChunks()) {
 *     reader.feed(chunk, 0, chunk.length, read::add);
 *   }
 *   reader.finish(read::add);
 *   assertEquals(stream.getReplies(), read);
 * }
 * }</pre>
 *
 * <p>The parameter is a {@link dev.smtpstatus.testkit.ReplyStream}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ReplyStreamsProvider.class)
public @interface ReplyStreams {
  /** How many streams, edge cases included. */
  int count() default 100;

  /**
   * The seed of the random draws; the same seed gives the same streams. By default ({@link
   * Seed#RANDOM}) a new seed each run, shown in each invocation's display name as {@code (seed N)}.
   */
  long seed() default Seed.RANDOM;
}
