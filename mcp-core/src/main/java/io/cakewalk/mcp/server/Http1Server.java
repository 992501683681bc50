package io.cakewalk.mcp.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The standalone runner's HTTP/1.1 server: blocking sockets, one pooled thread per connection (at
 * most {@link Limits#maxConnections}; further ones get {@code 503} and are closed), only the {@code
 * /mcp} path. Connection threads run tool handlers themselves, at most {@link
 * StreamableHttp#concurrency} at once (a semaphore; other requests on other connections go on
 * meanwhile), so the server's concurrency bound holds without a second thread hand-off per call.
 */
final class Http1Server implements AutoCloseable {

  /**
   * Connection and timeout limits: {@code idle} bounds the wait for the next request, a stalled
   * body read and a response write the peer does not take; {@code head} bounds reading a head.
   */
  record Limits(int maxConnections, Duration idle, Duration head) {
    static final Limits DEFAULT = new Limits(512, Duration.ofSeconds(30), Duration.ofSeconds(10));

    Limits {
      if (maxConnections < 1 || idle.toMillis() < 1 || head.toMillis() < 1) {
        throw new IllegalArgumentException("need maxConnections >= 1 and positive timeouts");
      }
    }
  }

  private static final byte[] BUSY =
      ("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\n"
              + "Connection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1);

  private final StreamableHttp endpoint;
  private final Limits limits;
  private final ServerSocket listener;
  private final Semaphore connections;
  private final Set<Http1Connection> live = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor pool;
  private final ThreadPoolExecutor refusals;
  private final ScheduledExecutorService watchdog;
  private final Thread acceptor;
  private volatile boolean closing;

  private Http1Server(StreamableHttp endpoint, InetSocketAddress address, Limits limits)
      throws IOException {
    this.endpoint = endpoint;
    this.limits = limits;
    this.listener = new ServerSocket();
    try {
      listener.setReuseAddress(true);
      listener.bind(address, 256);
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    this.connections = new Semaphore(limits.maxConnections());
    Semaphore handlers = new Semaphore(endpoint.concurrency());
    AtomicInteger n = new AtomicInteger();
    // A little slack over the limit: a finishing thread returns its permit before its slot.
    this.pool =
        new ThreadPoolExecutor(
            0,
            limits.maxConnections() + 16,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r ->
                daemon(
                    () -> {
                      RequestRunner.allowInlineHandlers(handlers);
                      r.run();
                    },
                    "mcp-http-" + n.incrementAndGet()));
    this.refusals =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64),
            r -> daemon(r, "mcp-http-refuse"));
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mcp-http-watchdog"));
    long every = Math.max(10, Math.min(1_000, limits.idle().toMillis() / 4));
    watchdog.scheduleWithFixedDelay(this::closeStalled, every, every, TimeUnit.MILLISECONDS);
    this.acceptor = daemon(this::accept, "mcp-http-accept");
  }

  /**
   * Closes connections whose peer has not taken a response for the idle timeout. Sockets have no
   * write timeout, and a thread stuck writing may hold one of the handler permits or a stream's
   * lock; closing the socket frees it.
   */
  private void closeStalled() {
    long now = System.nanoTime();
    long limit = limits.idle().toNanos();
    for (Http1Connection c : live) {
      if (c.writeStalled(now, limit)) {
        c.abort();
      }
    }
  }

  /** Binds {@code address} (backlog 256) and starts accepting. */
  static Http1Server start(StreamableHttp endpoint, InetSocketAddress address, Limits limits)
      throws IOException {
    Http1Server server = new Http1Server(endpoint, address, limits);
    server.acceptor.start();
    return server;
  }

  int port() {
    return listener.getLocalPort();
  }

  boolean closing() {
    return closing;
  }

  int idleMillis() {
    return (int) Math.min(limits.idle().toMillis(), Integer.MAX_VALUE);
  }

  int headMillis() {
    return (int) Math.min(limits.head().toMillis(), Integer.MAX_VALUE);
  }

  void handle(Http1Exchange exchange) {
    endpoint.handle(exchange);
  }

  void ended(Http1Connection connection) {
    if (live.remove(connection)) {
      connections.release();
    }
  }

  private void accept() {
    while (!closing) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!closing) {
          pause(); // e.g. out of file descriptors: do not spin
        }
        continue;
      }
      if (!connections.tryAcquire()) {
        refuse(socket);
        continue;
      }
      Http1Connection connection = new Http1Connection(this, socket);
      live.add(connection);
      try {
        pool.execute(connection);
      } catch (RejectedExecutionException e) {
        ended(connection);
        refuse(socket);
      }
      if (closing) {
        connection.abort();
      }
    }
  }

  /** Answers 503 and closes, off the accepting thread; drops the socket when even that is busy. */
  private void refuse(Socket socket) {
    try {
      refusals.execute(
          () -> {
            try (socket) {
              socket.setSoTimeout(Http1Connection.LINGER_MILLIS);
              OutputStream out = socket.getOutputStream();
              out.write(BUSY);
              Http1Connection.linger(socket);
            } catch (IOException ignored) {
              // the client is gone
            }
          });
    } catch (RejectedExecutionException e) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  /** Stops accepting, closes every connection and waits a little for their threads. */
  @Override
  public void close() {
    closing = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    live.forEach(Http1Connection::abort);
    pool.shutdownNow();
    refusals.shutdownNow();
    watchdog.shutdownNow();
    try {
      acceptor.join(2_000);
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
