package dev.smtpstatus.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.ReplyReader;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.SmtpSyntaxException;
import dev.smtpstatus.testkit.InvalidStatusCodeKind;
import dev.smtpstatus.testkit.ReplyCodeStatusPair;
import dev.smtpstatus.testkit.ReplyStream;
import dev.smtpstatus.testkit.SmtpGenerators;
import dev.smtpstatus.testkit.StatusCodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;

/** The JUnit face, used as a Java user would: impl's parsers and rules against the generators. */
class ArgumentSourcesTest {

  @ParameterizedTest
  @EnhancedStatusCodes(count = 500, seed = 42, kind = StatusCodeKind.REGISTERED)
  void registeredCodesParseToTheirCachedInstance(EnhancedStatusCode code) {
    assertTrue(code.isRegistered());
    assertSame(code, EnhancedStatusCode.parse(code.toString()));
  }

  @ParameterizedTest
  @EnhancedStatusCodes(count = 500, seed = 42)
  void wellFormedTextsRoundTrip(String text) {
    EnhancedStatusCode code = EnhancedStatusCode.parse(text);
    assertEquals(text, code.toString());
    assertEquals(code, EnhancedStatusCode.parseOrNull(text));
  }

  @ParameterizedTest
  @EnhancedStatusCodes(count = 500, seed = 42, kind = StatusCodeKind.UNREGISTERED)
  void unregisteredCodesAreKeptAsSent(EnhancedStatusCode code) {
    assertFalse(code.isRegistered());
    assertNull(code.getRegisteredDetail());
    assertEquals(code, EnhancedStatusCode.parse(code.toString()));
  }

  @ParameterizedTest
  @InvalidStatusCodeTexts(count = 1000, seed = 42, kind = InvalidStatusCodeKind.NEAR_MISS)
  void nearMissesAreRejectedWithTheInputQuoted(String text) {
    assertNull(EnhancedStatusCode.parseOrNull(text));
    SmtpSyntaxException e =
        assertThrows(SmtpSyntaxException.class, () -> EnhancedStatusCode.parse(text));
    assertTrue(e.getMessage().contains("RFC 3463"), e.getMessage());
  }

  @ParameterizedTest
  @InvalidStatusCodeTexts(count = 1000, seed = 42, kind = InvalidStatusCodeKind.MALFORMED)
  void malformedTextsAreRejected(CharSequence text) {
    assertNull(EnhancedStatusCode.parseOrNull(text));
    assertThrows(SmtpSyntaxException.class, () -> EnhancedStatusCode.parse(text));
  }

  @ParameterizedTest
  @ReplyCodes(count = 300, seed = 42)
  void replyCodesRoundTrip(ReplyCode code) {
    assertSame(code, ReplyCode.parse(code.toString()));
    assertSame(code, ReplyCode.of(code.getValue()));
  }

  @ParameterizedTest
  @ReplyCodes(count = 100, seed = 42)
  void replyCodesAsNumbers(int value) {
    assertEquals(value, ReplyCode.of(value).getValue());
  }

  @ParameterizedTest
  @ReplyCodes(count = 500, seed = 42, valid = false)
  void invalidReplyCodeTextsAreRejected(String text) {
    assertNull(ReplyCode.parseOrNull(text));
    assertThrows(SmtpSyntaxException.class, () -> ReplyCode.parse(text));
  }

  @ParameterizedTest
  @ReplyCodes(count = 500, seed = 42, valid = false)
  void invalidReplyCodeValuesAreRejected(int value) {
    assertNull(ReplyCode.ofOrNull(value));
    assertThrows(IllegalArgumentException.class, () -> ReplyCode.of(value));
  }

  @ParameterizedTest
  @ReplyCodeStatusPairs(count = 500, seed = 42)
  void compatiblePairsHaveNoErrors(ReplyCode code, EnhancedStatusCode status) {
    List<Finding> findings = Compatibility.check(code, status);
    assertFalse(Compatibility.hasErrors(findings), findings::toString);
    assertEquals(findings, Compatibility.check(code.getValue(), status.toString()));
  }

