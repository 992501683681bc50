package io.cakewalk.oauth.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal Streamable HTTP MCP endpoint (JSON responses, one {@code echo} tool) for the real
 * client tests, so they exercise OAuth without depending on the full server. It also records
 * whether any request ever reached it with an {@code Authorization} header.
 */
final class StubMcpHandler implements HttpHandler {

  volatile boolean sawAuthorizationHeader;
  volatile int toolCalls;

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (exchange.getRequestHeaders().containsKey("Authorization")) {
        sawAuthorizationHeader = true;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Map<String, Object> request =
          Json.object(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      if (!request.containsKey("id")) {
        exchange.sendResponseHeaders(202, -1);
        return;
      }
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("jsonrpc", "2.0");
      response.put("id", request.get("id"));
      Object result = result(String.valueOf(request.get("method")), request.get("params"));
      if (result == null) {
        response.put("error", Map.of("code", -32601, "message", "Method not found"));
      } else {
        response.put("result", result);
      }
      byte[] body = Json.write(response).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private Object result(String method, Object params) {
    switch (method) {
      case "initialize":
        @SuppressWarnings("unchecked")
        Map<String, Object> p = params instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return Map.of(
            "protocolVersion", p.getOrDefault("protocolVersion", "2025-06-18"),
            "capabilities", Map.of("tools", Map.of()),
            "serverInfo", Map.of("name", "stub", "version", "1.0.0"));
      case "ping":
        return Map.of();
      case "tools/list":
        return Map.of(
            "tools",
            List.of(
                Map.of(
                    "name", "echo",
                    "description", "Echoes a message",
                    "inputSchema",
                        Map.of(
                            "type", "object",
                            "properties", Map.of("message", Map.of("type", "string")),
                            "required", List.of("message")))));
      case "tools/call":
        toolCalls++;
        Object args = params instanceof Map<?, ?> m ? m.get("arguments") : null;
        Object message = args instanceof Map<?, ?> a ? a.get("message") : null;
        return Map.of("content", List.of(Map.of("type", "text", "text", "echo: " + message)));
      case "resources/list":
        return Map.of("resources", List.of());
      case "prompts/list":
        return Map.of("prompts", List.of());
      default:
        return null;
    }
  }
}
