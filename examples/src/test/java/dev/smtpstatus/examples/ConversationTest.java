package dev.smtpstatus.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.api.Replies;
import dev.smtpstatus.api.StatusClass;
import dev.smtpstatus.examples.client.Conversation;
import dev.smtpstatus.examples.client.Exchange;
import dev.smtpstatus.examples.client.ReplyMeaning.Retry;
import dev.smtpstatus.examples.kotlin.KotlinInboundHandler;
import dev.smtpstatus.examples.server.ExampleSmtpServer;
import dev.smtpstatus.examples.server.InboundHandler;
import dev.smtpstatus.examples.server.MailboxStore;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.subethamail.smtp.MessageHandler;

/**
 * Runs the demo conversation over loopback against the example server, once with the Java handler
 * and once with the Kotlin one, and checks every typed reply: code, enhanced status and class.
 */
class ConversationTest {

  static Stream<Arguments> handlers() {
    Function<MailboxStore, MessageHandler> java = InboundHandler::new;
    Function<MailboxStore, MessageHandler> kotlin = KotlinInboundHandler::new;
    return Stream.of(
        Arguments.of("Java", InboundHandler.class, java),
        Arguments.of("Kotlin", KotlinInboundHandler.class, kotlin));
  }

  @ParameterizedTest(name = "{0} handler")
  @MethodSource("handlers")
  void everyReplyArrivesTypedAndMeansWhatItSays(
      String language, Class<?> handlerType, Function<MailboxStore, MessageHandler> handlers)
      throws Exception {
    MailboxStore store = MailboxStore.demo();
    List<Exchange> log;
    try (ExampleSmtpServer server = ExampleSmtpServer.start(context -> handlers.apply(store))) {
      log = Conversation.run(server.getAddress());
    }

    assertEquals(20, log.size(), () -> "exchanges: " + log);
    assertAll(
        () -> expect(log.get(0), "(connect)", 220, null),
        () -> expect(log.get(1), "EHLO", 250, null),
        () -> expect(log.get(2), "MAIL FROM", 250, null),
        () -> expect(log.get(3), "RCPT TO:<nobody@", 550, "5.1.1"),
        () -> expect(log.get(4), "RCPT TO:<carol@", 452, "4.2.2"),
        () -> expect(log.get(5), "RCPT TO:<someone@elsewhere", 550, "5.7.1"),
        () -> expect(log.get(6), "RCPT TO:<alice@", 250, null),
        () -> expect(log.get(7), "DATA", 354, null),
        () -> expect(log.get(8), "(message", 250, "2.0.0"),
        () -> expect(log.get(9), "MAIL FROM", 250, null),
        () -> expect(log.get(10), "RCPT TO:<alice@", 250, null),
        () -> expect(log.get(11), "DATA", 354, null),
        () -> expect(log.get(12), "(message", 552, "5.3.4"),
        () -> expect(log.get(13), "RSET", 250, null),
        () -> expect(log.get(14), "MAIL FROM", 250, null),
        () -> expect(log.get(15), "RCPT TO:<dave@", 250, null),
        () -> expect(log.get(16), "DATA", 354, null),
        () -> expect(log.get(17), "(message", 451, "4.3.0"),
        () -> expect(log.get(18), "RSET", 250, null),
        () -> expect(log.get(19), "QUIT", 221, null));

    // What the registry and the reply code say about the refusals.
    assertEquals("Bad destination mailbox address", log.get(3).getMeaning().getTitle());
    assertEquals(Retry.NEVER, log.get(3).getMeaning().getRetry());
    assertEquals("Mailbox full", log.get(4).getMeaning().getTitle());
    assertEquals(Retry.LATER, log.get(4).getMeaning().getRetry());
    assertEquals("Message too big for system", log.get(12).getMeaning().getTitle());
    assertEquals(Retry.NEVER, log.get(12).getMeaning().getRetry());
    assertEquals(Retry.LATER, log.get(17).getMeaning().getRetry());
    assertEquals(Retry.CONTINUE, log.get(7).getMeaning().getRetry());
    assertEquals(Retry.NOT_NEEDED, log.get(8).getMeaning().getRetry());

    // Only the accepted message reached a mailbox: behind SubEthaSMTP's Received header, as sent,
    // its dot-stuffed line restored.
    List<byte[]> delivered = store.find("alice@example.test").getMessages();
    assertEquals(1, delivered.size());
    String message = new String(delivered.get(0), StandardCharsets.UTF_8);
    assertTrue(message.startsWith("Received: from client.example"), message);
    assertTrue(message.endsWith("\r\n" + Conversation.SMALL_MESSAGE + "\r\n"), message);
    assertTrue(store.find("dave@example.test").getMessages().isEmpty());

    // Every reply with a status that the handler sent is one its @Replies declare.
    Set<String> declared = declaredReplies(handlerType);
    for (Exchange exchange : log) {
      EnhancedStatusCode status = exchange.getReply().getStatus();
      if (status != null) {
        String pair = exchange.getReply().getCode() + " " + status;
        assertTrue(declared.contains(pair), () -> pair + " not declared by " + handlerType);
      }
    }
    assertEquals(6, declared.size(), () -> "declared: " + declared);
  }

  private static void expect(
      Exchange exchange, String sentPrefix, int code, @Nullable String status) {
    SmtpReply reply = exchange.getReply();
    assertTrue(exchange.getSent().startsWith(sentPrefix), () -> "sent " + exchange.getSent());
    assertEquals(code, reply.getCode().getValue(), () -> exchange.toString());
    EnhancedStatusCode actual = reply.getStatus();
    if (status == null) {
      assertNull(actual, () -> exchange.toString());
      return;
    }
    assertEquals(EnhancedStatusCode.parse(status), actual, () -> exchange.toString());
    // The class of the status and the reply code agree (RFC 2034 §3)...
    assertEquals(StatusClass.of(code / 100), actual.getStatusClass(), () -> exchange.toString());
    // ...and the reply is as correct as the SDK's factories make it.
    assertTrue(reply.getFindings().stream().noneMatch(f -> f.isError()), () -> reply.toString());
  }

  /** The replies a handler type declares, as {@code "550 5.1.1"}, read at run time. */
  static Set<String> declaredReplies(Class<?> handlerType) {
    Set<String> pairs = new HashSet<>();
    for (Method method : handlerType.getDeclaredMethods()) {
      Arrays.stream(method.getAnnotationsByType(Replies.class))
          .forEach(r -> pairs.add(r.code() + " " + r.status()));
    }
    return pairs;
  }
}
