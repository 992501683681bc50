package io.cakewalk.mcp.client;

import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import java.time.Duration;
import java.util.Map;

/**
 * One transport's way of carrying JSON-RPC messages: send a request and wait for its response, send
 * a notification, close. Server-to-client messages that arrive meanwhile go to the {@link Inbound}
 * the channel was created with.
 */
interface Channel extends AutoCloseable {

  /**
   * The response (or error response) to {@code request}, with the HTTP status it came with ({@code
   * 200} for non-HTTP transports). Non-2xx HTTP answers without a JSON-RPC error body throw {@link
   * io.cakewalk.mcp.McpTransportException} with the status; a timeout cancels the request.
   *
   * @param headers extra HTTP headers for this request (ignored off HTTP)
   */
  Reply exchange(Request request, Map<String, String> headers, Duration timeout);

  /** Sends a notification; a rejection throws {@link io.cakewalk.mcp.McpTransportException}. */
  void notify(Notification notification, Map<String, String> headers, Duration timeout);

  /** Legacy session state learned from {@code initialize}: the version to announce in headers. */
  default void negotiated(io.cakewalk.mcp.schema.ProtocolVersion version) {}

  /** The legacy handshake is complete ({@code notifications/initialized} sent). */
  default void ready() {}

  /** Ends the session and releases the connection or process; never throws. */
  @Override
  void close();

  /** A response and the HTTP status that carried it. */
  record Reply(JsonRpcMessage message, int status) {}

  /** Receives what the server sends on its own initiative. */
  interface Inbound {
    /** Answers a server request (elicitation, roots, sampling, ping). */
    JsonRpcMessage answer(Request request);

    /** Handles a notification (progress, log messages, list changes). */
    void notified(Notification notification);
  }

  /** The legacy session is gone (HTTP 404 on a request that carried a session id). */
  final class SessionExpiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SessionExpiredException() {
      super("session expired", null, false, false);
    }
  }
}
