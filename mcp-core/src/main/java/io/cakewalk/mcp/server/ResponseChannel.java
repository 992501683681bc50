package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.RequestId;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The response of one POSTed request. It stays a plain JSON response unless something related to
 * the request must be sent first (progress, a log message, a server-to-client request); then it
 * becomes an SSE stream that ends with the response.
 */
final class ResponseChannel implements Outbound {

  static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
  static final long RETRY_MILLIS = 1000;

  private final HttpCall call;
  private final Session session;
  private final boolean priming;
  private final Runnable onGone;
  private EventStream stream;
  private boolean done;

  /**
   * @param session the legacy session (resumable streams), or {@code null} under 2026-07-28
   * @param priming whether to send a priming event first (legacy, 2025-11-25 and later)
   * @param onGone run when the client closes the stream (2026: that is cancellation)
   */
  ResponseChannel(HttpCall call, Session session, boolean priming, Runnable onGone) {
    this.call = call;
    this.session = session;
    this.priming = priming;
    this.onGone = onGone;
  }

  static Map<String, String> sseHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/event-stream");
    headers.put("Cache-Control", "no-cache");
    headers.put("X-Accel-Buffering", "no");
    return headers;
  }

  @Override
  public void notify(String method, Map<String, Object> params) {
    send(Frames.notification(method, params));
  }

  @Override
  public CompletableFuture<Map<String, Object>> request(String method, Map<String, Object> params) {
    CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
    if (session == null) {
      answer.completeExceptionally(
          RequestException.invalidParams("server-to-client requests need a legacy session"));
      return answer;
    }
    RequestId rid = session.expect(answer);
    send(Frames.request(rid, method, params));
    return answer;
  }

  private synchronized void send(byte[] frame) {
    if (done) {
      return;
    }
    if (!open()) {
      return;
    }
    if (!stream.send(frame) && session == null) {
      onGone.run();
    }
  }

  /** Whether the response went out as an SSE stream. */
  synchronized boolean streaming() {
    return stream != null;
  }

  /** Closes the connection while the stream lives on, so the client resumes with GET (polling). */
  @Override
  public synchronized void pollLater() {
    if (done || session == null || !priming || !open()) {
      return;
    }
    stream.dropConnection();
  }

  /** Sends the final response (or error) and ends the exchange. */
  synchronized void complete(byte[] frame, int status) {
    if (done) {
      return;
    }
    done = true;
    if (stream == null) {
      try {
        call.respond(status, JSON, frame);
      } catch (IOException ignored) {
        // the client went away; nothing left to tell it
      }
      return;
    }
    stream.send(frame);
    stream.finish();
  }

  private boolean open() {
    if (stream != null) {
      return true;
    }
    try {
      SseConnection connection = new SseConnection(call.stream(sseHeaders()));
      stream = session != null ? session.openStream() : new EventStream("r", false);
      stream.attach(connection, Long.MAX_VALUE);
      if (priming) {
        stream.prime(RETRY_MILLIS);
      }
      return true;
    } catch (IOException e) {
      done = true;
      onGone.run();
      return false;
    }
  }
}
