package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpProtocolException;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.schema.Progress;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the client does when the server asks something (MCP 2025-11-25 "Client features"): answers
 * elicitation with the configured handler, lists configured roots, declines sampling (never
 * offered), answers ping; forwards progress to the listener. The same answers serve 2026-07-28
 * multi-round-trip input requests.
 */
final class ClientInbound implements Channel.Inbound {

  private final ClientConfig config;
  private final Runnable toolsChanged;

  ClientInbound(ClientConfig config, Runnable toolsChanged) {
    this.config = config;
    this.toolsChanged = toolsChanged;
  }

  /** The capabilities to declare, in the shape the given revision expects. */
  Map<String, Object> capabilities(ProtocolVersion version) {
    Map<String, Object> caps = new LinkedHashMap<>();
    if (config.roots() != null) {
      caps.put("roots", version.isModern() ? Map.of() : Map.of("listChanged", false));
    }
    if (config.elicitation() != null) {
      boolean modes = version == ProtocolVersion.V2025_11_25 || version.isModern();
      caps.put("elicitation", modes ? Map.of("form", Map.of()) : Map.of());
    }
    return caps;
  }

  @Override
  public JsonRpcMessage answer(Request request) {
    try {
      return new Response(request.id(), resolve(request.method(), request.params()));
    } catch (McpProtocolException e) {
      return new ErrorResponse(request.id(), e.error());
    } catch (RuntimeException e) {
      return new ErrorResponse(
          request.id(), new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "client failed to answer"));
    }
  }

  /**
   * The result for one server request, or an {@link McpProtocolException} carrying the error to
   * send back.
   */
  Map<String, Object> resolve(String method, Map<String, Object> params) {
    Map<String, Object> p = params == null ? Map.of() : params;
    switch (method) {
      case "ping":
        return Map.of();
      case "elicitation/create":
        if (config.elicitation() != null && !"url".equals(p.get("mode"))) {
          return Json.toMap(config.elicitation().elicit(p));
        }
        throw unsupported("elicitation" + ("url".equals(p.get("mode")) ? " in url mode" : ""));
      case "roots/list":
        if (config.roots() != null) {
          return Map.of("roots", config.roots().stream().map(Json::toMap).toList());
        }
        throw unsupported("roots");
      case "sampling/createMessage":
        throw unsupported("sampling");
      default:
        throw new McpProtocolException(JsonRpcError.methodNotFound(method));
    }
  }

  private static McpProtocolException unsupported(String what) {
    return new McpProtocolException(
        new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "this client does not support " + what));
  }

  @Override
  public void notified(Notification notification) {
    Map<String, Object> p = notification.params() == null ? Map.of() : notification.params();
    switch (notification.method()) {
      case "notifications/progress" -> {
        if (config.progress() != null && p.get("progress") instanceof Number progress) {
          Double total = p.get("total") instanceof Number t ? t.doubleValue() : null;
          String message = p.get("message") instanceof String m ? m : null;
          config
              .progress()
              .accept(new Progress(p.get("progressToken"), progress.doubleValue(), total, message));
        }
      }
      case "notifications/tools/list_changed" -> toolsChanged.run();
      default -> {
        // log messages and other notifications are not surfaced yet
      }
    }
  }

  /** The 2026-07-28 {@code inputResponses} for an {@code input_required} result. */
  Map<String, Object> inputResponses(Object inputRequests) {
    Map<String, Object> responses = new LinkedHashMap<>();
    if (!(inputRequests instanceof Map<?, ?> requests)) {
      return responses;
    }
    for (Map.Entry<?, ?> e : requests.entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?> r) || !(r.get("method") instanceof String method)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> params =
          r.get("params") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      responses.put(String.valueOf(e.getKey()), resolve(method, params));
    }
    return responses;
  }
}