  @ParameterizedTest
  @ReplyCodeStatusPairs(count = 500, seed = 42, compatible = false)
  void incompatiblePairsHaveErrors(int code, String status) {
    List<Finding> findings = Compatibility.check(code, status);
    assertTrue(Compatibility.hasErrors(findings), code + " " + status);
    assertTrue(findings.get(0).isError(), "errors come first");
  }

  @ParameterizedTest
  @ReplyCodeStatusPairs(count = 500, seed = 42, listed = true)
  void listedPairsDrawNoFindingAtAll(ReplyCodeStatusPair pair) {
    assertEquals(List.of(), Compatibility.check(pair.getReplyCode(), pair.getStatus()));
  }

  @ParameterizedTest
  @SmtpReplies(count = 500, seed = 42)
  void repliesRoundTripThroughTheWireForm(SmtpReply reply) {
    assertEquals(reply, SmtpReply.parse(reply.format()));
    assertFalse(Compatibility.hasErrors(reply.getFindings()), reply::toString);
  }

  @ParameterizedTest
  @SmtpReplies(count = 300, seed = 42, oneLine = true)
  void oneLineWireFormsParseToOneLine(String wire) {
    SmtpReply reply = SmtpReply.parse(wire);
    assertEquals(1, reply.getLines().size());
    assertEquals(wire, reply.format());
    assertTrue(wire.endsWith("\r\n") && wire.indexOf('\n') == wire.length() - 1, wire);
  }

  @ParameterizedTest
  @ReplyStreams(count = 300, seed = 42)
  void theReaderHandsOverTheSameRepliesHoweverTheBytesAreCut(ReplyStream stream) {
    List<SmtpReply> read = new ArrayList<>();
    ReplyReader reader = ReplyParser.defaults().newReader();
    for (byte[] chunk : stream.getChunks()) {
      reader.feed(chunk, 0, chunk.length, read::add);
    }
    reader.finish(read::add);
    assertEquals(stream.getReplies(), read, stream::toString);
  }

  @Test
  void argumentsFollowTheDeclaredParameterTypes() {
    ReplyCodeStatusPair pair =
        ReplyCodeStatusPair.of(ReplyCode.of(552), EnhancedStatusCode.parse("5.3.4"));
    assertEquals(
        List.of(552, "5.3.4"),
        List.of(GeneratorArgumentsProvider.convert(pair, List.of(int.class, String.class))));
    assertEquals(
        List.of("250 2.0.0 OK\r\n"),
        List.of(
            GeneratorArgumentsProvider.convert(
                SmtpReply.of(250, "2.0.0", "OK"), List.of(String.class))));
    assertEquals(
        List.of(pair),
        List.of(GeneratorArgumentsProvider.convert(pair, List.of(ReplyCodeStatusPair.class))));
    assertEquals(
        List.of(ReplyCode.of(552), EnhancedStatusCode.parse("5.3.4")),
        List.of(
            GeneratorArgumentsProvider.convert(
                pair, List.of(ReplyCode.class, EnhancedStatusCode.class))));
  }

  @Test
  void providersServeTheGeneratorsFirstValues() throws Exception {
    EnhancedStatusCodesProvider p = new EnhancedStatusCodesProvider();
    p.accept(Annotated.class.getDeclaredMethod("codes").getAnnotation(EnhancedStatusCodes.class));
    List<Object> served =
        p.arguments(List.of(EnhancedStatusCode.class))
            .map(a -> ((Named<?>) a.get()[0]).getPayload())
            .collect(Collectors.toList());
    assertEquals(
        SmtpGenerators.enhancedStatusCodes(StatusCodeKind.REGISTERED).take(25, 9L), served);
  }

