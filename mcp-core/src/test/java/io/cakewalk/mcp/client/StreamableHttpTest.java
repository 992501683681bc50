package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.ElicitationHandler;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.ServerSummary;
import io.cakewalk.mcp.schema.Progress;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.Root;
import io.cakewalk.mcp.schema.Tool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The legacy-era Streamable HTTP behaviour against scripted loopback servers. */
class StreamableHttpTest {

  private static final Map<String, Object> EMPTY_OBJECT = Map.of("type", "object");

  private static McpClient client(FakeServer server) {
    return McpClient.builder(server.uri()).transport(McpClient.Transport.STREAMABLE_HTTP).build();
  }

  @Test
  void sendsSessionAndVersionHeadersAndDeletesOnClose() throws IOException {
    try (FakeServer server = FakeServer.legacy("2025-11-25", m -> Map.of("tools", List.of()))) {
      try (McpClient client = client(server)) {
        ServerSummary info = client.connect();
        assertThat(info.protocolVersion()).isEqualTo(ProtocolVersion.V2025_11_25);
        client.listTools();
      }
      FakeServer.Seen init = server.calls("initialize").get(0);
      assertThat(init.header("Accept")).contains("application/json").contains("text/event-stream");
      assertThat(init.header("Mcp-Session-Id")).isNull();
      FakeServer.Seen list = server.calls("tools/list").get(0);
      assertThat(list.header("Mcp-Session-Id")).isEqualTo("s-1");
      assertThat(list.header("MCP-Protocol-Version")).isEqualTo("2025-11-25");
      assertThat(server.calls("notifications/initialized")).hasSize(1);
      assertThat(server.seen)
          .anyMatch(s -> s.method().equals("DELETE") && "s-1".equals(s.header("Mcp-Session-Id")));
    }
  }

  @Test
  void negotiatesDownAndOmitsTheVersionHeaderFor20250326() throws IOException {
    try (FakeServer server = FakeServer.legacy("2025-03-26", m -> Map.of("tools", List.of()));
        McpClient client = client(server)) {
      assertThat(client.connect().protocolVersion()).isEqualTo(ProtocolVersion.V2025_03_26);
      client.listTools();
      assertThat(server.calls("tools/list").get(0).header("MCP-Protocol-Version")).isNull();
    }
  }

  @Test
  void followsToolsListPagination() throws IOException {
    try (FakeServer server =
            FakeServer.legacy(
                "2025-06-18",
                m -> {
                  Object cursor = ((Map<?, ?>) m.get("params")).get("cursor");
                  if (cursor == null) {
                    return Map.of("tools", List.of(tool("a")), "nextCursor", "page2");
                  }
                  return Map.of("tools", List.of(tool("b")));
                });
        McpClient client = client(server)) {
      assertThat(client.listTools()).extracting(Tool::name).containsExactly("a", "b");
      assertThat(server.calls("tools/list")).hasSize(2);
    }
  }

