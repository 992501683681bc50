package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.internal.MessageCodec;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Streamable HTTP (MCP 2025-11-25 and 2026-07-28 "Transports"): one POST per message, answered with
 * JSON or an event stream; session id and version headers; {@code DELETE} on close. When an event
 * stream breaks or ends before its response, a legacy request is resumed with {@code GET} and
 * {@code Last-Event-ID}; a 2026-07-28 request, which cannot be resumed, is re-issued once with a
 * new id.
 */
final class StreamableHttpChannel implements Channel {

  private static final int MAX_RECONNECTS = 5;

  private final HttpAdapter http;
  private final ClientConfig config;
  private final URI uri;
  private final Inbound inbound;
  private final Supplier<RequestId> ids;
  private volatile String sessionId;
  private volatile ProtocolVersion version;
  private StandaloneStream standalone;

  /**
   * @param ids the session's request ids, for re-issuing a 2026-07-28 request whose stream broke
   */
  StreamableHttpChannel(
      HttpAdapter http, ClientConfig config, Inbound inbound, Supplier<RequestId> ids) {
    this.http = http;
    this.config = config;
    this.uri = config.uri();
    this.inbound = inbound;
    this.ids = ids;
  }

  @Override
  public void negotiated(ProtocolVersion version) {
    this.version = version;
  }

  @Override
  public synchronized void ready() {
    if (standalone != null) {
      standalone.close();
    }
    standalone =
        new StandaloneStream(http, config, this::sessionHeaders, m -> dispatch(m, Map.of()));
    standalone.start();
  }

  private Map<String, String> sessionHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    String id = sessionId;
    if (id != null) {
      headers.put("Mcp-Session-Id", id);
    }
    versionHeader(headers);
    return headers;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Both attempts of a re-issued request share one deadline; a timeout, an HTTP error or an
   * interrupted caller never re-issues.
   */
  @Override
  public Reply exchange(Request request, Map<String, String> headers, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    try {
      return exchange(request, headers, deadline, timeout);
    } catch (StreamLost lost) {
      if (!Modern.isStateless(request) || Thread.currentThread().isInterrupted()) {
        throw lost.failure();
      }
    }
    Request again = new Request(ids.get(), request.method(), request.params());
    try {
      return exchange(again, headers, deadline, timeout);
    } catch (StreamLost lost) {
      McpTransportException failure = lost.failure();
      throw new McpTransportException(
          failure.getMessage() + "; the request was re-issued once with a new id and lost again",
          failure.getCause());
    }
  }

  private Reply exchange(
      Request request, Map<String, String> headers, Instant deadline, Duration timeout) {
    String sentSession = sessionId;
    boolean initialize = request.method().equals("initialize");
    if (initialize) {
      sessionId = null;
      sentSession = null;
    }
    HttpAdapter.Response response;
    try {
      response =
          http.send(
              "POST", uri, postHeaders(headers), MessageCodec.write(request), remaining(deadline));
    } catch (McpTransportException e) {
      if (e.getCause() instanceof java.net.http.HttpTimeoutException
          && !(e.getCause() instanceof java.net.http.HttpConnectTimeoutException)) {
        throw timedOut(request, timeout);
      }
      throw e;
    }
    try {
      int status = response.status();
      if (status == 404 && sentSession != null) {
        sessionId = null;
        throw new SessionExpiredException();
      }
      if (status / 100 != 2) {
        return HttpReplies.errorReply(response, "POST");
      }
      if (initialize) {
        rememberSession(response);
      }
      if (response.isEventStream()) {
        return readStream(request, response, deadline, timeout);
      }
      if (response.isJson()) {
        String body = readBody(response, request, deadline, timeout);
        for (JsonRpcMessage m : HttpReplies.parse(body, uri, true)) {
          if (answers(m, request.id())) {
            return new Reply(m, status);
          }
          dispatch(m, headers);
        }
        throw new McpTransportException(
            uri + " answered " + request.method() + " without a response to it", status, null);
      }
      if (status == 202 || response.mediaType().isEmpty()) {
        throw new McpTransportException(
            uri
                + " accepted "
                + request.method()
                + " (HTTP "
                + status
                + ") but sent no response; is this an MCP Streamable HTTP endpoint?",
            status,
            null);
      }
      throw new McpTransportException(
          uri
              + " answered with content type '"
              + response.mediaType()
              + "' instead of JSON or an event stream; is this the MCP endpoint?",
          status,
          null);
    } finally {
      response.close();
    }
  }

