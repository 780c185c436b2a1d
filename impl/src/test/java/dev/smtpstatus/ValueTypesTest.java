package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The value types' own rules: generated classes stay hidden, and invariants are checked. */
class ValueTypesTest {
  private static final Path MAIN = Path.of("src/main/java/dev/smtpstatus");

  /** A use of a generated class in code ({@code ImmutableX.of(...)}), not a word in a comment. */
  private static final Pattern GENERATED = Pattern.compile("\\bImmutable([A-Z]\\w*)\\s*\\.");

  @Test
  void eachGeneratedClassIsReferencedOnlyByItsOwnType() throws IOException {
    List<String> leaks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String name = f.getFileName().toString().replace(".java", "");
        Matcher m = GENERATED.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!m.group(1).equals(name)) {
            leaks.add(f + " uses " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void aReplyHasAtLeastOneLine() {
    assertThrows(
        IllegalStateException.class,
        () -> ReplyValue.of(ReplyCode.of(250), null, List.of(), List.of()));
  }

  @Test
  void theGeneratedFactoriesKeepTheGrammar() {
    assertThrows(IllegalStateException.class, () -> ImmutableReplyCode.of(600));
    assertThrows(IllegalStateException.class, () -> ImmutableReplyCode.of(260));
  }
}
