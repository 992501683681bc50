package io.cakewalk.mcp.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * Request bodies a server refuses or leaves unread. Closing a connection with unread input makes
 * the kernel answer with a reset, which can destroy the response before the client reads it, and
 * the JDK {@code HttpServer} drains only 64 KiB itself; so a refusal reads the rest first.
 */
public final class UnreadBodies {

  /** The most of an unread body drained to keep the answer and the connection (16 MiB). */
  public static final long DRAIN_LIMIT = 16L * 1024 * 1024;

  private UnreadBodies() {}

  /**
   * Reads and drops what is left of the exchange's request body, up to {@link #DRAIN_LIMIT}; beyond
   * it, the answer carries {@code Connection: close}. Call it before sending the response headers.
   */
  public static void discard(HttpExchange exchange) {
    InputStream in = exchange.getRequestBody();
    byte[] sink = new byte[8192];
    try {
      for (long left = DRAIN_LIMIT; left > 0; ) {
        int n = in.read(sink, 0, (int) Math.min(sink.length, left));
        if (n < 0) {
          return;
        }
        left -= n;
      }
    } catch (IOException e) {
      // the client went away; the answer fails on its own
    }
    exchange.getResponseHeaders().set("Connection", "close");
  }
}
