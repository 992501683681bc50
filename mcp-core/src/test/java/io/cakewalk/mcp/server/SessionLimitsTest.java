package io.cakewalk.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

  private static final String INIT =
      """
      {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
       "capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";

  @Test
  void abandonedSessionsAreSweptAndTheCapAnswers503() throws Exception {
    McpServer server = McpServer.builder(new Implementation("s", "1")).build();
    McpHttpHandler handler =
        McpHttpHandler.builder(server)
            .maxSessions(2)
            .sessionTimeouts(Duration.ofSeconds(2), Duration.ofHours(1))
            .build();
    try (server;
        RunningServer running =
            McpServer.serve(handler, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      URI uri = running.uri();
      String first = Wire.post(uri, INIT).header("mcp-session-id");
      assertThat(Wire.post(uri, INIT).status()).isEqualTo(200);
      Wire.Reply full = Wire.post(uri, INIT);
      assertThat(full.status()).isEqualTo(503);
      assertThat(full.header("retry-after")).isEqualTo("5");

      Instant deadline = Instant.now().plusSeconds(30);
      while (handler.sessionCount() > 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }
      assertThat(handler.sessionCount()).isZero();
      assertThat(
              Wire.post(
                      uri,
                      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}",
                      "Mcp-Session-Id",
                      first)
                  .status())
          .isEqualTo(404);
      assertThat(Wire.post(uri, INIT).status()).isEqualTo(200);
    }
  }

  @Test
  void aCallRefusedAsBusyDoesNotKeepItsSessionAlive() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    McpServer server =
        McpServer.builder(new Implementation("s", "1"))
            .concurrency(1, 1)
            .tool(
                Tool.builder("hold", Map.of("type", "object")).build(),
                (args, ctx) -> {
                  started.countDown();
                  release.await();
                  return CallToolResult.text("released");
                })
            .build();
    McpHttpHandler handler =
        McpHttpHandler.builder(server)
            .sessionTimeouts(Duration.ofSeconds(1), Duration.ofHours(1))
            .build();
    // A JDK server hands every call to the McpServer's pool: one running, one queued, one refused.
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    http.setExecutor(threads);
    http.createContext("/mcp", handler);
    http.start();
    try (server;
        handler) {
      URI uri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/mcp");
      String session = Wire.post(uri, INIT).header("mcp-session-id");
      String[] headers = {"Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18"};
      Wire.post(uri, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", headers);
      List<CompletableFuture<Wire.Reply>> calls = new ArrayList<>();
      for (int id = 10; id < 13; id++) {
        String call =
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\"hold\",\"arguments\":{}}}";
        calls.add(CompletableFuture.supplyAsync(() -> post(uri, call, headers), threads));
        if (id == 10) {
          started.await();
        }
      }
      CompletableFuture.anyOf(calls.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
      release.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (CompletableFuture<Wire.Reply> c : calls) {
        statuses.add(c.get(20, TimeUnit.SECONDS).status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 200, 503);

      Instant deadline = Instant.now().plusSeconds(30);
      while (handler.sessionCount() > 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }
      assertThat(handler.sessionCount()).as("the idle session was reclaimed").isZero();
    } finally {
      http.stop(0);
      threads.shutdownNow();
    }
  }

  private static Wire.Reply post(URI uri, String body, String... headers) {
    try {
      return Wire.post(uri, body, headers);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
