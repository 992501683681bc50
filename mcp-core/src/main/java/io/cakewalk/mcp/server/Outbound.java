package io.cakewalk.mcp.server;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Where the messages related to one request go: its response stream. */
interface Outbound {

  /** Sends a notification related to the request (progress, log message). */
  void notify(String method, Map<String, Object> params);

  /**
   * Sends a server-to-client request on the request's stream (legacy sessions only) and returns the
   * client's result.
   */
  CompletableFuture<Map<String, Object>> request(String method, Map<String, Object> params);

  /** Ends the HTTP response early while the stream lives on (SSE polling); may do nothing. */
  default void pollLater() {}
}
