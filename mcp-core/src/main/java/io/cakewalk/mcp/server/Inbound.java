package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.RequestId;
import java.util.Map;

/** Reads one parsed JSON value as a JSON-RPC message, or says exactly why it is not one. */
final class Inbound {

  /** A message that is not valid JSON-RPC; answer with {@link #error} and {@link #id}. */
  static final class Malformed extends RuntimeException {
    final transient JsonRpcError error;
    final transient RequestId id;

    Malformed(JsonRpcError error, RequestId id) {
      super(error.message(), null, false, false);
      this.error = error;
      this.id = id;
    }
  }

  private Inbound() {}

  @SuppressWarnings("unchecked")
  static JsonRpcMessage read(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new Malformed(JsonRpcError.invalidRequest("not a JSON object"), null);
    }
    Object rawId = map.get("id");
    RequestId id = id(rawId);
    if (!"2.0".equals(map.get("jsonrpc"))) {
      throw new Malformed(JsonRpcError.invalidRequest("\"jsonrpc\" must be \"2.0\""), id);
    }
    Object method = map.get("method");
    if (method != null) {
      if (!(method instanceof String m)) {
        throw new Malformed(JsonRpcError.invalidRequest("\"method\" must be a string"), id);
      }
      Object params = map.get("params");
      if (params != null && !(params instanceof Map<?, ?>)) {
        throw new Malformed(JsonRpcError.invalidRequest("\"params\" must be an object"), id);
      }
      if (map.containsKey("id")) {
        if (id == null) {
          throw new Malformed(
              JsonRpcError.invalidRequest("\"id\" must be a string or an integer"), null);
        }
        return new JsonRpcMessage.Request(id, m, (Map<String, Object>) params);
      }
      return new JsonRpcMessage.Notification(m, (Map<String, Object>) params);
    }
    if (map.get("error") instanceof Map<?, ?> error) {
      Object code = error.get("code");
      return new JsonRpcMessage.ErrorResponse(
          id,
          new JsonRpcError(
              code instanceof Number n ? n.intValue() : 0,
              String.valueOf(error.get("message")),
              error.get("data")));
    }
    if (map.containsKey("result") && id != null) {
      if (!(map.get("result") instanceof Map<?, ?> result)) {
        throw new Malformed(JsonRpcError.invalidRequest("\"result\" must be an object"), id);
      }
      return new JsonRpcMessage.Response(id, (Map<String, Object>) result);
    }
    throw new Malformed(
        JsonRpcError.invalidRequest("neither a request, a notification nor a response"), id);
  }

  static RequestId id(Object raw) {
    if (raw instanceof String s) {
      return RequestId.of(s);
    }
    if (raw instanceof Integer || raw instanceof Long) {
      return RequestId.of(((Number) raw).longValue());
    }
    if (raw instanceof java.math.BigInteger b && b.bitLength() < 64) {
      return RequestId.of(b.longValue());
    }
    return null;
  }
}
