package io.cakewalk.mcp.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cakewalk.mcp.internal.UnreadBodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves an {@link McpServer} on one Streamable HTTP endpoint for both protocol eras: legacy
 * sessions (2025-03-26 to 2025-11-25: {@code initialize}, SSE or JSON responses, the GET stream,
 * {@code DELETE}, resumption with {@code Last-Event-ID}) and stateless 2026-07-28 requests. Mount
 * it on your own {@code HttpServer} with an executor of your choice; responses may be completed by
 * the server's handler pool after {@link #handle} returns.
 *
 * <pre>{@code
 * McpHttpHandler mcp = McpHttpHandler.builder(server).maxSessions(500).build();
 * httpServer.createContext("/mcp", mcp);
 * }</pre>
 *
 * <p>Run the JVM with {@code -Dsun.net.httpserver.nodelay=true} when mounting it on a JDK server:
 * otherwise small responses wait for the client's delayed ACK (about 40 ms each).
 *
 * <p>Safe by default: only loopback {@code Host} names and browser {@code Origin}s are accepted
 * (403 otherwise), bodies over 4 MiB get 413, at most 1000 sessions live at once and sessions idle
 * for 30 minutes are dropped.
 */
public final class McpHttpHandler implements HttpHandler, AutoCloseable {

  private final StreamableHttp endpoint;

  private McpHttpHandler(Builder b) {
    this.endpoint =
        new StreamableHttp(
            b.server,
            new HostPolicy(Set.copyOf(b.hosts), Set.copyOf(b.origins)),
            b.maxBodyBytes,
            new SessionStore.Limits(b.maxSessions, b.idle, b.lifetime, b.sweepEvery));
  }

  /** A builder with the safe defaults described above. */
  public static Builder builder(McpServer server) {
    return new Builder(server);
  }

  @Override
  public void handle(HttpExchange exchange) {
    endpoint.handle(new ExchangeCall(exchange));
  }

  /** The protocol core, for the standalone runner's own HTTP server. */
  StreamableHttp endpoint() {
    return endpoint;
  }

  /** The number of live legacy sessions. */
  public int sessionCount() {
    return endpoint.sessions().size();
  }

  /** Ends every session and stream. */
  @Override
  public void close() {
    endpoint.close();
  }

  /** Adapts one {@link HttpExchange}; the only place that touches the JDK server's types. */
  private static final class ExchangeCall implements HttpCall {
    private final HttpExchange exchange;

    ExchangeCall(HttpExchange exchange) {
      this.exchange = exchange;
    }

    @Override
    public String method() {
      return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    @Override
    public String header(String name) {
      return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public byte[] body(int max) throws IOException {
      InputStream in = exchange.getRequestBody();
      String length = header("Content-Length");
      if (length == null) {
        byte[] body = in.readNBytes(max + 1);
        return body.length > max ? null : body;
      }
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        return null;
      }
      if (declared < 0 || declared > max) {
        return null;
      }
      // The JDK server limits the stream to Content-Length: read exactly that, no copies.
      byte[] body = new byte[(int) declared];
      int read = in.readNBytes(body, 0, body.length);
      return read == body.length ? body : Arrays.copyOf(body, read);
    }

    @Override
    public void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
      Headers out = exchange.getResponseHeaders();
      for (Map.Entry<String, String> h : headers.entrySet()) {
        out.set(h.getKey(), h.getValue());
      }
      UnreadBodies.discard(exchange);
      if (body.length == 0) {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
        return;
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }

    @Override
    public OutputStream stream(Map<String, String> headers) throws IOException {
      headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      UnreadBodies.discard(exchange);
      exchange.sendResponseHeaders(200, 0);
      return exchange.getResponseBody();
    }
  }

  /** Configures an {@link McpHttpHandler}. */
  public static final class Builder {
    private final McpServer server;
    private final Set<String> hosts = new HashSet<>(HostPolicy.LOOPBACK);
    private final Set<String> origins = new HashSet<>();
    private int maxBodyBytes = 4 * 1024 * 1024;
    private int maxSessions = 1000;
    private Duration idle = Duration.ofMinutes(30);
    private Duration lifetime = Duration.ofHours(24);
    private Duration sweepEvery = Duration.ofSeconds(15);

    private Builder(McpServer server) {
      if (server == null) {
        throw new IllegalArgumentException("handler needs a server");
      }
      this.server = server;
    }

    /**
     * Accepts these {@code Host} names (without port) in addition to the loopback names; needed
     * when listening on a non-loopback interface.
     */
    public Builder allowHosts(Set<String> names) {
      names.forEach(n -> hosts.add(n.toLowerCase(Locale.ROOT)));
      return this;
    }

    /** Accepts any {@code Host} header (only behind a proxy that checks it). */
    public Builder allowAnyHost() {
      hosts.clear();
      return this;
    }

    /**
     * Accepts browser requests from these origins ({@code scheme://host}, any port) instead of the
     * loopback defaults.
     */
    public Builder allowOrigins(Set<String> allowed) {
      allowed.forEach(o -> origins.add(o.toLowerCase(Locale.ROOT)));
      return this;
    }

    /** Largest accepted request body (default 4 MiB); larger ones get 413. */
    public Builder maxRequestBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Live legacy sessions at most (default 1000); further {@code initialize} calls get 503. */
    public Builder maxSessions(int sessions) {
      if (sessions < 1) {
        throw new IllegalArgumentException("maxSessions must be at least 1");
      }
      this.maxSessions = sessions;
      return this;
    }

    /** Drops sessions idle this long (default 30 minutes) or older than {@code lifetime} (24 h). */
    public Builder sessionTimeouts(Duration idle, Duration lifetime) {
      if (idle.isNegative() || idle.isZero() || lifetime.compareTo(idle) < 0) {
        throw new IllegalArgumentException("need 0 < idle <= lifetime");
      }
      this.idle = idle;
      this.lifetime = lifetime;
      this.sweepEvery =
          idle.dividedBy(4).compareTo(sweepEvery) < 0 ? idle.dividedBy(4) : sweepEvery;
      return this;
    }

    public McpHttpHandler build() {
      return new McpHttpHandler(this);
    }
  }
}
