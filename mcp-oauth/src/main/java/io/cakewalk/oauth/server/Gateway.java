package io.cakewalk.oauth.server;

import com.sun.net.httpserver.HttpServer;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.server.McpHttpHandler;
import io.cakewalk.mcp.server.McpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * An OAuth-protected MCP endpoint on 127.0.0.1: built-in demo tools plus the tools of upstream MCP
 * servers under prefixed names, behind this module's authorization server and {@link
 * BearerTokenFilter}. Clients such as Le Chat find it through the usual discovery documents,
 * register dynamically and sign in on the login page. Upstream calls use the upstream's own
 * configured headers; the client's token never leaves the gateway.
 *
 * <p>It serves on the JDK {@code HttpServer}: run the JVM with {@code
 * -Dsun.net.httpserver.nodelay=true} (the {@code cakewalk} CLI sets it), or small responses wait
 * for the client's delayed ACK.
 *
 * <pre>{@code
 * OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("admin");
 * try (Gateway gateway = Gateway.builder(login)
 *     .port(8787)
 *     .upstream(Upstream.http("docs", URI.create("http://127.0.0.1:3001/mcp"), Map.of()))
 *     .start()) {
 *   System.out.println(gateway.mcpUrl() + "  password: " + login.revealPassword());
 * }
 * }</pre>
 */
public final class Gateway implements AutoCloseable {

  /** The scope every MCP request needs. */
  public static final String SCOPE = "mcp:tools";

  private static final Logger LOG = Logger.getLogger(Gateway.class.getName());

  private final HttpServer http;
  private final ExecutorService executor;
  private final McpServer mcp;
  private final McpHttpHandler handler;
  private final List<McpClient> upstreams;
  private final AuthorizationServer as;
  private final URI mcpUrl;
  private final List<String> toolNames;

  private Gateway(
      HttpServer http,
      ExecutorService executor,
      McpServer mcp,
      McpHttpHandler handler,
      List<McpClient> upstreams,
      AuthorizationServer as,
      URI mcpUrl,
      List<String> toolNames) {
    this.http = http;
    this.executor = executor;
    this.mcp = mcp;
    this.handler = handler;
    this.upstreams = upstreams;
    this.as = as;
    this.mcpUrl = mcpUrl;
    this.toolNames = toolNames;
  }

  /** Starts configuring a gateway whose users sign in through {@code authenticator}. */
  public static Builder builder(Authenticator authenticator) {
    return new Builder(authenticator);
  }

  /** The protected MCP endpoint. */
  public URI mcpUrl() {
    return mcpUrl;
  }

  /** The authorization server's issuer identifier. */
  public String issuer() {
    return as.issuer();
  }

  /** The names of every tool offered, demo tools first. */
  public List<String> toolNames() {
    return toolNames;
  }

  /** The local port. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The authorization server, for pre-registering clients. */
  public AuthorizationServer authorizationServer() {
    return as;
  }

  @Override
  public void close() {
    http.stop(0);
    handler.close();
    mcp.close();
    for (McpClient client : upstreams) {
      try {
        client.close();
      } catch (RuntimeException e) {
        LOG.fine(() -> "closing an upstream failed: " + e.getClass().getSimpleName());
      }
    }
    executor.shutdownNow();
  }

  /** Configures and starts a {@link Gateway}. */
  public static final class Builder {
    private final Authenticator authenticator;
    private final List<Upstream> upstreams = new ArrayList<>();
    private int port = 8787;
    private URI issuer;
    private AuthorizationStore store = new InMemoryAuthorizationStore();

    private Builder(Authenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /** The loopback port (default 8787; 0 picks a free one). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * The public base URL when a TLS proxy forwards to the gateway (for example {@code
     * https://mcp.example.com}); the default is {@code http://127.0.0.1:<port>}.
     */
    public Builder issuer(URI issuer) {
      this.issuer = issuer;
      return this;
    }

    /** Where clients and tokens are kept (default: memory). */
    public Builder store(AuthorizationStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** An upstream MCP server to front. */
    public Builder upstream(Upstream upstream) {
      if (upstreams.stream().anyMatch(u -> u.name().equals(upstream.name()))) {
        throw new IllegalArgumentException("two upstreams are named " + upstream.name());
      }
      upstreams.add(upstream);
      return this;
    }

    /**
     * Connects the upstreams, binds 127.0.0.1 and starts serving.
     *
     * @throws IllegalStateException when an upstream is unreachable (one line, says what to fix)
     * @throws UncheckedIOException when the port cannot be bound
     */
    public Gateway start() {
      List<String> names = new ArrayList<>();
      McpServer.Builder tools =
          McpServer.builder(new Implementation("cakewalk-gateway", "0.1.0", "Cakewalk gateway"));
      DemoTools.addTo(tools, names);
      List<McpClient> clients = UpstreamTools.connectAll(tools, upstreams, names);
      HttpServer server;
      try {
        server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      } catch (IOException e) {
        clients.forEach(McpClient::close);
        throw new UncheckedIOException(
            "cannot listen on 127.0.0.1:"
                + port
                + " ("
                + e.getMessage()
                + "); choose another --port",
            e);
      }
      String base =
          issuer != null ? issuer.toString() : "http://127.0.0.1:" + server.getAddress().getPort();
      URI mcpUrl = URI.create(base + "/mcp");
      AuthorizationServer as =
          AuthorizationServer.builder(URI.create(base))
              .resource(mcpUrl)
              .scopes(List.of(SCOPE))
              .authenticator(authenticator)
              .store(store)
              .build();
      McpServer mcp = tools.build();
      McpHttpHandler.Builder handlerBuilder = McpHttpHandler.builder(mcp);
      if (issuer != null) {
        handlerBuilder.allowHosts(Set.of(issuer.getHost()));
        handlerBuilder.allowOrigins(Set.of(issuer.getScheme() + "://" + issuer.getHost()));
      }
      McpHttpHandler handler = handlerBuilder.build();
      ProtectedResourceMetadataHandler prm =
          new ProtectedResourceMetadataHandler(
              mcpUrl, List.of(as.issuer()), List.of(SCOPE), "Cakewalk gateway");
      as.contexts().forEach(server::createContext);
      prm.paths().forEach(p -> server.createContext(p, prm));
      // tokens carry mcpUrl as audience even when a client says localhost (Settings normalises)
      server
          .createContext(mcpUrl.getRawPath(), handler)
          .getFilters()
          .add(
              BearerTokenFilter.builder(as.accessTokenVerifier(), mcpUrl, prm.metadataUrl())
                  .requiredScopes(List.of(SCOPE))
                  .build());
      ExecutorService executor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "cakewalk-gateway");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      server.start();
      return new Gateway(server, executor, mcp, handler, clients, as, mcpUrl, List.copyOf(names));
    }
  }
}
