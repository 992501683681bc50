package io.cakewalk.mcp.server;

import io.cakewalk.mcp.server.Http1Request.Malformed;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One client connection of an {@link Http1Server}, served by one thread: reads a request, hands it
 * to the endpoint, waits for its response, and repeats while the connection is persistent (RFC 9112
 * section 9). Pipelined requests wait in the input buffer and are answered in order.
 */
final class Http1Connection implements Runnable {

  /** How long a closing connection reads what the client still sends (see {@link #linger}). */
  static final int LINGER_MILLIS = 2_000;

  private static final long LINGER_BYTES = 1024 * 1024;
  private static final Map<String, String> TEXT =
      Map.of("Content-Type", "text/plain; charset=utf-8");

  private final Http1Server server;
  private final Socket socket;
  private volatile Http1Output output;

  Http1Connection(Http1Server server, Socket socket) {
    this.server = server;
    this.socket = socket;
  }

  @Override
  public void run() {
    try {
      serve();
    } catch (IOException | RuntimeException e) {
      // the client went away or broke the protocol mid-response; nothing left to tell it
    } finally {
      abort();
      server.ended(this);
    }
  }

  private void serve() throws IOException {
    socket.setTcpNoDelay(true);
    Http1Input in = new Http1Input(socket);
    Http1Output out = new Http1Output(socket.getOutputStream());
    output = out;
    while (!server.closing()) {
      Http1Request request;
      Http1Exchange exchange;
      try {
        request = in.readHead(server.idleMillis(), server.headMillis());
        if (request == null) {
          return;
        }
        exchange = new Http1Exchange(request, in, out);
      } catch (Malformed e) {
        out.error(e.status, reason(e), Http1Output.Connection.CLOSE);
        linger(socket);
        return;
      }
      in.bodyTimeout(server.idleMillis());
      // A cancelled handler's late interrupt must not leak into this request.
      Thread.interrupted();
      if ("/mcp".equals(request.path())) {
        server.handle(exchange);
      } else {
        exchange.respond(
            404, TEXT, "Not Found: the MCP endpoint is /mcp\n".getBytes(StandardCharsets.UTF_8));
      }
      if (!exchange.await(server::closing)) {
        if (!server.closing()) {
          linger(socket);
        }
        return;
      }
    }
  }

  private static String reason(Malformed e) {
    return Http1Output.reason(e.status) + ": " + e.getMessage();
  }

  /**
   * Closes gracefully: sends FIN after the response, then reads and discards what the client still
   * sends (bounded), so closing with unread input does not make the kernel answer with a reset that
   * could destroy the response before the client reads it.
   */
  static void linger(Socket socket) {
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(LINGER_MILLIS);
      InputStream in = socket.getInputStream();
      byte[] sink = new byte[8192];
      long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
      for (long read = 0; read < LINGER_BYTES && System.nanoTime() < deadline; ) {
        int n = in.read(sink);
        if (n < 0) {
          return;
        }
        read += n;
      }
    } catch (IOException e) {
      // timed out or reset: close anyway
    }
  }

  /** Whether a response write has been blocked for longer than {@code nanos}. */
  boolean writeStalled(long now, long nanos) {
    Http1Output out = output;
    return out != null && out.stalled(now, nanos);
  }

  /** Closes the socket; a thread blocked on it wakes up with an exception. */
  void abort() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
