package io.cakewalk.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.Implementation;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
}
