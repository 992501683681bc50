package io.cakewalk.oauth.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw TCP server on 127.0.0.1 that answers each connection with bytes a test scripts, so tests
 * control HTTP framing exactly (chunked, truncated, slow) and can count connections.
 */
final class ScriptedHttpServer implements AutoCloseable {

  /** Writes one answer after the request head was read. */
  @FunctionalInterface
  interface Script {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Script script;

  ScriptedHttpServer(Script script) {
    this.script = script;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = new Thread(this::acceptLoop, "scripted-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** An answer with these status line, headers and body, then close. */
  static Script answer(String head, String body) {
    return out -> {
      out.write((head + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    };
  }

  void script(Script next) {
    this.script = next;
  }

  int port() {
    return socket.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  List<String> requests() {
    return requests;
  }

  /** Waits (bounded) until the server is closed; for scripts that stall. */
  void awaitClose() throws InterruptedException {
    closed.await(30, TimeUnit.SECONDS);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        client.setSoTimeout(10_000);
        requests.add(readHead(client.getInputStream()));
        script.answer(client.getOutputStream());
      } catch (IOException e) {
        // The client went away or the server was closed: accept the next one or stop.
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4 && head.size() < 16_384) {
      int b = in.read();
      if (b == -1) {
        break;
      }
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      socket.close();
      acceptor.join(10_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
