package dev.smtpstatus.examples.client;

import dev.smtpstatus.ReplyParser;
import dev.smtpstatus.ReplyReader;
import dev.smtpstatus.SmtpReply;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A minimal SMTP client over a plain {@link Socket}: it writes commands and reads each reply with
 * smtp-status's streaming {@link ReplyReader}, which takes the bytes as the socket delivers them
 * and hands over complete, typed {@link SmtpReply} values.
 *
 * <pre>{@code
 * try (SmtpClient client = SmtpClient.connect(address)) {
 *   SmtpReply greeting = client.getGreeting();              // 220 ...
 *   client.send("EHLO client.example");                     // 250-...
 *   client.send("MAIL FROM:<sender@client.example>");
 *   SmtpReply rcpt = client.send("RCPT TO:<carol@example.test>");
 *   rcpt.getStatus();                                       // 4.2.2
 * }
 * }</pre>
 *
 * <p>One command at a time (no PIPELINING); not thread-safe.
 */
public final class SmtpClient implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final ReplyReader reader = ReplyParser.defaults().newReader();
  private final ArrayDeque<SmtpReply> replies = new ArrayDeque<>();
  private final byte[] buffer = new byte[4096];
  private final SmtpReply greeting;

  private SmtpClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.greeting = read();
  }

  /**
   * Connects to an SMTP server and reads its greeting.
   *
   * @throws IOException if the connection fails or closes before the greeting
   */
  public static SmtpClient connect(InetSocketAddress address) throws IOException {
    Objects.requireNonNull(address, "address == null");
    Socket socket = new Socket();
    try {
      socket.connect(address, 5_000);
      socket.setSoTimeout(10_000);
      return new SmtpClient(socket);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** The server's greeting, read on connecting (220 when it is ready). */
  public SmtpReply getGreeting() {
    return greeting;
  }

  /**
   * Sends one command line and returns the server's reply to it.
   *
   * @param command the command without CRLF, e.g. {@code "RCPT TO:<alice@example.test>"}
   * @throws IllegalArgumentException if the command contains CR or LF
   * @throws IOException if the connection fails or closes before the reply
   */
  public SmtpReply send(String command) throws IOException {
    Objects.requireNonNull(command, "command == null");
    if (command.indexOf('\r') >= 0 || command.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a command is one line: " + command);
    }
    out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    return read();
  }

  /**
   * Sends a message's content after a {@code 354} reply to DATA: the lines with leading dots
   * doubled (RFC 5321 §4.5.2) and the terminating {@code "."} line; returns the server's verdict.
   *
   * @param message the message, header and body, lines separated by CRLF or LF
   * @throws IOException if the connection fails or closes before the reply
   */
  public SmtpReply sendContent(String message) throws IOException {
    Objects.requireNonNull(message, "message == null");
    StringBuilder wire = new StringBuilder(message.length() + 16);
    for (String line : message.split("\r?\n", -1)) {
      if (line.startsWith(".")) {
        wire.append('.');
      }
      wire.append(line).append("\r\n");
    }
    wire.append(".\r\n");
    out.write(wire.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    return read();
  }

  /** Reads the next complete reply, feeding the reader whatever the socket gives. */
  private SmtpReply read() throws IOException {
    while (replies.isEmpty()) {
      int n = in.read(buffer);
      if (n < 0) {
        reader.finish(replies::add);
        if (replies.isEmpty()) {
          throw new EOFException("the server closed the connection before replying");
        }
        break;
      }
      reader.feed(buffer, 0, n, replies::add);
    }
    return replies.removeFirst();
  }

  /** Closes the connection (without QUIT: send it first for a polite goodbye). */
  @Override
  public void close() throws IOException {
    socket.close();
  }
}
