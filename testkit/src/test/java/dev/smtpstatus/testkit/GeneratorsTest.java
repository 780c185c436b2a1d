package dev.smtpstatus.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.AssociatedReplyCodes;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.Detail;
import dev.smtpstatus.api.RegisteredDetail;
import dev.smtpstatus.api.StatusClass;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The generators themselves: determinism, edge cases first, coverage, shrinking inside the kind.
 */
class GeneratorsTest {

  private static final List<Generator<?>> ALL =
      List.of(
          SmtpGenerators.enhancedStatusCodes(StatusCodeKind.REGISTERED),
          SmtpGenerators.enhancedStatusCodes(StatusCodeKind.UNREGISTERED),
          SmtpGenerators.enhancedStatusCodes(StatusCodeKind.WELL_FORMED),
          SmtpGenerators.enhancedStatusCodeTexts(StatusCodeKind.REGISTERED),
          SmtpGenerators.invalidStatusCodeTexts(InvalidStatusCodeKind.NEAR_MISS),
          SmtpGenerators.invalidStatusCodeTexts(InvalidStatusCodeKind.MALFORMED),
          SmtpGenerators.replyCodes(),
          SmtpGenerators.invalidReplyCodeTexts(),
          SmtpGenerators.invalidReplyCodeValues(),
          SmtpGenerators.listedPairs(),
          SmtpGenerators.compatiblePairs(),
          SmtpGenerators.incompatiblePairs(),
          SmtpGenerators.smtpReplies(),
          SmtpGenerators.oneLineReplies(),
          SmtpGenerators.replyLines(),
          SmtpGenerators.replyTexts(),
          SmtpGenerators.replyStreams());

  @Test
  void sameSeedSameValuesOtherSeedOtherValues() {
    for (Generator<?> g : ALL) {
      assertEquals(g.take(300, 42L), g.take(300, 42L));
      assertEquals(
          g.take(300, 42L), g.stream(42L).limit(300).collect(java.util.stream.Collectors.toList()));
      int edges = g.getEdgeCases().size();
      assertNotEquals(
          g.take(edges + 50, 42L).subList(edges, edges + 50),
          g.take(edges + 50, 43L).subList(edges, edges + 50),
          "seeds 42 and 43 drew the same 50 values from " + g.getEdgeCases());
    }
  }

  @Test
  void edgeCasesComeFirstInOrder() {
    for (Generator<?> g : ALL) {
      List<?> edges = g.getEdgeCases();
      assertFalse(edges.isEmpty());
      assertEquals(edges, g.take(edges.size() + 10, 7L).subList(0, edges.size()));
      assertEquals(edges.subList(0, 3), g.take(3, 7L));
    }
  }

  @Test
  void negativeCountIsRejected() {
    Generator<ReplyCode> g = SmtpGenerators.replyCodes();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.take(-1, 0));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void everyKindHasAGeneratorAndNoneIsRefused() {
    // Valid codes and texts that are not codes are separate kinds: no generator takes a kind it
    // must refuse (issue 8 item 6).
    for (StatusCodeKind k : StatusCodeKind.values()) {
      for (String s : SmtpGenerators.enhancedStatusCodeTexts(k).take(200, 3L)) {
        assertTrue(Syntax.isStatusCode(s), () -> k + ": " + s);
      }
      assertEquals(200, SmtpGenerators.enhancedStatusCodes(k).take(200, 3L).size());
    }
    for (InvalidStatusCodeKind k : InvalidStatusCodeKind.values()) {
      assertEquals(200, SmtpGenerators.invalidStatusCodeTexts(k).take(200, 3L).size());
    }
  }

  @Test
  void registeredCodesCoverAllEightyOneDetailsAndAllClassesInThreeThousandDraws() {
    Set<Detail> details = new HashSet<>();
    Set<StatusClass> classes = EnumSet.noneOf(StatusClass.class);
    for (EnhancedStatusCode c :
        SmtpGenerators.enhancedStatusCodes(StatusCodeKind.REGISTERED).take(3000, 1L)) {
      assertTrue(c.isRegistered(), c::toString);
      details.add(c.getDetail());
      classes.add(c.getStatusClass());
    }
    assertEquals(81, StatusCodeRegistry.iana().size());
    assertEquals(new HashSet<>(RegisteredDetail.values()), details);
    assertEquals(EnumSet.allOf(StatusClass.class), classes);
  }

  @Test
  void wellFormedCodesReachOneTwoAndThreeDigitsAndUnregisteredSubjects() {
    Set<Integer> subjectDigits = new HashSet<>();
    Set<Integer> detailDigits = new HashSet<>();
    int unregistered = 0;
    for (EnhancedStatusCode c :
        SmtpGenerators.enhancedStatusCodes(StatusCodeKind.WELL_FORMED).take(2000, 1L)) {
      subjectDigits.add(Integer.toString(c.getSubjectNumber()).length());
      detailDigits.add(Integer.toString(c.getDetailNumber()).length());
      unregistered += c.isRegistered() ? 0 : 1;
    }
    assertEquals(Set.of(1, 2, 3), subjectDigits);
    assertEquals(Set.of(1, 2, 3), detailDigits);
    assertTrue(unregistered > 500 && unregistered < 1500, "unregistered: " + unregistered);
  }

