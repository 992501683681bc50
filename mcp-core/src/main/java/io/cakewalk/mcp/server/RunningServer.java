package io.cakewalk.mcp.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A standalone MCP endpoint started by {@link McpServer#serve}: a JDK {@code HttpServer} with the
 * handler at {@code /mcp}, served by a small fixed pool (tool handlers run on the {@link
 * McpServer}'s own pool). Closing it stops the listener and the sessions; close the {@link
 * McpServer} separately.
 */
public final class RunningServer implements AutoCloseable {

  private final HttpServer http;
  private final ExecutorService executor;
  private final McpHttpHandler handler;

  private RunningServer(HttpServer http, ExecutorService executor, McpHttpHandler handler) {
    this.http = http;
    this.executor = executor;
    this.handler = handler;
  }

  static RunningServer start(McpHttpHandler handler, InetSocketAddress address) throws IOException {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK and every small response waits ~40 ms. Read once, when the JDK server loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    HttpServer http = HttpServer.create(address, 256);
    AtomicInteger n = new AtomicInteger();
    // Handlers run on these threads directly (no second hand-off), so the pool is as large as the
    // server's handler concurrency; requests beyond it wait in the queue.
    int threads = handler.concurrency();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Runnable marked =
                  () -> {
                    RequestRunner.allowInlineHandlers();
                    r.run();
                  };
              Thread t = new Thread(marked, "mcp-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(executor);
    http.createContext("/mcp", handler);
    http.start();
    return new RunningServer(http, executor, handler);
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The endpoint's URL, e.g. {@code http://localhost:3001/mcp}. */
  public URI uri() {
    return URI.create("http://localhost:" + port() + "/mcp");
  }

  /** The handler, for session counts. */
  public McpHttpHandler handler() {
    return handler;
  }

  @Override
  public void close() {
    handler.close();
    http.stop(0);
    executor.shutdownNow();
  }
}
