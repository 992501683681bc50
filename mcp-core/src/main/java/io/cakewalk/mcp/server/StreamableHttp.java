package io.cakewalk.mcp.server;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The Streamable HTTP endpoint for both eras, free of HTTP server types: security checks, body
 * limits, parsing, era dispatch, and the legacy session flow (2025-11-25 "Transports"). The
 * 2026-07-28 flow lives in {@link ModernRequests}; request execution in {@link RequestRunner}.
 */
final class StreamableHttp implements AutoCloseable {

  static final String SESSION = "Mcp-Session-Id";
  static final String VERSION = "MCP-Protocol-Version";

  private final Dispatcher dispatcher;
  private final HostPolicy policy;
  private final int maxBodyBytes;
  private final SessionStore sessions;
  private final RequestRunner runner;
  private final ModernRequests modern;
  private final Catalog.Listener listener = this::broadcast;

  StreamableHttp(
      McpServer server, HostPolicy policy, int maxBodyBytes, SessionStore.Limits limits) {
    this.dispatcher = new Dispatcher(server);
    this.policy = policy;
    this.maxBodyBytes = maxBodyBytes;
    this.runner = new RequestRunner(dispatcher);
    this.modern = new ModernRequests(dispatcher, runner);
    this.sessions = new SessionStore(limits, this::keepAlive);
    server.catalog().addListener(listener);
  }

  int concurrency() {
    return dispatcher.server().concurrency();
  }

  SessionStore sessions() {
    return sessions;
  }

  void handle(HttpCall call) {
    try {
      if (!policy.hostAllowed(call.header("Host"))) {
        reject(call, 403, JsonRpcError.TRANSPORT_ERROR, "Forbidden: Host header not allowed");
        return;
      }
      if (!policy.originAllowed(call.header("Origin"))) {
        reject(call, 403, JsonRpcError.TRANSPORT_ERROR, "Forbidden: Origin not allowed");
        return;
      }
      switch (call.method()) {
        case "POST" -> post(call);
        case "GET" -> get(call);
        case "DELETE" -> delete(call);
        default -> call.respond(405, Map.of("Allow", "GET, POST, DELETE"), new byte[0]);
      }
    } catch (IOException e) {
      // the client went away mid-request
    } catch (RuntimeException e) {
      try {
        reject(call, 500, JsonRpcError.INTERNAL_ERROR, "Internal error");
      } catch (IOException | RuntimeException ignored) {
        // response already started or connection gone
      }
    }
  }

