package io.cakewalk.mcp.jsonrpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON-RPC 2.0 message. {@code params} and {@code result} are free-form JSON objects as
 * unmodifiable maps (values are {@code String}, {@code Number}, {@code Boolean}, {@code List},
 * {@code Map} or {@code null}); {@code MessageCodec} in the internal package reads and writes them.
 */
public sealed interface JsonRpcMessage
    permits JsonRpcMessage.Request,
        JsonRpcMessage.Notification,
        JsonRpcMessage.Response,
        JsonRpcMessage.ErrorResponse {

  /** A request that expects a response with the same id. */
  record Request(RequestId id, String method, Map<String, Object> params)
      implements JsonRpcMessage {
    public Request {
      if (id == null || method == null) {
        throw new IllegalArgumentException("a request needs an id and a method");
      }
      params = copy(params);
    }
  }

  /** A one-way message; the receiver never answers it. */
  record Notification(String method, Map<String, Object> params) implements JsonRpcMessage {
    public Notification {
      if (method == null) {
        throw new IllegalArgumentException("a notification needs a method");
      }
      params = copy(params);
    }
  }

  /** A successful response. */
  record Response(RequestId id, Map<String, Object> result) implements JsonRpcMessage {
    public Response {
      if (id == null) {
        throw new IllegalArgumentException("a response needs an id");
      }
      result = result == null ? Map.of() : copy(result);
    }
  }

  /** An error response; {@code id} is {@code null} when the request's id could not be read. */
  record ErrorResponse(RequestId id, JsonRpcError error) implements JsonRpcMessage {
    public ErrorResponse {
      if (error == null) {
        throw new IllegalArgumentException("an error response needs an error");
      }
    }
  }

  /** An unmodifiable copy that keeps {@code null} values and key order, or {@code null}. */
  private static Map<String, Object> copy(Map<String, Object> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
