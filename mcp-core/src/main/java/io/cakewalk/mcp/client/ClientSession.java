package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpClient.Transport;
import io.cakewalk.mcp.McpProtocolException;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.McpValidationException;
import io.cakewalk.mcp.ProtocolMode;
import io.cakewalk.mcp.ServerSummary;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.Tool;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine behind {@link io.cakewalk.mcp.McpClient}: connects with the configured transport and
 * era policy, then sends requests in the negotiated era. Not API.
 */
public final class ClientSession implements AutoCloseable {

  private final ClientConfig config;
  private final ClientInbound inbound;
  private final ToolCatalog catalog = new ToolCatalog();
  private final AtomicLong ids = new AtomicLong();
  private final Object lock = new Object();
  private Channel channel;
  private Era era;
  private ServerSummary summary;
  private boolean closed;

  public ClientSession(ClientConfig config) {
    this.config = config;
    this.inbound = new ClientInbound(config, catalog::invalidate);
  }

  /** Connects once; later calls return the same summary. */
  public ServerSummary connect() {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the client is closed");
      }
      if (summary == null) {
        try {
          summary = open();
        } catch (RuntimeException e) {
          if (channel != null) {
            channel.close();
            channel = null;
          }
          throw e;
        }
      }
      return summary;
    }
  }

  private ServerSummary open() {
    ProtocolMode mode = config.mode();
    ProtocolVersion pinned = mode instanceof ProtocolMode.Pinned p ? p.version() : null;
    Transport transport = config.transport();
    if (transport == Transport.STDIO) {
      channel = StdioChannel.start(config, inbound);
    } else if (transport == Transport.SSE) {
      channel = LegacySseChannel.open(new HttpAdapter(config), config, inbound);
    } else {
      channel = new StreamableHttpChannel(new HttpAdapter(config), config, inbound, this::nextId);
    }
    Transport used = transport == Transport.AUTO ? Transport.STREAMABLE_HTTP : transport;
    if (pinned != null && pinned.isModern()) {
      if (used == Transport.SSE) {
        throw new IllegalArgumentException("2026-07-28 is not available over HTTP+SSE");
      }
      return pinnedModernConnect(pinned, used);
    }
    if (mode instanceof ProtocolMode.Auto && used != Transport.SSE) {
      ServerSummary modern = EraProbe.detect(this, used);
      if (modern != null) {
        return modern;
      }
    }
    try {
      return legacyConnect(pinned, used);
    } catch (McpProtocolException e) {
      if (!(mode instanceof ProtocolMode.Auto) || !e.error().isModernEraError()) {
        throw e;
      }
      EraProbe.forget(config); // a cached legacy decision went stale: probe again
      ServerSummary modern = EraProbe.detect(this, used);
      if (modern == null) {
        throw e;
      }
      return modern;
    } catch (McpTransportException e) {
      int status = e.status();
      boolean fallback =
          transport == Transport.AUTO && (status == 400 || status == 404 || status == 405);
      if (!fallback) {
        throw e;
      }
    } catch (LegacyRejected e) {
      if (transport != Transport.AUTO) {
        throw new McpProtocolException(e.error);
      }
    }
    channel.close();
    channel = LegacySseChannel.open(new HttpAdapter(config), config, inbound);
    return legacyConnect(pinned, Transport.SSE);
  }

  /** The {@code initialize} POST failed with 400/404/405 and a legacy error body. */
  private static final class LegacyRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient JsonRpcError error;

    LegacyRejected(JsonRpcError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  ServerSummary legacyConnect(ProtocolVersion pinned, Transport used) {
    ProtocolVersion offered = pinned != null ? pinned : ProtocolVersion.LATEST_LEGACY;
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("protocolVersion", offered.wire());
    params.put("capabilities", inbound.capabilities(offered));
    params.put("clientInfo", Json.toMap(config.clientInfo()));
    Channel.Reply reply =
        channel.exchange(
            new Request(nextId(), "initialize", params), Map.of(), config.requestTimeout());
    if (reply.message() instanceof ErrorResponse e) {
      if (e.error().isModernEraError()) {
        throw new McpProtocolException(
            new JsonRpcError(
                e.error().code(),
                "server speaks only the stateless 2026-07-28 protocol; use protocol mode auto ("
                    + e.error().message()
                    + ")",
                e.error().data()));
      }
      int s = reply.status();
      if (s == 400 || s == 404 || s == 405) {
        throw new LegacyRejected(e.error());
      }
      throw new McpProtocolException(e.error());
    }
    Map<String, Object> result = ((Response) reply.message()).result();
    Object wire = result.get("protocolVersion");
    ProtocolVersion version =
        ProtocolVersion.parse(String.valueOf(wire))
            .filter(v -> !v.isModern())
            .orElseThrow(
                () ->
                    new McpTransportException(
                        "server chose protocol version '"
                            + wire
                            + "', which this client does not speak",
                        null));
    if (pinned != null && version != pinned) {
      throw new McpTransportException(
          "server chose protocol version " + version + " but the client is pinned to " + pinned,
          null);
    }
    channel.negotiated(version);
    era = new Era(false, version);
    channel.notify(
        new Notification("notifications/initialized", null), Map.of(), config.requestTimeout());
    channel.ready();
    return Summaries.legacy(result, version, used);
  }

  /**
   * {@link #modernConnect} for a client pinned to a stateless revision. A legacy server rejects
   * {@code server/discover} the way it rejects any request before {@code initialize} (HTTP
   * 400/404/405, or a JSON-RPC error that is not one of the stateless era's): that is reported as
   * the version mismatch it is, not as the server's own words.
   */
  private ServerSummary pinnedModernConnect(ProtocolVersion version, Transport used) {
    try {
      return modernConnect(version, used);
    } catch (McpProtocolException e) {
      if (e.error().isModernEraError() || e.error().code() == JsonRpcError.INTERNAL_ERROR) {
        throw e;
      }
      throw notSpoken(version, e.error().message(), 0);
    } catch (McpTransportException e) {
      int s = e.status();
      if (s != 400 && s != 404 && s != 405) {
        throw e;
      }
      throw notSpoken(version, "HTTP " + s, s);
    }
  }

  private McpTransportException notSpoken(ProtocolVersion version, String answer, int status) {
    String where = config.uri() != null ? config.uri().toString() : "the server";
    return new McpTransportException(
        where
            + " does not speak MCP "
            + version.wire()
            + " (its answer to server/discover: "
            + answer
            + "); use protocol auto or legacy instead",
        status,
        null);
  }

  ServerSummary modernConnect(ProtocolVersion version, Transport used) {
    era = new Era(true, version);
    return Summaries.modern(
        modernRequest("server/discover", Map.of(), Map.of()), era.version, used);
  }

  /** Sends one 2026-07-28 request: {@code _meta}, headers, version retry and the MRTR loop. */
  Map<String, Object> modernRequest(
      String method, Map<String, Object> params, Map<String, String> extra) {
    boolean versionRetried = false;
    Map<String, Object> current = params;
    for (int round = 0; round < 16; round++) {
      Request request =
          new Request(nextId(), method, Modern.withMeta(current, era.version, inbound, config));
      Map<String, String> headers = new LinkedHashMap<>(Modern.headers(request, era.version));
      headers.putAll(extra);
      Channel.Reply reply = channel.exchange(request, headers, config.requestTimeout());
      if (reply.message() instanceof ErrorResponse e) {
        if (e.error().code() == JsonRpcError.UNSUPPORTED_PROTOCOL_VERSION && !versionRetried) {
          era = new Era(true, Modern.chooseVersion(e.error()));
          versionRetried = true;
          continue;
        }
        throw new McpProtocolException(e.error());
      }
      Map<String, Object> result = ((Response) reply.message()).result();
      Object type = result.get("resultType");
      if (type == null || "complete".equals(type)) {
        return result;
      }
      if (!"input_required".equals(type)) {
        throw new McpTransportException(
            "server answered " + method + " with unknown resultType '" + type + "'", null);
      }
      current = Modern.retryParams(params, result, inbound);
    }
    throw new McpTransportException(
        "server kept asking for more input on " + method + "; gave up after 16 rounds", null);
  }

  private Map<String, Object> legacyRequest(String method, Map<String, Object> params) {
    for (int attempt = 0; ; attempt++) {
      Request request = new Request(nextId(), method, params);
      Channel.Reply reply;
      try {
        reply = channel.exchange(request, Map.of(), config.requestTimeout());
      } catch (Channel.SessionExpiredException e) {
        if (attempt > 0) {
          throw new McpTransportException(
              "server forgot the session again right after a fresh initialize", 404, null);
        }
        synchronized (lock) {
          summary =
              legacyConnect(
                  config.mode() instanceof ProtocolMode.Pinned p ? p.version() : null,
                  summary.transport());
        }
        continue;
      }
      if (reply.message() instanceof ErrorResponse e) {
        throw new McpProtocolException(e.error());
      }
      return ((Response) reply.message()).result();
    }
  }

  /** Any request in the connected era; the result object. */
  public Map<String, Object> request(String method, Map<String, Object> params) {
    return request(method, params == null ? Map.of() : params, Map.of());
  }

  private Map<String, Object> request(
      String method, Map<String, Object> params, Map<String, String> headers) {
    connect();
    return era.modern ? modernRequest(method, params, headers) : legacyRequest(method, params);
  }

  /** All tools, following {@code nextCursor}; tools with invalid header annotations are dropped. */
  public List<Tool> listTools() {
    connect();
    return catalog.refresh(params -> request("tools/list", params), era.modern);
  }

  /** Validates, calls and checks one tool. */
  public CallToolResult callTool(String name, Map<String, Object> arguments) {
    connect();
    if (!catalog.loaded()) {
      listTools();
    }
    Tool tool = catalog.get(name);
    if (tool == null && catalog.rejected(name) != null) {
      throw new McpValidationException(
          "tool '" + name + "' cannot be called", List.of(catalog.rejected(name)));
    }
    if (tool != null) {
      List<String> problems = SchemaValidator.validate(tool.inputSchema(), withoutNulls(arguments));
      if (!problems.isEmpty()) {
        throw new McpValidationException(
            "arguments for tool '" + name + "' do not match its inputSchema", problems);
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("name", name);
    params.put("arguments", arguments);
    if (config.progress() != null) {
      params.put("_meta", Map.of("progressToken", "progress-" + ids.incrementAndGet()));
    }
    Map<String, String> headers =
        era.modern ? ToolHeaders.headers(catalog.params(name), arguments) : Map.of();
    CallToolResult result = Summaries.callToolResult(request("tools/call", params, headers), name);
    if (tool != null && tool.outputSchema() != null && !result.failed()) {
      if (result.structuredContent() == null) {
        throw new McpValidationException(
            "result of tool '" + name + "' does not match its outputSchema",
            List.of("/: structuredContent is missing although the tool declares an outputSchema"));
      }
      List<String> problems =
          SchemaValidator.validate(tool.outputSchema(), result.structuredContent());
      if (!problems.isEmpty()) {
        throw new McpValidationException(
            "structuredContent of tool '" + name + "' does not match its outputSchema", problems);
      }
    }
    return result;
  }

  /** A {@code null} argument means absent (and omits its header), so it is not checked. */
  private static Map<String, Object> withoutNulls(Map<String, Object> arguments) {
    Map<String, Object> out = new LinkedHashMap<>(arguments);
    out.values().removeIf(Objects::isNull);
    return out;
  }

  RequestId nextId() {
    return RequestId.of(ids.incrementAndGet());
  }

  Channel channel() {
    return channel;
  }

  ClientConfig config() {
    return config;
  }

  ClientInbound inbound() {
    return inbound;
  }

  Duration probeTimeout() {
    Duration limit = Duration.ofSeconds(10);
    return config.requestTimeout().compareTo(limit) < 0 ? config.requestTimeout() : limit;
  }

  void modern(ProtocolVersion version) {
    era = new Era(true, version);
  }

  ProtocolVersion modernVersion() {
    return era.version;
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (channel != null) {
        channel.close();
        channel = null;
      }
    }
  }

  /** The negotiated era and version. */
  private record Era(boolean modern, ProtocolVersion version) {}
}
