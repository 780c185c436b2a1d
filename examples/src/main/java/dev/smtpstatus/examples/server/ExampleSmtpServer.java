package dev.smtpstatus.examples.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.subethamail.smtp.MessageHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The example SMTP server: SubEthaSMTP on 127.0.0.1 and an ephemeral port, with a handler per mail
 * transaction. Loopback only: it never listens on a public interface.
 *
 * <pre>{@code
 * try (ExampleSmtpServer server = ExampleSmtpServer.start(ctx -> new InboundHandler(store))) {
 *   InetSocketAddress address = server.getAddress();   // 127.0.0.1:<ephemeral>
 *   ...
 * }
 * }</pre>
 */
public final class ExampleSmtpServer implements AutoCloseable {
  /** 127.0.0.1, spelled out: {@code InetAddress.getLoopbackAddress()} may be {@code ::1}. */
  public static final InetAddress LOOPBACK = loopback();

  private final SMTPServer server;

  private ExampleSmtpServer(SMTPServer server) {
    this.server = server;
  }

  /** Starts a server whose transactions {@link InboundHandler} (Java) handles. */
  public static ExampleSmtpServer start(MailboxStore store) {
    Objects.requireNonNull(store, "store == null");
    return start(context -> new InboundHandler(store));
  }

  /** Starts a server on 127.0.0.1 and an ephemeral port with the given handlers. */
  public static ExampleSmtpServer start(MessageHandlerFactory handlers) {
    Objects.requireNonNull(handlers, "handlers == null");
    SMTPServer server =
        SMTPServer.port(0)
            .bindAddress(LOOPBACK)
            .hostName("mx.example.test")
            .softwareName("smtp-status example")
            .messageHandlerFactory(handlers)
            .build();
    server.start();
    return new ExampleSmtpServer(server);
  }

  /** The address the server listens on: 127.0.0.1 and the port it was given. */
  public InetSocketAddress getAddress() {
    return new InetSocketAddress(LOOPBACK, server.getPortAllocated());
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError("four bytes are an IPv4 address", e);
    }
  }

  /** Stops the server and closes its connections. */
  @Override
  public void close() {
    server.stop();
  }
}
