package dev.smtpstatus.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every snippet it marks with {@code <!-- consumer: FILE … -->} is, word
 * for word, part of the consumer project FILE that the invoker builds in {@code verify}; and every
 * version the README tells users to write is this build's.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern MARKER =
      Pattern.compile("<!-- consumer: ([^>]+?) -->\\R```[a-z]*\\R(.*?)\\R```", Pattern.DOTALL);
  private static final Pattern CONSUMER_ONLY =
      Pattern.compile("<!-- consumer-only -->.*?<!-- /consumer-only -->", Pattern.DOTALL);

  /** The release this build becomes: what users write. */
  private static String release() {
    String version = System.getProperty("smtp-status.version");
    assertTrue(version != null && !version.isBlank(), "run by Surefire with smtp-status.version");
    return version.replace("-SNAPSHOT", "");
  }

  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").replace("> <", "><").strip();
  }

  /** The consumer file as the README shows it: consumer-only parts out, the version in. */
  static String asShown(String consumer, String release) {
    return CONSUMER_ONLY.matcher(consumer).replaceAll("").replace("@project.version@", release);
  }

  @Test
  void everyMarkedSnippetIsPartOfTheConsumerProjectsThatTheBuildRuns() throws IOException {
    String readme = Files.readString(README);
    Matcher m = MARKER.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      String snippet = normalize(m.group(2));
      for (String file : m.group(1).trim().split("\\s+")) {
        Path path = Path.of("src", "it").resolve(file);
        assertTrue(
            Files.isRegularFile(path), "README names a consumer file that is missing: " + file);
        String consumer = normalize(asShown(Files.readString(path), release()));
        assertTrue(
            consumer.contains(snippet),
            "README snippet is not in "
                + file
                + ":\n"
                + m.group(2)
                + "\n--- consumer:\n"
                + consumer);
        checked.add(file);
      }
    }
    // The set-up snippets (bom, processor, Kotlin) and the testkit example, at least.
    assertTrue(checked.size() >= 5, "too few marked snippets: " + checked);
    assertTrue(
        checked.contains("junit/src/test/java/example/ReplyPropertiesTest.java"),
        checked::toString);
    assertTrue(checked.contains("kotlin-kapt/pom.xml"), checked::toString);
    assertTrue(checked.contains("java-processor/pom.xml"), checked::toString);
  }

  @Test
  void theReadmeNamesOneVersionOfSmtpStatusAndItIsThisBuilds() throws IOException {
    String readme = Files.readString(README);
    assertFalse(readme.contains("${smtp-status.version}</smtp-status.version>"), "self-reference");
    Matcher property =
        Pattern.compile("<smtp-status.version>([^<]+)</smtp-status.version>").matcher(readme);
    assertTrue(property.find(), "README defines <smtp-status.version>");
    assertEquals(release(), property.group(1));
    Matcher gradle = Pattern.compile("\"dev\\.smtpstatus:[a-z-]+:([^\"]+)\"").matcher(readme);
    int lines = 0;
    while (gradle.find()) {
      assertEquals(release(), gradle.group(1), gradle.group());
      lines++;
    }
    assertTrue(lines >= 3, "Gradle lines");
  }

  @Test
  void normalizationIgnoresLayoutOnly() {
    assertEquals("<a><b>x y</b></a>", normalize("<a>\n  <b>x   y</b>\n</a>\n"));
    assertEquals(
        "<p>0.1.0</p>",
        normalize(
            asShown(
                "<!-- consumer-only -->\n<q/>\n<!-- /consumer-only --><p>@project.version@</p>",
                "0.1.0")));
  }
}
