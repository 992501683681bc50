package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpTransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Misbehaving servers get one-line transport errors, never hangs or stack traces. */
class BadServerTest {

  private static McpTransportException connectFails(FakeServer server, Duration timeout) {
    try (McpClient client =
        McpClient.builder(server.uri())
            .transport(McpClient.Transport.STREAMABLE_HTTP)
            .requestTimeout(timeout)
            .build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e).as("connect must fail").isNotNull();
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
      return e;
    }
  }

  @Test
  void invalidJson() throws IOException {
    try (FakeServer server = FakeServer.start((x, s) -> FakeServer.json(x, 200, "{\"jsonrpc\":"))) {
      assertThat(connectFails(server, Duration.ofSeconds(10)).getMessage())
          .contains("not a JSON-RPC message");
    }
  }

  @Test
  void wrongContentType() throws IOException {
    try (FakeServer server =
        FakeServer.start((x, s) -> FakeServer.send(x, 200, "text/plain", "hello"))) {
      assertThat(connectFails(server, Duration.ofSeconds(10)).getMessage())
          .contains("content type 'text/plain'");
    }
  }

  @Test
  void htmlErrorPage() throws IOException {
    String page =
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
            + "<body><h1>Bad Gateway</h1>\n<p>upstream died</p></body></html>";
    try (FakeServer server =
        FakeServer.start((x, s) -> FakeServer.send(x, 502, "text/html", page))) {
      McpTransportException e = connectFails(server, Duration.ofSeconds(10));
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.getMessage())
          .contains("HTTP 502")
          .contains("502 Bad Gateway")
          .contains("try again");
    }
  }

  @Test
  void truncatedEventStream() throws IOException {
    try (FakeServer server =
        FakeServer.start(
            (x, s) -> {
              OutputStream out = FakeServer.sse(x, "event: message\ndata: {\"jsonrpc\":\"2.0\",");
              out.close();
            })) {
      assertThat(connectFails(server, Duration.ofSeconds(10)).getMessage())
          .contains("ended before the response");
    }
  }

  @Test
  void hugeBodyIsCutAtTheLimit() throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) ' ');
    try (FakeServer server =
        FakeServer.start(
            (x, s) -> {
              x.getResponseHeaders().set("Content-Type", "application/json");
              x.sendResponseHeaders(200, 0);
              try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 512; i++) { // 512 MiB if nobody stopped reading
                  out.write(chunk);
                }
              }
            })) {
      assertThat(connectFails(server, Duration.ofSeconds(60)).getMessage())
          .contains("exceeds the 16 MiB limit");
    }
  }

  @Test
  void hugeEventIsCutAtTheConfiguredLimit() throws IOException {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  try (OutputStream out = FakeServer.sse(x, "data: ")) {
                    for (int i = 0; i < 4096; i++) {
                      out.write(chunk);
                    }
                  }
                });
        McpClient client =
            McpClient.builder(server.uri())
                .transport(McpClient.Transport.STREAMABLE_HTTP)
                .maxResponseBytes(1024 * 1024)
                .build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.getMessage()).contains("exceeds the 1 MiB limit");
    }
  }

  @Test
  void serverThatNeverAnswers() throws IOException {
    try (FakeServer server = FakeServer.start((x, s) -> sleep())) {
      assertThat(connectFails(server, Duration.ofMillis(500)).getMessage())
          .contains("no answer from")
          .contains("within 0.5s");
    }
  }

  @Test
  void serverThatStallsAfterTheHeaders() throws IOException {
    try (FakeServer server =
        FakeServer.start(
            (x, s) -> {
              FakeServer.sse(x, ": waiting\n\n");
              sleep();
            })) {
      assertThat(connectFails(server, Duration.ofMillis(500)).getMessage())
          .contains("no answer from");
    }
  }

  @Test
  void connectionRefused() throws IOException {
    java.net.URI uri;
    try (FakeServer server = FakeServer.start((x, s) -> {})) {
      uri = server.uri();
    }
    try (McpClient client = McpClient.builder(uri).build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.getMessage()).contains("cannot connect to").contains("is the server running");
    }
  }

  @Test
  void unresolvableHostSaysTheNameDidNotResolve() {
    // .invalid never resolves (RFC 2606), with or without a network.
    try (McpClient client =
        McpClient.builder(java.net.URI.create("https://nosuch.invalid/mcp")).build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.getMessage())
          .contains("cannot resolve the host name nosuch.invalid")
          .doesNotContain("refused")
          .doesNotContain("\n");
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