  @Test
  void eachInvocationIsNamedWithItsSeedSoAFailureReproduces() throws Exception {
    EnhancedStatusCodesProvider p = new EnhancedStatusCodesProvider();
    p.accept(Annotated.class.getDeclaredMethod("codes").getAnnotation(EnhancedStatusCodes.class));
    for (Arguments a :
        p.arguments(List.of(EnhancedStatusCode.class)).collect(Collectors.toList())) {
      Named<?> named = (Named<?>) a.get()[0];
      assertEquals(named.getPayload() + " (seed 9)", named.getName());
    }
    // A pair served as two parameters: the seed follows the last one.
    Arguments two = GeneratorArgumentsProvider.withSeed(new Object[] {"552", "5.3.4"}, -7L);
    assertEquals("552", two.get()[0]);
    assertEquals("5.3.4 (seed -7)", ((Named<?>) two.get()[1]).getName());
  }

  @Test
  void theDefaultSeedIsDrawnEachRunAndCanBeFixedByAProperty() throws Exception {
    EnhancedStatusCodes byDefault =
        Annotated.class.getDeclaredMethod("negative").getAnnotation(EnhancedStatusCodes.class);
    assertEquals(Seed.RANDOM, byDefault.seed());
    java.util.Set<Long> drawn = new java.util.HashSet<>();
    for (int i = 0; i < 20; i++) {
      drawn.add(Seed.resolve(Seed.RANDOM));
    }
    assertTrue(drawn.size() > 1, drawn::toString);
    assertFalse(drawn.contains(Seed.RANDOM));
    assertEquals(42L, Seed.resolve(42L));
    String before = System.getProperty(Seed.PROPERTY);
    try {
      System.setProperty(Seed.PROPERTY, "123");
      assertEquals(123L, Seed.resolve(Seed.RANDOM));
      assertEquals(42L, Seed.resolve(42L)); // a written seed wins
      System.setProperty(Seed.PROPERTY, "abc");
      assertThrows(IllegalArgumentException.class, () -> Seed.resolve(Seed.RANDOM));
    } finally {
      if (before == null) {
        System.clearProperty(Seed.PROPERTY);
      } else {
        System.setProperty(Seed.PROPERTY, before);
      }
    }
  }

  @Test
  void providersNameNoTypeThatOlderJUnitsLack() {
    // JUnit 5.10-5.12 have no org.junit.jupiter.params.support.ParameterDeclarations: a provider
    // that names it in a signature fails to load there (NoClassDefFoundError). The consumer suite
    // runs the testkit on JUnit 5.10 itself; this catches it in the module's own build.
    for (Class<?> c :
        List.of(
            GeneratorArgumentsProvider.class,
            EnhancedStatusCodesProvider.class,
            ReplyCodesProvider.class,
            ReplyCodeStatusPairsProvider.class,
            InvalidStatusCodeTextsProvider.class,
            SmtpRepliesProvider.class,
            ReplyStreamsProvider.class)) {
      for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
        for (Class<?> t : m.getParameterTypes()) {
          assertFalse(t.getName().endsWith("ParameterDeclarations"), c + "." + m.getName());
        }
      }
    }
  }

  @Test
  void badAnnotationsAreReported() throws Exception {
    ReplyCodeStatusPairsProvider pairs = new ReplyCodeStatusPairsProvider();
    ReplyCodeStatusPairs contradictory =
        Annotated.class
            .getDeclaredMethod("contradictory")
            .getAnnotation(ReplyCodeStatusPairs.class);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> pairs.accept(contradictory));
    assertTrue(e.getMessage().contains("listed = true"), e.getMessage());

    EnhancedStatusCodesProvider codes = new EnhancedStatusCodesProvider();
    EnhancedStatusCodes negative =
        Annotated.class.getDeclaredMethod("negative").getAnnotation(EnhancedStatusCodes.class);
    e = assertThrows(IllegalArgumentException.class, () -> codes.accept(negative));
    assertTrue(e.getMessage().contains("count = -1"), e.getMessage());
  }

  /** Annotations to read in the tests above. */
  @SuppressWarnings("unused")
  private static final class Annotated {
    @EnhancedStatusCodes(count = 25, seed = 9, kind = StatusCodeKind.REGISTERED)
    void codes() {}

    @ReplyCodeStatusPairs(compatible = false, listed = true)
    void contradictory() {}

    @EnhancedStatusCodes(count = -1)
    void negative() {}
  }
}
