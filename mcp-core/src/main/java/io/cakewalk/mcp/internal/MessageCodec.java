package io.cakewalk.mcp.internal;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.jsonrpc.RequestId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads and writes JSON-RPC 2.0 messages. */
public final class MessageCodec {

  private MessageCodec() {}

  /**
   * Thrown for text that is not JSON ({@code -32700}) or not a JSON-RPC message ({@code -32600}).
   */
  public static final class MalformedMessageException extends RuntimeException {
    private final transient JsonRpcError error;
    private final transient RequestId id;

    MalformedMessageException(JsonRpcError error, RequestId id) {
      super(error.message());
      this.error = error;
      this.id = id;
    }

    /** The error to answer with. */
    public JsonRpcError error() {
      return error;
    }

    /** The id of the offending request when it could be read, else {@code null}. */
    public RequestId id() {
      return id;
    }
  }

  /** Parses one message; a JSON array (batch) is rejected as an invalid request. */
  public static JsonRpcMessage parse(String text) {
    JsonNode node = readTree(text);
    if (node.isArray()) {
      throw new MalformedMessageException(
          JsonRpcError.invalidRequest("batches are not supported"), null);
    }
    return fromTree(node);
  }

  /** Parses a body that may be a single message or, under 2025-03-26, a batch. */
  public static List<JsonRpcMessage> parseBatch(String text) {
    JsonNode node = readTree(text);
    if (!node.isArray()) {
      return List.of(fromTree(node));
    }
    List<JsonRpcMessage> out = new ArrayList<>();
    for (JsonNode element : node) {
      out.add(fromTree(element));
    }
    return out;
  }

  private static JsonNode readTree(String text) {
    try {
      JsonNode node = Json.tree(text);
      if (node == null || node.isMissingNode()) {
        throw new MalformedMessageException(JsonRpcError.parseError("empty body"), null);
      }
      return node;
    } catch (JacksonException e) {
      throw new MalformedMessageException(JsonRpcError.parseError(e.getOriginalMessage()), null);
    }
  }

  /** Converts a parsed JSON tree into a message. */
  @SuppressWarnings("unchecked")
  public static JsonRpcMessage fromTree(JsonNode node) {
    if (!node.isObject()) {
      throw new MalformedMessageException(JsonRpcError.invalidRequest("not a JSON object"), null);
    }
    RequestId id = readId(node.get("id"));
    if (!"2.0".equals(node.path("jsonrpc").asString(null))) {
      throw new MalformedMessageException(
          JsonRpcError.invalidRequest("\"jsonrpc\" must be \"2.0\""), id);
    }
    JsonNode method = node.get("method");
    if (method != null) {
      if (!method.isString()) {
        throw new MalformedMessageException(
            JsonRpcError.invalidRequest("\"method\" must be a string"), id);
      }
      JsonNode params = node.get("params");
      if (params != null && !params.isNull() && !params.isObject()) {
        throw new MalformedMessageException(
            JsonRpcError.invalidRequest("\"params\" must be an object"), id);
      }
      Map<String, Object> p =
          params == null || params.isNull() ? null : (Map<String, Object>) Json.plain(params);
      if (node.has("id")) {
        if (id == null) {
          throw new MalformedMessageException(
              JsonRpcError.invalidRequest("\"id\" must be a string or an integer"), null);
        }
        return new Request(id, method.asString(), p);
      }
      return new Notification(method.asString(), p);
    }
    JsonNode error = node.get("error");
    if (error != null && error.isObject()) {
      Object data = error.has("data") ? Json.plain(error.get("data")) : null;
      return new ErrorResponse(
          id,
          new JsonRpcError(error.path("code").asInt(0), error.path("message").asString(""), data));
    }
    JsonNode result = node.get("result");
    if (result != null && id != null) {
      if (!result.isObject()) {
        throw new MalformedMessageException(
            JsonRpcError.invalidRequest("\"result\" must be an object"), id);
      }
      return new Response(id, (Map<String, Object>) Json.plain(result));
    }
    throw new MalformedMessageException(
        JsonRpcError.invalidRequest("neither a request, a notification nor a response"), id);
  }

  private static RequestId readId(JsonNode id) {
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isString()) {
      return RequestId.of(id.asString());
    }
    if (id.isIntegralNumber() && id.canConvertToLong()) {
      return RequestId.of(id.asLong());
    }
    return null;
  }

  /** The message as compact JSON text on one line. */
  public static String write(JsonRpcMessage message) {
    return Json.write(toMap(message));
  }

  /** The message as plain maps, ready for a JSON writer. */
  public static Map<String, Object> toMap(JsonRpcMessage message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("jsonrpc", "2.0");
    if (message instanceof Request r) {
      out.put("id", r.id().value());
      out.put("method", r.method());
      putIfPresent(out, "params", r.params());
    } else if (message instanceof Notification n) {
      out.put("method", n.method());
      putIfPresent(out, "params", n.params());
    } else if (message instanceof Response r) {
      out.put("id", r.id().value());
      out.put("result", r.result());
    } else if (message instanceof ErrorResponse e) {
      out.put("id", e.id() == null ? null : e.id().value());
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", e.error().code());
      error.put("message", e.error().message());
      putIfPresent(error, "data", e.error().data());
      out.put("error", error);
    } else {
      throw new AssertionError(message);
    }
    return out;
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
