package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.ProtocolMode;
import io.cakewalk.mcp.schema.Progress;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A 2026-07-28 request whose event stream breaks is re-issued once with a new id; legacy streams,
 * timeouts and HTTP errors are not re-issued.
 */
class StreamReissueTest {

  /** Answers one {@code tools/call} POST; {@code attempt} counts from 1. */
  private interface CallHandler {
    void handle(HttpExchange exchange, Map<String, Object> message, int attempt) throws IOException;
  }

  /** A stateless server with one tool, {@code work}, whose calls go to {@code calls}. */
  private static FakeServer modern(CallHandler calls) throws IOException {
    AtomicInteger attempts = new AtomicInteger();
    return FakeServer.start(
        (x, s) -> {
          Map<String, Object> m = s.json();
          switch ((String) m.get("method")) {
            case "server/discover" -> FakeServer.json(x, 200, ModernEraTest.discover(m));
            case "tools/list" ->
                FakeServer.json(
                    x,
                    200,
                    FakeServer.response(
                        m.get("id"), Map.of("tools", List.of(StreamableHttpTest.tool("work")))));
            default -> calls.handle(x, m, attempts.incrementAndGet());
          }
        });
  }

  private static McpClient client(FakeServer server, List<Progress> progress, Duration timeout) {
    return McpClient.builder(server.uri())
        .protocol(ProtocolMode.pin(ProtocolVersion.V2026_07_28))
        .onProgress(progress::add)
        .requestTimeout(timeout)
        .build();
  }

  private static String progressEvent(Map<String, Object> message, int progress) {
    Object token = ((Map<?, ?>) params(message).get("_meta")).get("progressToken");
    return "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":"
        + "{\"progressToken\":\""
        + token
        + "\",\"progress\":"
        + progress
        + "}}\n\n";
  }

  private static String responseEvent(Map<String, Object> message) {
    return "data: "
        + FakeServer.response(
            message.get("id"), Map.of("content", List.of(Map.of("type", "text", "text", "done"))))
        + "\n\n";
  }

  /** Sends the head of an event stream, then drops every connection by stopping the server. */
  private static void breakMidStream(HttpExchange x, String events) throws IOException {
    FakeServer.sse(x, events);
    x.getHttpContext().getServer().stop(0);
  }

  private static Map<?, ?> params(Map<String, Object> message) {
    return (Map<?, ?>) message.get("params");
  }

  @Test
  void reissuesACallWhoseStreamEndedWithANewIdAndKeepsProgress() throws IOException {
    List<Progress> progress = new CopyOnWriteArrayList<>();
    try (FakeServer server =
            modern(
                (x, m, attempt) -> {
                  if (attempt == 1) {
                    // event ids must not lead to a Last-Event-ID GET in this era
                    FakeServer.sse(x, "id: e1\n" + progressEvent(m, 10)).close();
                  } else {
                    FakeServer.sse(x, progressEvent(m, 20) + responseEvent(m)).close();
                  }
                });
        McpClient client = client(server, progress, Duration.ofSeconds(10))) {
      assertThat(client.callTool("work", Map.of("n", 1)).content()).hasSize(1);

      List<FakeServer.Seen> calls = server.calls("tools/call");
      assertThat(calls).hasSize(2);
      Map<String, Object> first = calls.get(0).json();
      Map<String, Object> second = calls.get(1).json();
      assertThat(second.get("id")).isNotNull().isNotEqualTo(first.get("id"));
      assertThat(params(second)).isEqualTo(params(first));
      assertThat(calls.get(1).header("Mcp-Method")).isEqualTo("tools/call");
      assertThat(calls.get(1).header("Mcp-Name")).isEqualTo("work");
      assertThat(server.seen).noneMatch(s -> s.method().equals("GET"));
      assertThat(progress).extracting(Progress::progress).containsExactly(10.0, 20.0);
      assertThat(progress.get(1).progressToken()).isEqualTo(progress.get(0).progressToken());
    }
  }

  @Test
  void failsWithOneLineWhenTheReissuedStreamBreaksToo() throws IOException {
    try (FakeServer server =
            modern(
                (x, m, attempt) -> {
                  if (attempt == 1) {
                    FakeServer.sse(x, progressEvent(m, 10)).close();
                  } else {
                    breakMidStream(x, progressEvent(m, 20));
                  }
                });
        McpClient client = client(server, new CopyOnWriteArrayList<>(), Duration.ofSeconds(10))) {
      McpTransportException e =
          catchThrowableOfType(
              McpTransportException.class, () -> client.callTool("work", Map.of()));
      assertThat(e.getMessage())
          .startsWith("event stream from " + server.uri() + " broke before the response")
          .endsWith("; the request was re-issued once with a new id and lost again")
          .doesNotContain("\n");
      assertThat(server.calls("tools/call")).hasSize(2);
    }
  }

  @Test
  void aTimeoutIsNotReissued() throws IOException {
    try (FakeServer server =
            modern(
                (x, m, attempt) -> {
                  OutputStream out = FakeServer.sse(x, progressEvent(m, 10));
                  StreamableHttpTest.sleepMillis(3000);
                  out.close();
                });
        McpClient client = client(server, new CopyOnWriteArrayList<>(), Duration.ofMillis(800))) {
      client.listTools();
      McpTransportException e =
          catchThrowableOfType(
              McpTransportException.class, () -> client.callTool("work", Map.of()));
      assertThat(e.getMessage()).contains("within").doesNotContain("re-issu");
      assertThat(server.calls("tools/call")).hasSize(1);
    }
  }

  @Test
  void anHttpErrorIsNotReissued() throws IOException {
    try (FakeServer server =
            modern((x, m, attempt) -> FakeServer.send(x, 503, "text/plain", "maintenance"));
        McpClient client = client(server, new CopyOnWriteArrayList<>(), Duration.ofSeconds(10))) {
      McpTransportException e =
          catchThrowableOfType(
              McpTransportException.class, () -> client.callTool("work", Map.of()));
      assertThat(e.status()).isEqualTo(503);
      assertThat(server.calls("tools/call")).hasSize(1);
    }
  }

  @Test
  void aLegacyStreamWithoutEventIdsIsNotReissued() throws IOException {
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  Map<String, Object> m = s.json();
                  if ("initialize".equals(m.get("method"))) {
                    FakeServer.json(
                        x,
                        200,
                        FakeServer.response(
                            m.get("id"), FakeServer.initializeResult("2025-11-25")));
                  } else if (!m.containsKey("id")) {
                    FakeServer.send(x, 202, null, "");
                  } else {
                    FakeServer.sse(x, "data: \n\n").close();
                  }
                });
        McpClient client =
            McpClient.builder(server.uri())
                .transport(McpClient.Transport.STREAMABLE_HTTP)
                .requestTimeout(Duration.ofSeconds(10))
                .build()) {
      McpTransportException e =
          catchThrowableOfType(McpTransportException.class, client::listTools);
      assertThat(e.getMessage()).contains("ended before the response").doesNotContain("re-issu");
      assertThat(server.calls("tools/list")).hasSize(1);
    }
  }
}
