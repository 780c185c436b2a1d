package dev.smtpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.api.RegisteredDetail;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the library's registry against the copy of IANA's registry XML (updated 2024-12-06) in
 * src/test/resources/iana: every code, its exact sample text, its associated reply codes and its
 * references, and nothing more.
 */
class RegistryParityTest {
  private static final Map<String, Element> IANA = new LinkedHashMap<>();

  @BeforeAll
  static void readRegistry() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc;
    try (InputStream in =
        RegistryParityTest.class.getResourceAsStream("/iana/iana-smtp-enhanced-status-codes.xml")) {
      assertNotNull(in, "the registry copy is missing");
      doc = f.newDocumentBuilder().parse(in);
    }
    NodeList registries = doc.getElementsByTagNameNS("*", "registry");
    for (int i = 0; i < registries.getLength(); i++) {
      Element r = (Element) registries.item(i);
      if (!"smtp-enhanced-status-codes-3".equals(r.getAttribute("id"))) {
        continue;
      }
      NodeList records = r.getElementsByTagNameNS("*", "record");
      for (int j = 0; j < records.getLength(); j++) {
        Element record = (Element) records.item(j);
        IANA.put(text(record, "code"), record);
      }
    }
  }

  @Test
  void everyIanaCodeIsInTheRegistryAndNothingElse() {
    assertEquals(81, IANA.size(), "the XML copy has 81 enumerated codes");
    List<String> ours = new ArrayList<>();
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      ours.add(e.getCode());
    }
    assertEquals(
        new ArrayList<>(IANA.keySet()).stream().sorted().toList(), ours.stream().sorted().toList());
    assertEquals(81, StatusCodeRegistry.iana().size());
    assertEquals(81, RegisteredDetail.values().size());
  }

  @Test
  void titlesAreIanasSampleTextExactly() {
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      assertEquals(text(IANA.get(e.getCode()), "sample"), e.getTitle(), e.getCode());
    }
  }

  @Test
  void associatedReplyCodesAreWordedAsIanaWordsThem() {
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      String iana = text(IANA.get(e.getCode()), "basic_code");
      assertEquals(iana, e.getAssociatedReplyCodes().getWording(), e.getCode());
    }
  }

  @Test
  void parsedReplyCodesAreExactlyTheNumbersInIanasWording() {
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      String wording = e.getAssociatedReplyCodes().getWording();
      List<String> numbers = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d{3}\\b").matcher(wording);
      while (m.find()) {
        numbers.add(m.group());
      }
      List<String> parsed =
          e.getAssociatedReplyCodes().getCodes().stream().map(ReplyCode::toString).toList();
      assertEquals(numbers, parsed, e.getCode());
    }
  }

  @Test
  void referencesNameIanasDocuments() {
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      Element reference =
          (Element) IANA.get(e.getCode()).getElementsByTagNameNS("*", "reference").item(0);
      NodeList xrefs = reference.getElementsByTagNameNS("*", "xref");
      List<String> iana = new ArrayList<>();
      for (int i = 0; i < xrefs.getLength(); i++) {
        Element x = (Element) xrefs.item(i);
        String data = x.getAttribute("data");
        iana.add(
            "rfc".equals(x.getAttribute("type")) ? data.toUpperCase(java.util.Locale.ROOT) : data);
      }
      List<String> ours =
          e.getReferences().stream().map(r -> r.replaceAll("\\s*\\(.*\\)$", "")).toList();
      assertEquals(iana, ours, e.getCode());
    }
  }

  @Test
  void theSixCodesTheSeedDocumentLacksArePresent() {
    for (String code : List.of("X.1.5", "X.3.6", "X.6.4", "X.7.28", "X.7.29", "X.7.30")) {
      assertTrue(StatusCodeRegistry.iana().contains(code), code);
    }
  }

  @Test
  void x610IsTheDeprecatedDuplicateOfX68() {
    RegistryEntry e = StatusCodeRegistry.iana().get("X.6.10");
    assertNotNull(e);
    assertTrue(e.isDeprecated());
    assertEquals("", e.getTitle());
    assertEquals("X.6.8", e.getDetail().getCanonical().getCode());
    assertEquals(
        1,
        StatusCodeRegistry.iana().getEntries().stream()
            .filter(RegistryEntry::isDeprecated)
            .count());
  }

  private static String text(Element parent, String name) {
    NodeList n = parent.getElementsByTagNameNS("*", name);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim().replaceAll("\\s+", " ");
  }
}