  @Override
  public void notify(Notification notification, Map<String, String> headers, Duration timeout) {
    post(notification, headers, timeout);
  }

  private void post(JsonRpcMessage message, Map<String, String> headers, Duration timeout) {
    try (HttpAdapter.Response r =
        http.send("POST", uri, postHeaders(headers), MessageCodec.write(message), timeout)) {
      if (r.status() / 100 != 2) {
        throw HttpReplies.rejected(r);
      }
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (standalone != null) {
        standalone.close();
        standalone = null;
      }
    }
    String id = sessionId;
    sessionId = null;
    if (id == null) {
      return;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Mcp-Session-Id", id);
    versionHeader(headers);
    Duration limit =
        config.requestTimeout().compareTo(Duration.ofSeconds(5)) < 0
            ? config.requestTimeout()
            : Duration.ofSeconds(5);
    try (HttpAdapter.Response ignored = http.send("DELETE", uri, headers, null, limit)) {
      // 200, 204 or 405 (server does not allow explicit termination) are all fine
    } catch (RuntimeException ignored) {
      // best effort: the server expires idle sessions anyway
    }
  }

  private Map<String, String> postHeaders(Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Accept", "application/json, text/event-stream");
    String id = sessionId;
    if (id != null) {
      headers.put("Mcp-Session-Id", id);
    }
    versionHeader(headers);
    headers.putAll(extra);
    return headers;
  }

  private void versionHeader(Map<String, String> headers) {
    ProtocolVersion v = version;
    if (v != null && v.hasVersionHeader()) {
      headers.put("MCP-Protocol-Version", v.wire());
    }
  }

  private void rememberSession(HttpAdapter.Response response) {
    String id = response.headers().firstValue("Mcp-Session-Id").orElse(null);
    if (id != null && !id.matches("[\\x21-\\x7E]{1,1024}")) {
      throw new McpTransportException(
          uri + " sent an invalid Mcp-Session-Id (only visible ASCII is allowed)", null);
    }
    sessionId = id;
  }

  private Reply readStream(
      Request request, HttpAdapter.Response first, Instant deadline, Duration timeout) {
    boolean resumable = !Modern.isStateless(request);
    HttpAdapter.Response current = first;
    String lastId = null;
    Long retry = null;
    for (int attempt = 0; ; attempt++) {
      SseReader reader = new SseReader(current.body(), config.maxResponseBytes(), uri.toString());
      boolean timedOut;
      try (Watchdog watchdog = Watchdog.closeAfter(current.body(), remaining(deadline))) {
        try {
          SseReader.Event event;
          while ((event = reader.next()) != null) {
            if (!event.event().equals("message")) {
              continue;
            }
            JsonRpcMessage m = HttpReplies.parse(event.data(), uri, false).get(0);
            if (answers(m, request.id())) {
              return new Reply(m, current.status());
            }
            dispatch(m, Map.of());
          }
        } catch (IOException e) {
          if (!watchdog.fired()
              && (!resumable || (reader.lastEventId() == null && lastId == null))) {
            throw new StreamLost(
                new McpTransportException(
                    "event stream from "
                        + uri
                        + " broke before the response to "
                        + request.method()
                        + " arrived: "
                        + HttpAdapter.oneLine(e),
                    e));
          }
        }
        timedOut = watchdog.fired();
      } finally {
        current.close();
      }
      if (timedOut) {
        throw timedOut(request, timeout);
      }
      lastId = reader.lastEventId() != null ? reader.lastEventId() : lastId;
      retry = reader.retryMillis() != null ? reader.retryMillis() : retry;
      if (!resumable || lastId == null || attempt >= MAX_RECONNECTS) {
        throw new StreamLost(
            new McpTransportException(
                "event stream from "
                    + uri
                    + " ended before the response to "
                    + request.method()
                    + " arrived (truncated stream); the server may have crashed or a proxy cut it"
                    + " off",
                null));
      }
      current = resume(request, lastId, retry == null ? 1000 : retry, deadline, timeout);
    }
  }

  private HttpAdapter.Response resume(
      Request request, String lastId, long retryMillis, Instant deadline, Duration timeout) {
    long wait = Math.min(retryMillis, remaining(deadline).toMillis());
    try {
      Thread.sleep(Math.max(0, wait));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new McpTransportException("interrupted while waiting to resume the event stream", e);
    }
    if (!Instant.now().isBefore(deadline)) {
      throw timedOut(request, timeout);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "text/event-stream");
    headers.put("Last-Event-ID", lastId);
    String id = sessionId;
    if (id != null) {
      headers.put("Mcp-Session-Id", id);
    }
    versionHeader(headers);
    HttpAdapter.Response r = http.send("GET", uri, headers, null, remaining(deadline));
    if (r.status() / 100 != 2 || !r.isEventStream()) {
      r.close();
      throw new McpTransportException(
          "event stream from "
              + uri
              + " closed before the response to "
              + request.method()
              + " and resuming it failed (HTTP "
              + r.status()
              + ")",
          r.status(),
          null);
    }
    return r;
  }

  private McpTransportException timedOut(Request request, Duration timeout) {
    if (!request.method().equals("initialize") && version != null && !version.isModern()) {
      cancel(request.id());
    }
    return HttpAdapter.timeout(uri, timeout, null);
  }

  /** Legacy cancellation; a modern request is cancelled by closing its stream, done already. */
  private void cancel(RequestId id) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("requestId", id.value());
    params.put("reason", "request timed out");
    try {
      post(new Notification("notifications/cancelled", params), Map.of(), Duration.ofSeconds(5));
    } catch (RuntimeException ignored) {
      // the server may be gone; the caller already gets the timeout
    }
  }