  @Test
  void listedPairsReachEveryEntryThatListsACode() {
    Set<String> entries = new HashSet<>();
    for (ReplyCodeStatusPair p : SmtpGenerators.listedPairs().take(4000, 3L)) {
      entries.add(StatusCodeRegistry.iana().get(p.getStatus()).getCode());
    }
    Set<String> expected = new HashSet<>();
    for (RegistryEntry e : StatusCodeRegistry.iana().getEntries()) {
      AssociatedReplyCodes.Form form = e.getAssociatedReplyCodes().getForm();
      if (!e.isDeprecated()
          && form != AssociatedReplyCodes.Form.NOT_GIVEN
          && form != AssociatedReplyCodes.Form.UNSPECIFIED) {
        expected.add(e.getCode());
      }
    }
    assertEquals(expected, entries);
  }

  @Test
  void oracleAgreesWithTheKinds() {
    for (String s :
        SmtpGenerators.enhancedStatusCodeTexts(StatusCodeKind.WELL_FORMED).take(2000, 5L)) {
      assertTrue(Syntax.isStatusCode(s), s);
    }
    for (InvalidStatusCodeKind k : InvalidStatusCodeKind.values()) {
      for (String s : SmtpGenerators.invalidStatusCodeTexts(k).take(5000, 5L)) {
        assertFalse(Syntax.isStatusCode(s), () -> k + " drew a valid code: " + s);
      }
    }
    for (String s : SmtpGenerators.invalidReplyCodeTexts().take(3000, 5L)) {
      assertFalse(Syntax.isReplyCode(s), s);
    }
    for (int v : SmtpGenerators.invalidReplyCodeValues().take(3000, 5L)) {
      assertFalse(Syntax.isReplyCode(v), Integer.toString(v));
    }
    for (ReplyCode c : SmtpGenerators.replyCodes().take(3000, 5L)) {
      assertTrue(Syntax.isReplyCode(c.toString()), c::toString);
    }
  }

