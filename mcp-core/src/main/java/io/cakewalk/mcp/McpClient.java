package io.cakewalk.mcp;

import io.cakewalk.mcp.client.ClientConfig;
import io.cakewalk.mcp.client.ClientSession;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Progress;
import io.cakewalk.mcp.schema.Root;
import io.cakewalk.mcp.schema.Tool;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A blocking MCP client for one server over Streamable HTTP (both eras), legacy HTTP+SSE or stdio.
 * Calls block until the answer arrives or the request timeout passes, and fail with an {@link
 * McpException}. Thread-safe once connected.
 *
 * <pre>{@code
 * try (McpClient client = McpClient.builder(URI.create("http://127.0.0.1:3001/mcp")).build()) {
 *   ServerSummary info = client.connect();
 *   List<Tool> tools = client.listTools();
 *   CallToolResult r = client.callTool("echo", Map.of("message", "hi"));
 * }
 * }</pre>
 */
public final class McpClient implements AutoCloseable {

  /** How to reach the server. */
  public enum Transport {
    /** Streamable HTTP, falling back to HTTP+SSE when the server rejects the POST. */
    AUTO,
    /** Streamable HTTP only (2025-03-26 and later). */
    STREAMABLE_HTTP,
    /** The deprecated HTTP+SSE transport (2024-11-05) only. */
    SSE,
    /** A local process speaking newline-delimited JSON on stdin and stdout. */
    STDIO
  }

  private final ClientSession session;

  private McpClient(ClientConfig config) {
    this.session = new ClientSession(config);
  }

  /** A builder for an HTTP server at {@code uri} (an {@code http} or {@code https} URL). */
  public static Builder builder(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "MCP server URL must be an absolute http(s) URL, not '" + uri + "'");
    }
    return new Builder(uri, null);
  }

  /** A builder for a server launched as a local process ({@code command} and its arguments). */
  public static Builder stdio(List<String> command) {
    if (command == null || command.isEmpty() || command.get(0).isBlank()) {
      throw new IllegalArgumentException("stdio server command must not be empty");
    }
    return new Builder(null, command).transport(Transport.STDIO);
  }

  /** Connects (handshake or discovery) and says what the server is; idempotent. */
  public ServerSummary connect() {
    return session.connect();
  }

  /** Every tool the server offers, following pagination; connects first if needed. */
  public List<Tool> listTools() {
    return session.listTools();
  }

  /**
   * Calls a tool after checking {@code arguments} against its {@code inputSchema}; checks {@code
   * structuredContent} against the {@code outputSchema} unless the tool reports an error.
   *
   * @throws McpValidationException when the arguments or the structured result do not validate
   */
  public CallToolResult callTool(String name, Map<String, Object> arguments) {
    return session.callTool(name, arguments == null ? Map.of() : arguments);
  }

  /**
   * Sends any other request and returns its result object; for methods this class does not wrap.
   */
  public Map<String, Object> request(String method, Map<String, Object> params) {
    return session.request(method, params);
  }

  /** Ends the session ({@code DELETE} or stopping the process) and releases resources. */
  @Override
  public void close() {
    session.close();
  }

  /** Configures a {@link McpClient}; every setting has a sensible default. */
  public static final class Builder {
    private final URI uri;
    private final List<String> command;
    private Transport transport = Transport.AUTO;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private McpAuthorization authorization = McpAuthorization.none();
    private ProtocolMode mode = ProtocolMode.legacy();
    private Duration requestTimeout = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private long maxResponseBytes = 16L * 1024 * 1024;
    private Implementation clientInfo = new Implementation("cakewalk", "0.1.0");
    private ElicitationHandler elicitation;
    private List<Root> roots;
    private Consumer<Progress> progress;
    private Consumer<String> stderr;

    private Builder(URI uri, List<String> command) {
      this.uri = uri;
      this.command = command;
    }

    /** The transport; {@link Transport#AUTO} by default (Streamable HTTP, then HTTP+SSE). */
    public Builder transport(Transport transport) {
      if ((transport == Transport.STDIO) != (command != null)) {
        throw new IllegalArgumentException(
            command != null
                ? "a command-line server only supports the STDIO transport"
                : "the STDIO transport needs a command: use McpClient.stdio(...)");
      }
      this.transport = transport;
      return this;
    }

    /** A header sent with every HTTP request, e.g. an API key. */
    public Builder header(String name, String value) {
      if (name == null || name.isBlank() || value == null) {
        throw new IllegalArgumentException("header needs a name and a value");
      }
      headers.put(name, value);
      return this;
    }

    /** The credential hook; none by default. */
    public Builder authorization(McpAuthorization authorization) {
      this.authorization = java.util.Objects.requireNonNull(authorization, "authorization");
      return this;
    }

    /** The protocol era policy; {@link ProtocolMode#legacy()} by default. */
    public Builder protocol(ProtocolMode mode) {
      this.mode = java.util.Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** The limit for one request including its response; 60 seconds by default. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** The limit for opening a connection; 10 seconds by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** The largest response body or stream event accepted; 16 MiB by default. */
    public Builder maxResponseBytes(long bytes) {
      this.maxResponseBytes = bytes;
      return this;
    }

    /** The name and version announced to servers. */
    public Builder clientInfo(Implementation clientInfo) {
      this.clientInfo = java.util.Objects.requireNonNull(clientInfo, "clientInfo");
      return this;
    }

    /** Answers elicitation requests; without one the client does not offer elicitation. */
    public Builder elicitation(ElicitationHandler handler) {
      this.elicitation = handler;
      return this;
    }

    /** Roots offered to the server ({@code roots/list}); without them none are offered. */
    public Builder roots(List<Root> roots) {
      this.roots = roots;
      return this;
    }

    /** Receives progress updates for tool calls. */
    public Builder onProgress(Consumer<Progress> listener) {
      this.progress = listener;
      return this;
    }

    /** Receives the stdio server's stderr lines; by default they pass through to ours. */
    public Builder onStderr(Consumer<String> listener) {
      this.stderr = listener;
      return this;
    }

    /** A client that connects on first use or on {@link McpClient#connect()}. */
    public McpClient build() {
      return new McpClient(
          new ClientConfig(
              uri,
              command,
              transport,
              headers,
              authorization,
              mode,
              requestTimeout,
              connectTimeout,
              maxResponseBytes,
              clientInfo,
              elicitation,
              roots,
              progress,
              stderr));
    }
  }
}
