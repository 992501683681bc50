package io.cakewalk.oauth.client;

import io.cakewalk.oauth.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Lists tools of a Streamable HTTP MCP server with a bearer token, in a few raw JSON-RPC calls, so
 * interop tests can prove a token works at the protected endpoint.
 */
final class McpProbe {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private McpProbe() {}

  static List<String> listTools(URI mcp, String accessToken)
      throws IOException, InterruptedException {
    HttpResponse<String> init =
        post(
            mcp,
            accessToken,
            null,
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"cakewalk-it\",\"version\":\"0\"}}}");
    if (init.statusCode() != 200) {
      throw new IllegalStateException(
          "initialize answered HTTP "
              + init.statusCode()
              + ": "
              + init.headers().firstValue("WWW-Authenticate").orElse(init.body()));
    }
    String session = init.headers().firstValue("mcp-session-id").orElse(null);
    post(
        mcp,
        accessToken,
        session,
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    HttpResponse<String> list =
        post(mcp, accessToken, session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
    Map<String, Object> message = message(list.body(), 2);
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) message.get("result");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tools = (List<Map<String, Object>>) result.get("tools");
    List<String> names = new ArrayList<>();
    tools.forEach(t -> names.add((String) t.get("name")));
    return names;
  }

  /** The claims of a JWT, unverified (the gateway verified it). */
  static Map<String, Object> claims(String jwt) {
    String payload =
        new String(
            Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
            java.nio.charset.StandardCharsets.UTF_8);
    return Json.object(payload, "JWT claims").asMap();
  }

  private static Map<String, Object> message(String body, int id) {
    for (String line : body.split("\n")) {
      String data = line.startsWith("data:") ? line.substring(5).strip() : line.strip();
      if (data.startsWith("{")) {
        Map<String, Object> m = Json.object(data, "JSON-RPC message").asMap();
        if (m.get("id") instanceof Number n && n.intValue() == id) {
          return m;
        }
      }
    }
    throw new IllegalStateException("no response with id " + id + " in: " + body);
  }

  private static HttpResponse<String> post(URI mcp, String token, String session, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(mcp)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (session != null) {
      b.header("Mcp-Session-Id", session);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
