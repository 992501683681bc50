package io.cakewalk.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class McpServerHttpTest {

  private static final String INIT =
      """
      {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
       "capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";

  private McpServer server;
  private RunningServer running;
  private URI uri;

  record Add(int a, int b) {}

  @BeforeEach
  void start() {
    server =
        McpServer.builder(new Implementation("test-server", "1.0.0"))
            .pageSize(2)
            .tool(
                Tool.builder(
                        "add",
                        Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of("a", Map.of("type", "integer"), "b", Map.of("type", "integer")),
                            "required",
                            List.of("a", "b")))
                    .build(),
                ToolHandler.typed(
                    Add.class,
                    (args, ctx) -> CallToolResult.text(Integer.toString(args.a() + args.b()))))
            .tool(
                Tool.builder("slow", Map.of("type", "object")).build(),
                (args, ctx) -> {
                  ctx.progress(1, 2.0, null);
                  ctx.progress(2, 2.0, null);
                  return CallToolResult.text("done");
                })
            .tool(
                Tool.builder("wait", Map.of("type", "object")).build(),
                (args, ctx) -> {
                  while (!ctx.isCancelled()) {
                    Thread.sleep(10);
                  }
                  return CallToolResult.text("cancelled");
                })
            .tool(
                Tool.builder("boom", Map.of("type", "object")).build(),
                (args, ctx) -> {
                  throw new IllegalStateException("secret detail");
                })
            .build();
    running = McpServer.serve(server, 0);
    uri = URI.create("http://127.0.0.1:" + running.port() + "/mcp");
  }

  @AfterEach
  void stop() {
    running.close();
    server.close();
  }

  private String session() throws Exception {
    Wire.Reply r = Wire.post(uri, INIT);
    assertThat(r.status()).isEqualTo(200);
    String id = r.header("mcp-session-id");
    assertThat(id).matches("[\\x21-\\x7E]{40,}");
    Wire.Reply ack =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
            "Mcp-Session-Id",
            id);
    assertThat(ack.status()).isEqualTo(202);
    return id;
  }

  @Test
  void initializeNegotiatesAndCallsToolsInASession() throws Exception {
    String id = session();
    Wire.Reply call =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}",
            "Mcp-Session-Id",
            id,
            "MCP-Protocol-Version",
            "2025-11-25");
    assertThat(call.status()).isEqualTo(200);
    assertThat(call.body())
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"5\"}]}}");
  }

  @Test
  void invalidArgumentsAreAToolErrorAndExceptionsLeakNothing() throws Exception {
    String id = session();
    Wire.Reply bad =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":\"x\"}}}",
            "Mcp-Session-Id",
            id);
    assertThat(bad.body()).contains("\"isError\":true");
    Wire.Reply boom =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"boom\"}}",
            "Mcp-Session-Id",
            id);
    assertThat(boom.body()).contains("\"isError\":true").doesNotContain("secret detail");
    Wire.Reply unknown =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}",
            "Mcp-Session-Id",
            id);
    assertThat(unknown.json()).extractingByKey("error").asString().contains("-32602");
  }

  @Test
  void progressTurnsTheResponseIntoAnSseStreamWithPriming() throws Exception {
    String id = session();
    Wire.Reply r =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"slow\",\"_meta\":{\"progressToken\":\"p\"}}}",
            "Mcp-Session-Id",
            id);
    assertThat(r.header("content-type")).startsWith("text/event-stream");
    assertThat(r.body())
        .startsWith("id: p1:0\nretry: 1000\ndata: \n\n")
        .contains("notifications/progress")
        .contains("\"id\":7,\"result\"");
  }

  @Test
  void toolsListPagesWithCursorsAndRejectsBadCursors() throws Exception {
    String id = session();
    Wire.Reply first =
        Wire.post(
            uri, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", "Mcp-Session-Id", id);
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) first.json().get("result");
    assertThat((List<?>) result.get("tools")).hasSize(2);
    assertThat(first.body().indexOf("\"add\"")).isLessThan(first.body().indexOf("\"slow\""));
    String cursor = (String) result.get("nextCursor");
    Wire.Reply second =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{\"cursor\":\""
                + cursor
                + "\"}}",
            "Mcp-Session-Id",
            id);
    assertThat(second.body()).contains("\"wait\"", "\"boom\"").doesNotContain("nextCursor");
    Wire.Reply bad =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\",\"params\":{\"cursor\":\"zz\"}}",
            "Mcp-Session-Id",
            id);
    assertThat(bad.body()).contains("-32602");
  }

  @Test
  void legacyStatusCodesFollowTheTransportTable() throws Exception {
    assertThat(Wire.post(uri, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}").status())
        .isEqualTo(400);
    assertThat(
            Wire.post(
                    uri,
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                    "Mcp-Session-Id",
                    "nope")
                .status())
        .isEqualTo(404);
    assertThat(Wire.post(uri, "{not json").json())
        .extractingByKey("error")
        .asString()
        .contains("-32700");
    assertThat(Wire.post(uri, INIT, "Accept", "application/json").status()).isEqualTo(406);
    assertThat(Wire.post(uri, INIT, "Content-Type", "text/plain").status()).isEqualTo(415);
    Wire.Reply batch = Wire.post(uri, "[" + INIT + "]");
    assertThat(batch.status()).isEqualTo(400);
    assertThat(batch.body()).contains("-32600");
  }

  @Test
  void oversizedBodiesAreAnsweredWith413NotAReset() throws Exception {
    // The server must read what it refuses: closing with unread input resets the connection and
    // can destroy the 413 before the client sees it.
    String big = "{\"x\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}";
    for (int i = 0; i < 20; i++) {
      assertThat(Wire.post(uri, big).status()).as("attempt %d", i).isEqualTo(413);
    }
    assertThat(Wire.post(uri, INIT).status()).isEqualTo(200);
  }

  @Test
  void deleteEndsTheSession() throws Exception {
    String id = session();
    var delete =
        java.net.http.HttpRequest.newBuilder(uri).DELETE().header("Mcp-Session-Id", id).build();
    assertThat(Wire.send(delete).status()).isEqualTo(200);
    assertThat(
            Wire.post(
                    uri, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", "Mcp-Session-Id", id)
                .status())
        .isEqualTo(404);
  }

  @Test
  void foreignHostOrOriginIsForbidden() throws Exception {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    String evil =
        "POST /mcp HTTP/1.1\r\nHost: evil.example.com\r\nContent-Type: application/json\r\n"
            + "Accept: application/json, text/event-stream\r\nContent-Length: "
            + body.length()
            + "\r\nConnection: close\r\n\r\n"
            + body;
    assertThat(Wire.rawStatus(running.port(), evil)).isEqualTo(403);
    assertThat(Wire.post(uri, INIT, "Origin", "http://evil.example.com").status()).isEqualTo(403);
    assertThat(Wire.post(uri, INIT, "Origin", "http://localhost:5173").status()).isEqualTo(200);
  }

  @Test
  void modernRequestsAreStatelessWithMetaAndHeaders() throws Exception {
    String meta =
        "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
    Wire.Reply discover =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":\"d\",\"method\":\"server/discover\",\"params\":{"
                + meta
                + "}}",
            "MCP-Protocol-Version",
            "2026-07-28",
            "Mcp-Method",
            "server/discover");
    assertThat(discover.status()).isEqualTo(200);
    assertThat(discover.header("mcp-session-id")).isNull();
    assertThat(discover.body())
        .contains(
            "\"resultType\":\"complete\"", "\"ttlMs\":0", "\"supportedVersions\"", "test-server");
    Wire.Reply call =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":1},"
                + meta
                + "}}",
            "MCP-Protocol-Version",
            "2026-07-28",
            "Mcp-Method",
            "tools/call",
            "Mcp-Name",
            "add");
    assertThat(call.body()).contains("\"resultType\":\"complete\"", "\"text\":\"2\"");
    Wire.Reply mismatch =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\",\"params\":{" + meta + "}}",
            "MCP-Protocol-Version",
            "2026-07-28",
            "Mcp-Method",
            "prompts/list");
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.body()).contains("-32020", "\"id\":6");
    Wire.Reply removed =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\",\"params\":{" + meta + "}}",
            "MCP-Protocol-Version",
            "2026-07-28",
            "Mcp-Method",
            "ping");
    assertThat(removed.status()).isEqualTo(404);
    assertThat(removed.body()).contains("-32601");
  }

  @Test
  void theGetStreamCarriesListChangesAndASecondOneIsAConflict() throws Exception {
    String id = session();
    java.net.http.HttpRequest get =
        java.net.http.HttpRequest.newBuilder(uri)
            .header("Accept", "text/event-stream")
            .header("Mcp-Session-Id", id)
            .GET()
            .build();
    java.net.http.HttpResponse<java.util.stream.Stream<String>> stream =
        Wire.HTTP.send(get, java.net.http.HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    java.util.Iterator<String> lines = stream.body().iterator();
    assertThat(lines.next()).startsWith("id: g");
    assertThat(Wire.send(get).status()).isEqualTo(409);
    server.addTool(
        Tool.builder("late", Map.of("type", "object")).build(),
        (args, ctx) -> CallToolResult.text("late"));
    String data = "";
    while (!data.startsWith("data: {")) {
      data = lines.next();
    }
    assertThat(data).contains("notifications/tools/list_changed");
    stream.body().close();
  }

  @Test
  void cancelledNotificationStopsTheHandler() throws Exception {
    String id = session();
    var pending =
        Wire.HTTP.sendAsync(
            java.net.http.HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Mcp-Session-Id", id)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"tools/call\",\"params\":{\"name\":\"wait\"}}"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    Thread.sleep(200);
    assertThat(pending).isNotDone();
    Wire.Reply cancel =
        Wire.post(
            uri,
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":42}}",
            "Mcp-Session-Id",
            id);
    assertThat(cancel.status()).isEqualTo(202);
    assertThat(pending.get(20, java.util.concurrent.TimeUnit.SECONDS).body()).contains("-32800");
  }

  @Test
  void batchesWorkOnlyUnder20250326() throws Exception {
    String init = INIT.replace("2025-11-25", "2025-03-26");
    String id = Wire.post(uri, init).header("mcp-session-id");
    Wire.Reply batch =
        Wire.post(
            uri,
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2}}}]",
            "Mcp-Session-Id",
            id);
    assertThat(batch.status()).isEqualTo(200);
    assertThat(batch.body()).startsWith("[").contains("\"id\":1,\"result\":{}", "\"text\":\"3\"");
    String modernId = session();
    Wire.Reply rejected =
        Wire.post(
            uri,
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]",
            "Mcp-Session-Id",
            modernId);
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.body()).contains("-32600");
  }
}
