package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stateless 2026-07-28 request flow: header and {@code _meta} validation with its error codes,
 * then execution; plus {@code subscriptions/listen} streams (2026-07-28 "Streamable HTTP",
 * "basic/index#meta", "Subscriptions").
 */
final class ModernRequests implements AutoCloseable {

  static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";
  static final String META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
  static final String META_LOG_LEVEL = "io.modelcontextprotocol/logLevel";
  static final String META_SUBSCRIPTION = "io.modelcontextprotocol/subscriptionId";

  private static final Set<String> METHODS =
      Set.of(
          "server/discover",
          "tools/list",
          "tools/call",
          "prompts/list",
          "prompts/get",
          "resources/list",
          "resources/templates/list",
          "resources/read",
          "completion/complete",
          "subscriptions/listen");

  /** Open {@code subscriptions/listen} streams at most; each holds a connection. */
  private static final int MAX_LISTENS = 1000;

  private final Dispatcher dispatcher;
  private final RequestRunner runner;
  private final List<Listen> listens = new java.util.concurrent.CopyOnWriteArrayList<>();

  ModernRequests(Dispatcher dispatcher, RequestRunner runner) {
    this.dispatcher = dispatcher;
    this.runner = runner;
  }

  void handle(HttpCall call, JsonRpcMessage message) throws IOException {
    if (!(message instanceof Request request)) {
      if (message instanceof JsonRpcMessage.Notification) {
        call.respond(202, Map.of(), new byte[0]);
      } else {
        StreamableHttp.answer(
            call,
            400,
            null,
            JsonRpcError.invalidRequest("2026-07-28 clients do not send responses"));
      }
      return;
    }
    RequestId id = request.id();
    Map<String, Object> params = request.params() == null ? Map.of() : request.params();
    String header = trimmed(call.header(StreamableHttp.VERSION));
    if (header == null) {
      fail(call, id, JsonRpcError.HEADER_MISMATCH, "Missing MCP-Protocol-Version header", null);
      return;
    }
    Map<String, Object> meta =
        params.get("_meta") instanceof Map<?, ?> m ? Dispatcher.cast(m) : Map.of();
    List<String> missing = new ArrayList<>();
    if (!meta.containsKey(META_VERSION)) {
      missing.add(META_VERSION);
    }
    if (!(meta.get(META_CAPABILITIES) instanceof Map<?, ?>)) {
      missing.add(META_CAPABILITIES);
    }
    if (!missing.isEmpty()) {
      fail(call, id, JsonRpcError.INVALID_PARAMS, "Invalid params: missing _meta " + missing, null);
      return;
    }
    String version = String.valueOf(meta.get(META_VERSION));
    if (!header.equals(version)) {
      fail(
          call,
          id,
          JsonRpcError.HEADER_MISMATCH,
          "MCP-Protocol-Version header does not match _meta protocolVersion",
          null);
      return;
    }
    if (!ProtocolVersion.V2026_07_28.wire().equals(version)) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("supported", Dispatcher.supportedVersions());
      data.put("requested", version);
      fail(
          call,
          id,
          JsonRpcError.UNSUPPORTED_PROTOCOL_VERSION,
          "Unsupported protocol version",
          data);
      return;
    }
    String problem = HeaderCheck.standardHeaders(call, request.method(), params);
    if (problem == null && "tools/call".equals(request.method())) {
      problem = HeaderCheck.paramHeaders(call, dispatcher.server().catalog(), params);
    }
    if (problem != null) {
      fail(call, id, JsonRpcError.HEADER_MISMATCH, "Header mismatch: " + problem, null);
      return;
    }
    if (!METHODS.contains(request.method())) {
      fail(call, id, JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + request.method(), null);
      return;
    }
    String state = null;
    if (params.get("requestState") instanceof String token) {
      state = dispatcher.server().signer().verify(token);
      if (state == null) {
        fail(
            call,
            id,
            JsonRpcError.INVALID_PARAMS,
            "Invalid params: requestState was altered",
            null);
        return;
      }
    }
    LogLevel level = LogLevel.parse(String.valueOf(meta.get(META_LOG_LEVEL))).orElse(null);
    Map<String, Object> capabilities = Dispatcher.cast(meta.get(META_CAPABILITIES));
    if ("subscriptions/listen".equals(request.method())) {
      listen(call, request, params);
      return;
    }
    runner.runModern(call, request, params, capabilities, level, state);
  }

  private void listen(HttpCall call, Request request, Map<String, Object> params)
      throws IOException {
    if (listens.size() >= MAX_LISTENS) {
      call.respond(
          503,
          Map.of("Content-Type", "application/json", "Retry-After", "5"),
          Frames.error(
              request.id(),
              new JsonRpcError(
                  JsonRpcError.INTERNAL_ERROR, "Too many subscriptions; retry later")));
      return;
    }
    Map<String, Object> wanted =
        params.get("notifications") instanceof Map<?, ?> n ? Dispatcher.cast(n) : Map.of();
    Map<String, Object> accepted = new LinkedHashMap<>();
    for (String flag : List.of("toolsListChanged", "promptsListChanged", "resourcesListChanged")) {
      if (Boolean.TRUE.equals(wanted.get(flag))) {
        accepted.put(flag, true);
      }
    }
    List<String> uris = new ArrayList<>();
    if (wanted.get("resourceSubscriptions") instanceof List<?> list) {
      list.forEach(u -> uris.add(String.valueOf(u)));
      accepted.put("resourceSubscriptions", uris);
    }
    EventStream stream = new EventStream("l", false);
    stream.attach(new SseConnection(call.stream(ResponseChannel.sseHeaders())), Long.MAX_VALUE);
    Listen listen = new Listen(request.id().value(), accepted, Set.copyOf(uris), stream);
    Map<String, Object> ack = new LinkedHashMap<>();
    ack.put("notifications", accepted);
    ack.put("_meta", Map.of(META_SUBSCRIPTION, listen.subscriptionId));
    // Registered before the acknowledgement goes out, so a change the client makes on seeing it
    // is delivered; holding the stream's own lock keeps such a notification behind the
    // acknowledgement.
    synchronized (stream) {
      listens.add(listen);
      if (!stream.send(Frames.notification("notifications/subscriptions/acknowledged", ack))) {
        listens.remove(listen);
      }
    }
  }

  private record Listen(
      Object subscriptionId, Map<String, Object> flags, Set<String> uris, EventStream stream) {
    boolean wants(ServerEvent event) {
      return switch (event.kind()) {
        case TOOLS -> flags.containsKey("toolsListChanged");
        case PROMPTS -> flags.containsKey("promptsListChanged");
        case RESOURCES -> flags.containsKey("resourcesListChanged");
        case RESOURCE_UPDATED -> uris.contains(event.uri());
      };
    }
  }

  void broadcast(ServerEvent event) {
    for (Listen listen : listens) {
      if (!listen.wants(event)) {
        continue;
      }
      Map<String, Object> params = new LinkedHashMap<>();
      if (event.params() != null) {
        params.putAll(event.params());
      }
      params.put("_meta", Map.of(META_SUBSCRIPTION, listen.subscriptionId));
      if (!listen.stream.send(Frames.notification(event.kind().method, params))) {
        listens.remove(listen);
      }
    }
  }

  void keepAlive() {
    for (Listen listen : listens) {
      if (!listen.stream.keepAlive()) {
        listens.remove(listen);
      }
    }
  }

  private static void fail(HttpCall call, RequestId id, int code, String message, Object data)
      throws IOException {
    int status = code == JsonRpcError.INVALID_PARAMS ? 400 : RequestRunner.statusFor(code);
    StreamableHttp.answer(call, status, id, new JsonRpcError(code, message, data));
  }

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }

  @Override
  public void close() {
    for (Listen listen : listens) {
      listen.stream.finish();
    }
    listens.clear();
  }
}
