package dev.smtpstatus.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus in src/test/resources/bounces, written from RFC 3464/6522/6533 examples and each
 * format's public documentation: every message, in LF, CRLF and bare-CR forms, gives the recipients
 * listed in expected.tsv, in order.
 */
class CorpusTest {
  enum LineEnd {
    LF("\n"),
    CRLF("\r\n"),
    CR("\r");

    final String eol;

    LineEnd(String eol) {
      this.eol = eol;
    }
  }

  static Map<String, List<String>> expected() throws IOException {
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    for (String line : resource("expected.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 2);
      List<String> rows = byFile.computeIfAbsent(cols[0], k -> new ArrayList<>());
      if (!cols[1].startsWith("-\t")) {
        rows.add(cols[1]);
      }
    }
    return byFile;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = CorpusTest.class.getResourceAsStream("/bounces/" + name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static byte[] withLineEnds(String text, LineEnd end) {
    String lf = text.replace("\r\n", "\n");
    return lf.replace("\n", end.eol).getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : expected().entrySet()) {
      for (LineEnd end : LineEnd.values()) {
        out.add(Arguments.of(e.getKey(), end, e.getValue()));
      }
    }
    return out.stream();
  }

  static String row(BouncedRecipient r, Bounce b) {
    return String.join(
        "\t",
        r.getRecipient(),
        r.getAction() == null ? "-" : r.getAction().getValue(),
        r.getStatus() == null ? "-" : r.getStatus().toString(),
        r.getCode() == null ? "-" : r.getCode().toString(),
        r.getPermanent() == null ? "-" : r.getPermanent().toString(),
        r.getReason().name(),
        b.getFormat() == null ? "-" : b.getFormat());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void readsEveryRecipient(String file, LineEnd end, List<String> rows) throws IOException {
    Bounce b = BounceReader.defaults().read(withLineEnds(resource(file), end));
    List<String> actual = new ArrayList<>();
    for (BouncedRecipient r : b.getRecipients()) {
      actual.add(row(r, b));
    }
    assertEquals(String.join("\n", rows), String.join("\n", actual));
  }
}