  private void dispatch(JsonRpcMessage m, Map<String, String> headers) {
    if (m instanceof Request r) {
      JsonRpcMessage answer = inbound.answer(r);
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.keySet().removeIf(k -> k.regionMatches(true, 0, "Mcp-", 0, 4));
      post(answer, h, config.requestTimeout());
    } else if (m instanceof Notification n) {
      inbound.notified(n);
    }
    // responses to other requests are ignored
  }

  private static boolean answers(JsonRpcMessage m, RequestId id) {
    return (m instanceof Response r && r.id().equals(id))
        || (m instanceof ErrorResponse e && (e.id() == null || e.id().equals(id)));
  }

  private String readBody(
      HttpAdapter.Response response, Request request, Instant deadline, Duration timeout) {
    try (Watchdog watchdog = Watchdog.closeAfter(response.body(), remaining(deadline))) {
      String body;
      try {
        body = Limits.readAtMost(response.body(), config.maxResponseBytes());
      } catch (IOException e) {
        if (watchdog.fired()) {
          throw timedOut(request, timeout);
        }
        throw new McpTransportException(
            "reading the response from " + uri + " failed: " + HttpAdapter.oneLine(e), e);
      }
      if (watchdog.fired()) {
        throw timedOut(request, timeout);
      }
      if (body == null) {
        throw new McpTransportException(
            "response from "
                + uri
                + " exceeds the "
                + Limits.describe(config.maxResponseBytes())
                + " limit; raise maxResponseBytes if the server really sends that much",
            null);
      }
      return body;
    }
  }

  /** An event stream broke or ended before the response and could not be resumed. */
  private static final class StreamLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StreamLost(McpTransportException failure) {
      super(null, failure, false, false);
    }

    McpTransportException failure() {
      return (McpTransportException) getCause();
    }
  }

  private static Duration remaining(Instant deadline) {
    Duration d = Duration.between(Instant.now(), deadline);
    return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
  }
}