  @Test
  void nearMissesIncludeTheClassicDefects() {
    List<String> draws =
        SmtpGenerators.invalidStatusCodeTexts(InvalidStatusCodeKind.NEAR_MISS).take(3000, 9L);
    assertTrue(draws.containsAll(List.of("5.01.1", "6.1.1", "5.1.1.", "5. 1.1")));
    assertTrue(draws.stream().anyMatch(s -> s.matches("\\d\\.0\\d+\\.\\d+")), "leading zero");
    assertTrue(
        draws.stream().anyMatch(s -> s.chars().anyMatch(ch -> ch > 127 && Character.isDigit(ch))),
        "non-ASCII digit");
    assertTrue(
        draws.stream().anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint)),
        "supplementary digit");
    assertTrue(
        draws.stream().anyMatch(s -> s.startsWith("+") || s.contains(".+") || s.contains(".-")),
        "sign");
  }

  @Test
  void shrinksStayInTheirKindAndEnd() {
    checkShrinks(
        SmtpGenerators.enhancedStatusCodes(StatusCodeKind.REGISTERED),
        EnhancedStatusCode::isRegistered);
    checkShrinks(
        SmtpGenerators.enhancedStatusCodes(StatusCodeKind.UNREGISTERED), c -> !c.isRegistered());
    checkShrinks(SmtpGenerators.enhancedStatusCodes(StatusCodeKind.WELL_FORMED), c -> true);
    checkShrinks(
        SmtpGenerators.invalidStatusCodeTexts(InvalidStatusCodeKind.NEAR_MISS),
        s -> !Syntax.isStatusCode(s));
    checkShrinks(
        SmtpGenerators.invalidStatusCodeTexts(InvalidStatusCodeKind.MALFORMED),
        s -> !Syntax.isStatusCode(s));
    checkShrinks(SmtpGenerators.invalidReplyCodeTexts(), s -> !Syntax.isReplyCode(s));
    checkShrinks(SmtpGenerators.invalidReplyCodeValues(), v -> !Syntax.isReplyCode(v));
    checkShrinks(SmtpGenerators.replyCodes(), c -> true);
  }

  @Test
  void repliesVaryInLinesStatusAndText() {
    List<SmtpReply> replies = SmtpGenerators.smtpReplies().take(2000, 17L);
    assertTrue(replies.stream().anyMatch(r -> r.getStatus() == null));
    assertTrue(replies.stream().anyMatch(r -> r.getStatus() != null));
    assertTrue(replies.stream().anyMatch(r -> r.getCode().isIntermediate()));
    assertTrue(replies.stream().anyMatch(r -> r.getLines().size() >= 6));
    assertTrue(replies.stream().anyMatch(r -> !r.getFindings().isEmpty()), "warnings kept");
    assertTrue(
        replies.stream()
            .anyMatch(r -> r.getLines().stream().anyMatch(l -> l.startsWith("5.01.1"))));
    assertTrue(
        replies.stream()
            .anyMatch(
                r ->
                    r.getLines().stream().anyMatch(l -> l.codePoints().anyMatch(c -> c > 0xFFFF))));
    for (SmtpReply r : replies) {
      for (String line : r.format().split("\r\n")) {
        assertTrue(line.getBytes(StandardCharsets.UTF_8).length + 2 <= 512, line);
      }
    }
    assertTrue(
        SmtpGenerators.oneLineReplies().take(500, 1L).stream()
            .allMatch(r -> r.getLines().size() == 1));
  }

  @Test
  void replyStreamsAreCutEverywhere() {
    List<ReplyStream> streams = SmtpGenerators.replyStreams().take(500, 19L);
    for (ReplyStream s : streams) {
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (byte[] chunk : s.getChunks()) {
        assertTrue(chunk.length > 0, s::toString);
        joined.writeBytes(chunk);
      }
      assertArrayEquals(s.getBytes(), joined.toByteArray());
      assertEquals(s.getCuts().size() + 1, s.getChunks().size());
    }
    assertTrue(streams.stream().anyMatch(s -> s.getCuts().isEmpty()));
    assertTrue(streams.stream().anyMatch(s -> s.getCuts().size() == s.getBytes().length - 1));
    assertTrue(streams.stream().anyMatch(ReplyStream::isBareLf));
    assertTrue(streams.stream().anyMatch(s -> cutsBetweenCrAndLf(s) > 0));
    assertTrue(streams.stream().anyMatch(s -> s.getReplies().size() > 4));
  }

  private static int cutsBetweenCrAndLf(ReplyStream s) {
    byte[] b = s.getBytes();
    int n = 0;
    for (int c : s.getCuts()) {
      n += b[c - 1] == '\r' && b[c] == '\n' ? 1 : 0;
    }
    return n;
  }

  @Test
  void replyShrinksAreSimplerReplies() {
    Generator<SmtpReply> g = SmtpGenerators.smtpReplies();
    for (SmtpReply r : g.take(300, 23L)) {
      for (SmtpReply s : g.shrink(r)) {
        assertTrue(
            s.getLines().size() < r.getLines().size()
                || String.join("", s.getLines()).length() < String.join("", r.getLines()).length()
                || !s.getCode().equals(r.getCode())
                || !java.util.Objects.equals(s.getStatus(), r.getStatus()),
            () -> s + " is not simpler than " + r);
        assertEquals(s, SmtpReply.parse(s.format()));
      }
    }
    checkShrinks(g, r -> true);
    checkShrinks(SmtpGenerators.replyStreams(), s -> !s.getReplies().isEmpty());
  }

  @Test
  void wellFormedCodesShrinkToClassZeroZero() {
    Generator<EnhancedStatusCode> g =
        SmtpGenerators.enhancedStatusCodes(StatusCodeKind.WELL_FORMED);
    for (EnhancedStatusCode c : g.take(300, 11L)) {
      EnhancedStatusCode least = c;
      for (List<EnhancedStatusCode> s = g.shrink(least); !s.isEmpty(); s = g.shrink(least)) {
        least = s.get(0);
      }
      assertEquals(EnhancedStatusCode.of(c.getClassNumber(), 0, 0), least);
    }
    assertEquals(
        List.of(
            EnhancedStatusCode.parse("5.0.0"),
            EnhancedStatusCode.parse("5.7.0"),
            EnhancedStatusCode.parse("5.7.25")),
        SmtpGenerators.enhancedStatusCodes(StatusCodeKind.REGISTERED)
            .shrink(EnhancedStatusCode.parse("5.7.26")));
    assertEquals(List.of(), g.shrink(EnhancedStatusCode.parse("4.0.0")));
  }

  @Test
  void replyCodesShrinkTowardHundredsKeepingTheFirstDigit() {
    assertEquals(
        List.of(ReplyCode.of(500), ReplyCode.of(550), ReplyCode.of(551)),
        SmtpGenerators.replyCodes().shrink(ReplyCode.of(552)));
    assertEquals(List.of(), SmtpGenerators.replyCodes().shrink(ReplyCode.of(400)));
  }

  /** Every shrink is in the kind, differs from its value, and repeated first shrinks end. */
  private static <T> void checkShrinks(Generator<T> g, Predicate<T> kind) {
    for (T v : g.take(200, 13L)) {
      List<T> candidates = new ArrayList<>(g.shrink(v));
      for (T c : candidates) {
        assertTrue(kind.test(c), () -> "shrink " + c + " of " + v + " left the kind");
        assertNotEquals(v, c);
      }
      T current = v;
      int steps = 0;
      for (List<T> s = g.shrink(current); !s.isEmpty(); s = g.shrink(current)) {
        current = s.get(s.size() - 1);
        assertTrue(++steps < 10_000, () -> "shrinking " + v + " does not end");
      }
    }
  }
}