  private void post(HttpCall call) throws IOException {
    String type = call.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).contains("application/json")) {
      reject(
          call, 415, JsonRpcError.TRANSPORT_ERROR, "Unsupported Media Type: use application/json");
      return;
    }
    if (!accepts(call.header("Accept"), true)) {
      reject(
          call,
          406,
          JsonRpcError.TRANSPORT_ERROR,
          "Not Acceptable: Client must accept both application/json and text/event-stream");
      return;
    }
    byte[] body = call.body(maxBodyBytes);
    if (body == null) {
      call.respond(413, Map.of(), new byte[0]);
      return;
    }
    Object root;
    try {
      root = Json.MAPPER.readValue(body, Object.class);
    } catch (JacksonException e) {
      answer(call, 400, null, JsonRpcError.parseError("body is not valid JSON"));
      return;
    }
    if (root instanceof List<?> batch) {
      batch(call, batch);
      return;
    }
    JsonRpcMessage message;
    try {
      message = Inbound.read(root);
    } catch (Inbound.Malformed e) {
      answer(call, 400, e.id, e.error);
      return;
    }
    if (isModern(call, message)) {
      modern.handle(call, message);
    } else {
      legacy(call, message);
    }
  }

  /** Dual-era dispatch (mcp-protocol.md section 4): modern {@code _meta} or headers win. */
  private static boolean isModern(HttpCall call, JsonRpcMessage message) {
    Map<String, Object> params =
        message instanceof Request r
            ? r.params()
            : message instanceof Notification n ? n.params() : null;
    if (params != null
        && params.get("_meta") instanceof Map<?, ?> meta
        && meta.containsKey(ModernRequests.META_VERSION)) {
      return true;
    }
    if (call.header(SESSION) != null
        || (message instanceof Request r && "initialize".equals(r.method()))) {
      return false;
    }
    String version = call.header(VERSION);
    if (version != null) {
      return ProtocolVersion.parse(version.trim()).map(ProtocolVersion::isModern).orElse(true);
    }
    return call.header("Mcp-Method") != null;
  }

  private void legacy(HttpCall call, JsonRpcMessage message) throws IOException {
    String sessionId = call.header(SESSION);
    if (message instanceof Request r && "initialize".equals(r.method())) {
      initialize(call, r, sessionId);
      return;
    }
    if (sessionId == null) {
      reject(
          call,
          400,
          JsonRpcError.TRANSPORT_ERROR,
          "Bad Request: Mcp-Session-Id header is required");
      return;
    }
    Session session = sessions.get(sessionId);
    if (session == null) {
      reject(call, 404, JsonRpcError.SESSION_NOT_FOUND, "Session not found");
      return;
    }
    String header = call.header(VERSION);
    if (header != null && !isLegacyVersion(header.trim())) {
      reject(
          call,
          400,
          JsonRpcError.TRANSPORT_ERROR,
          "Bad Request: Unsupported protocol version: " + header.trim());
      return;
    }
    if (message instanceof Request r) {
      runner.runLegacy(call, session, r);
      return;
    }
    accept(session, message);
    call.respond(202, Map.of(), new byte[0]);
  }

  private void initialize(HttpCall call, Request request, String sessionId) throws IOException {
    if (sessionId != null && sessions.get(sessionId) != null) {
      answer(
          call, 400, request.id(), JsonRpcError.invalidRequest("session is already initialized"));
      return;
    }
    Map<String, Object> params = request.params() == null ? Map.of() : request.params();
    ProtocolVersion version =
        Optional.ofNullable(params.get("protocolVersion"))
            .map(String::valueOf)
            .flatMap(ProtocolVersion::parse)
            .filter(v -> !v.isModern())
            .orElse(ProtocolVersion.LATEST_LEGACY);
    Map<String, Object> caps =
        params.get("capabilities") instanceof Map<?, ?> c ? Dispatcher.cast(c) : Map.of();
    Session session = sessions.create(version, caps);
    if (session == null) {
      byte[] frame =
          Frames.error(
              request.id(),
              new JsonRpcError(JsonRpcError.TRANSPORT_ERROR, "Too many sessions; retry later"));
      call.respond(503, Map.of("Content-Type", "application/json", "Retry-After", "5"), frame);
      return;
    }
    byte[] frame = Frames.result(request.id(), dispatcher.initializeResult(version));
    call.respond(200, Map.of("Content-Type", "application/json", SESSION, session.id()), frame);
  }

  /** Handles a notification or a response the client POSTed. */
  private void accept(Session session, JsonRpcMessage message) {
    if (message instanceof Response r) {
      session.answer(r.id(), r.result(), null);
    } else if (message instanceof ErrorResponse e) {
      if (e.id() != null) {
        session.answer(e.id(), null, new RequestException(e.error()));
      }
    } else if (message instanceof Notification n
        && "notifications/cancelled".equals(n.method())
        && n.params() != null) {
      RequestId target = Inbound.id(n.params().get("requestId"));
      Context context = target == null ? null : session.inFlight().get(target);
      if (context != null) {
        context.cancel();
      }
    }
  }

  private void batch(HttpCall call, List<?> batch) throws IOException {
    String sessionId = call.header(SESSION);
    Session session = sessionId == null ? null : sessions.get(sessionId);
    if (session == null || session.version() != ProtocolVersion.V2025_03_26 || batch.isEmpty()) {
      answer(call, 400, null, JsonRpcError.invalidRequest("batches are not supported"));
      return;
    }
    StringBuilder out = new StringBuilder("[");
    for (Object element : batch) {
      byte[] frame;
      try {
        JsonRpcMessage message = Inbound.read(element);
        if (!(message instanceof Request r)) {
          accept(session, message);
          continue;
        }
        frame = runner.runInline(session, r);
      } catch (Inbound.Malformed e) {
        frame = Frames.error(e.id, e.error);
      }
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(new String(frame, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (out.length() == 1) {
      call.respond(202, Map.of(), new byte[0]);
      return;
    }
    out.append(']');
    call.respond(
        200,
        ResponseChannel.JSON,
        out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void get(HttpCall call) throws IOException {
    String sessionId = call.header(SESSION);
    if (sessionId == null) {
      call.respond(405, Map.of("Allow", "POST"), new byte[0]);
      return;
    }
    if (!accepts(call.header("Accept"), false)) {
      reject(call, 406, JsonRpcError.TRANSPORT_ERROR, "Not Acceptable: use text/event-stream");
      return;
    }
    Session session = sessions.get(sessionId);
    if (session == null) {
      reject(call, 404, JsonRpcError.SESSION_NOT_FOUND, "Session not found");
      return;
    }
    String lastEventId = call.header("Last-Event-ID");
    if (lastEventId != null) {
      int colon = lastEventId.lastIndexOf(':');
      EventStream stream = colon < 0 ? null : session.stream(lastEventId.substring(0, colon));
      long seq;
      try {
        seq = colon < 0 ? -1 : Long.parseLong(lastEventId.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        seq = -1;
      }
      if (stream == null || seq < 0) {
        reject(call, 404, JsonRpcError.TRANSPORT_ERROR, "Unknown Last-Event-ID");
        return;
      }
      stream.attach(new SseConnection(call.stream(ResponseChannel.sseHeaders())), seq);
      return;
    }
    EventStream standalone = session.standalone();
    synchronized (standalone) {
      if (standalone.hasLiveConnection()) {
        reject(call, 409, JsonRpcError.TRANSPORT_ERROR, "Conflict: a GET stream is already open");
        return;
      }
      standalone.attach(
          new SseConnection(call.stream(ResponseChannel.sseHeaders())), Long.MAX_VALUE);
      if (session.version().compareTo(ProtocolVersion.V2025_11_25) <= 0) {
        standalone.prime(ResponseChannel.RETRY_MILLIS);
      }
    }
  }

  private void delete(HttpCall call) throws IOException {
    String sessionId = call.header(SESSION);
    if (sessionId == null) {
      call.respond(405, Map.of("Allow", "POST"), new byte[0]);
      return;
    }
    if (!sessions.remove(sessionId)) {
      reject(call, 404, JsonRpcError.SESSION_NOT_FOUND, "Session not found");
      return;
    }
    call.respond(200, Map.of(), new byte[0]);
  }

  /** Sends a server event to every session that should get it, and to 2026 listen streams. */
  private void broadcast(ServerEvent event) {
    byte[] frame = Frames.notification(event.kind().method, event.params());
    for (Session session : sessions.all()) {
      if (event.kind() == ServerEvent.Kind.RESOURCE_UPDATED
          && !session.subscriptions().contains(event.uri())) {
        continue;
      }
      EventStream stream = session.standaloneIfOpen();
      if (stream != null) {
        stream.send(frame);
      }
    }
    modern.broadcast(event);
  }

  private void keepAlive() {
    for (Session session : sessions.all()) {
      EventStream stream = session.standaloneIfOpen();
      if (stream != null && stream.hasLiveConnection()) {
        stream.keepAlive();
      }
    }
    modern.keepAlive();
  }

  static boolean isLegacyVersion(String version) {
    return ProtocolVersion.parse(version).map(v -> !v.isModern()).orElse(false);
  }

  /** Whether {@code Accept} allows JSON and SSE ({@code post}) or SSE alone ({@code !post}). */
  static boolean accepts(String accept, boolean post) {
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    boolean any = a.contains("*/*");
    boolean sse = any || a.contains("text/event-stream") || a.contains("text/*");
    boolean json = any || a.contains("application/json") || a.contains("application/*");
    return post ? sse && json : sse;
  }

  static void reject(HttpCall call, int status, int code, String message) throws IOException {
    answer(call, status, null, new JsonRpcError(code, message));
  }

  static void answer(HttpCall call, int status, RequestId id, JsonRpcError error)
      throws IOException {
    call.respond(status, ResponseChannel.JSON, Frames.error(id, error));
  }

  @Override
  public void close() {
    dispatcher.server().catalog().removeListener(listener);
    sessions.close();
    modern.close();
  }
}