  @Test
  void reinitializesOnceWhenTheSessionExpires() throws IOException {
    AtomicInteger lists = new AtomicInteger();
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  Map<String, Object> m = s.json();
                  if ("initialize".equals(m.get("method"))) {
                    x.getResponseHeaders().add("Mcp-Session-Id", "s-" + s.hashCode());
                    FakeServer.json(
                        x,
                        200,
                        FakeServer.response(
                            m.get("id"), FakeServer.initializeResult("2025-11-25")));
                  } else if (!m.containsKey("id")) {
                    FakeServer.send(x, 202, null, "");
                  } else if (lists.incrementAndGet() == 1) {
                    FakeServer.send(x, 404, null, "");
                  } else {
                    FakeServer.json(
                        x, 200, FakeServer.response(m.get("id"), Map.of("tools", List.of())));
                  }
                });
        McpClient client = client(server)) {
      assertThat(client.listTools()).isEmpty();
      assertThat(server.calls("initialize")).hasSize(2);
      assertThat(server.calls("initialize").get(1).header("Mcp-Session-Id")).isNull();
    }
  }

  @Test
  void readsEventStreamsWithPrimingProgressAndServerRequests() throws IOException {
    List<Progress> progress = new CopyOnWriteArrayList<>();
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  Map<String, Object> m = s.json();
                  if ("initialize".equals(m.get("method"))) {
                    x.getResponseHeaders().add("Mcp-Session-Id", "s-1");
                    FakeServer.json(
                        x,
                        200,
                        FakeServer.response(
                            m.get("id"), FakeServer.initializeResult("2025-11-25")));
                  } else if ("tools/list".equals(m.get("method"))) {
                    FakeServer.json(
                        x,
                        200,
                        FakeServer.response(
                            m.get("id"),
                            Map.of(
                                "tools",
                                List.of(Map.of("name", "ask", "inputSchema", EMPTY_OBJECT)))));
                  } else if ("tools/call".equals(m.get("method"))) {
                    Object token =
                        ((Map<?, ?>) ((Map<?, ?>) m.get("params")).get("_meta"))
                            .get("progressToken");
                    String elicit =
                        "{\"jsonrpc\":\"2.0\",\"id\":\"e1\",\"method\":\"elicitation/create\","
                            + "\"params\":{\"message\":\"?\",\"requestedSchema\":{\"type\":\"object\","
                            + "\"properties\":{\"name\":{\"type\":\"string\",\"default\":\"Ada\"}}}}}";
                    String roots = "{\"jsonrpc\":\"2.0\",\"id\":\"r1\",\"method\":\"roots/list\"}";
                    String sampling =
                        "{\"jsonrpc\":\"2.0\",\"id\":\"s1\","
                            + "\"method\":\"sampling/createMessage\",\"params\":{}}";
                    String progressEvent =
                        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\","
                            + "\"params\":{\"progressToken\":\""
                            + token
                            + "\",\"progress\":50,\"total\":100}}";
                    OutputStream out =
                        FakeServer.sse(
                            x,
                            "id: 1\nretry: 100\ndata:\n\n"
                                + ": keep-alive\r\n\r\n"
                                + "id: 2\r\nevent: message\r\ndata: "
                                + progressEvent
                                + "\r\n\r\n"
                                + "id: 3\ndata: "
                                + elicit
                                + "\n\n"
                                + "id: 4\ndata: "
                                + roots
                                + "\n\n"
                                + "id: 5\ndata: "
                                + sampling
                                + "\n\n");
                    sleepMillis(300); // answers arrive as separate POSTs meanwhile
                    out.write(
                        ("id: 6\ndata: "
                                + FakeServer.response(
                                    m.get("id"),
                                    Map.of(
                                        "content", List.of(Map.of("type", "text", "text", "done"))))
                                + "\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.close();
                  } else {
                    FakeServer.send(x, 202, null, "");
                  }
                });
        McpClient client =
            McpClient.builder(server.uri())
                .elicitation(ElicitationHandler.acceptDefaults())
                .roots(List.of(new Root("file:///tmp/project", "project")))
                .onProgress(progress::add)
                .build()) {
      assertThat(client.callTool("ask", Map.of()).content()).hasSize(1);
      assertThat(progress)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.progress()).isEqualTo(50.0);
                assertThat(p.total()).isEqualTo(100.0);
              });
      Map<String, Object> init = server.calls("initialize").get(0).json();
      assertThat(init.toString())
          .contains("elicitation")
          .contains("roots")
          .doesNotContain("sampling");
      List<Map<String, Object>> answers =
          server.seen.stream()
              .filter(s -> s.rpcMethod() == null && !s.body().isEmpty())
              .map(FakeServer.Seen::json)
              .toList();
      assertThat(answers)
          .anySatisfy(
              a -> {
                assertThat(a.get("id")).isEqualTo("e1");
                assertThat(a.get("result"))
                    .isEqualTo(Map.of("action", "accept", "content", Map.of("name", "Ada")));
              });
      assertThat(answers)
          .anySatisfy(
              a -> {
                assertThat(a.get("id")).isEqualTo("r1");
                assertThat(a.get("result").toString()).contains("file:///tmp/project");
              });
      assertThat(answers)
          .anySatisfy(
              a -> {
                assertThat(a.get("id")).isEqualTo("s1");
                assertThat(a).containsKey("error");
              });
    }
  }

  @Test
  void resumesAClosedStreamWithLastEventIdAfterRetry() throws IOException {
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  if (s.method().equals("GET")) {
                    OutputStream out =
                        FakeServer.sse(
                            x,
                            "id: ev-2\ndata: "
                                + FakeServer.response(1 + 1, Map.of("tools", List.of()))
                                + "\n\n");
                    out.close();
                    return;
                  }
                  Map<String, Object> m = s.json();
                  if ("initialize".equals(m.get("method"))) {
                    x.getResponseHeaders().add("Mcp-Session-Id", "s-1");
                    FakeServer.json(
                        x,
                        200,
                        FakeServer.response(
                            m.get("id"), FakeServer.initializeResult("2025-11-25")));
                  } else if (!m.containsKey("id")) {
                    FakeServer.send(x, 202, null, "");
                  } else {
                    FakeServer.sse(x, "id: ev-1\nretry: 200\ndata: \n\n").close();
                  }
                });
        McpClient client = client(server)) {
      long start = System.nanoTime();
      assertThat(client.listTools()).isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(200));
      FakeServer.Seen get =
          server.seen.stream()
              .filter(s -> s.method().equals("GET") && s.header("Last-Event-ID") != null)
              .findFirst()
              .orElseThrow();
      assertThat(get.header("Last-Event-ID")).isEqualTo("ev-1");
      assertThat(get.header("Mcp-Session-Id")).isEqualTo("s-1");
    }
  }

  @Test
  void timeoutSendsCancellation() throws IOException {
    try (FakeServer server =
            FakeServer.legacy(
                "2025-11-25",
                m -> {
                  sleepMillis(2000);
                  return Map.of();
                });
        McpClient client =
            McpClient.builder(server.uri()).requestTimeout(Duration.ofMillis(300)).build()) {
      client.connect();
      Assertions.assertThatThrownBy(() -> client.request("slow/thing", Map.of()))
          .isInstanceOf(McpTransportException.class)
          .hasMessageContaining("no answer");
      FakeServer.Seen cancel = server.calls("notifications/cancelled").get(0);
      assertThat(((Map<?, ?>) cancel.json().get("params")).get("requestId")).isNotNull();
    }
  }

  @Test
  void answersServerRequestsFromTheStandaloneGetStream() throws IOException {
    String elicit =
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"elicitation/create\","
            + "\"params\":{\"message\":\"?\",\"requestedSchema\":{\"type\":\"object\","
            + "\"properties\":{\"n\":{\"type\":\"integer\",\"default\":3}}}}}";
    java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  if (s.method().equals("GET")) {
                    OutputStream out = FakeServer.sse(x, "id: g1\ndata: " + elicit + "\n\n");
                    sleepMillis(3000);
                    out.close();
                    return;
                  }
                  if (s.method().equals("DELETE")) {
                    FakeServer.send(x, 200, null, "");
                    return;
                  }
                  Map<String, Object> m = s.json();
                  if ("initialize".equals(m.get("method"))) {
                    x.getResponseHeaders().add("Mcp-Session-Id", "s-1");
                    FakeServer.json(
                        x,
                        200,
                        FakeServer.response(
                            m.get("id"), FakeServer.initializeResult("2025-11-25")));
                  } else {
                    if (m.containsKey("result")) {
                      answered.countDown();
                    }
                    FakeServer.send(x, 202, null, "");
                  }
                });
        McpClient client =
            McpClient.builder(server.uri())
                .elicitation(io.cakewalk.mcp.ElicitationHandler.acceptDefaults())
                .build()) {
      client.connect();
      assertThat(answered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      Map<String, Object> answer =
          server.seen.stream()
              .filter(s -> s.body().contains("\"result\""))
              .findFirst()
              .orElseThrow()
              .json();
      assertThat(answer.get("id")).isEqualTo(7);
      assertThat(answer.get("result"))
          .isEqualTo(Map.of("action", "accept", "content", Map.of("n", 3)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Map<String, Object> tool(String name) {
    return Map.of("name", name, "inputSchema", EMPTY_OBJECT);
  }

  static void sleepMillis(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
