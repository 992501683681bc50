package io.cakewalk.mcp.server;

import static io.cakewalk.mcp.server.RawConnection.INIT;
import static io.cakewalk.mcp.server.RawConnection.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The standalone runner's streaming, timeouts and limits, on raw sockets. */
class Http1ServerLimitsTest {

  private static final int BIG = 16 * 1024 * 1024;

  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch bigStarted = new CountDownLatch(1);
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private McpServer server;
  private RunningServer http;

  private int start(int concurrency, Http1Server.Limits limits) throws Exception {
    server =
        McpServer.builder(new Implementation("http1-limits", "1.0.0"))
            .concurrency(concurrency, 16)
            .tool(
                Tool.builder("gate", Map.of("type", "object")).build(),
                (args, ctx) -> {
                  peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                  try {
                    ctx.progress(1, 2.0, "halfway");
                    release.await(20, TimeUnit.SECONDS);
                    return CallToolResult.text("through");
                  } finally {
                    running.decrementAndGet();
                  }
                })
            .tool(
                Tool.builder("big", Map.of("type", "object")).build(),
                (args, ctx) -> {
                  bigStarted.countDown();
                  return CallToolResult.text("b".repeat(BIG));
                })
            .build();
    http =
        RunningServer.start(
            McpHttpHandler.builder(server).build(),
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            limits);
    return http.port();
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (http != null) {
      http.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String session(RawConnection c) throws Exception {
    String id = c.send(post(INIT)).read().header("Mcp-Session-Id");
    assertThat(id).isNotNull();
    return id;
  }

  private static String gate(String session, int id) {
    return post(
        "{\"jsonrpc\":\"2.0\",\"id\":"
            + id
            + ",\"method\":\"tools/call\",\"params\":{\"name\":\"gate\",\"_meta\":{\"progressToken\":\"p\"}}}",
        "Mcp-Session-Id: " + session);
  }

  @Test
  void sseEventsArriveOneChunkAtATimeBeforeTheResponseEnds() throws Exception {
    int port = start(4, Http1Server.Limits.DEFAULT);
    try (RawConnection c = new RawConnection(port)) {
      String session = session(c);
      RawConnection.Reply head = c.send(gate(session, 7)).head();
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.header("Content-Type")).isEqualTo("text/event-stream");
      assertThat(head.header("Transfer-Encoding")).isEqualTo("chunked");
      assertThat(head.header("Content-Length")).isNull();
      assertThat(c.nextChunk()).startsWith("id: ").contains("retry: 1000");
      // The tool is still blocked, yet its progress event has arrived as a chunk of its own.
      assertThat(c.nextChunk()).contains("notifications/progress").contains("halfway");
      assertThat(release.getCount()).isEqualTo(1);
      release.countDown();
      assertThat(c.nextChunk()).contains("\"id\":7,\"result\"").contains("through");
      assertThat(c.nextChunk()).isNull();
      // The connection carries on after the stream's last chunk.
      assertThat(c.send(post(INIT)).read().status()).isEqualTo(200);
    }
  }

  @Test
  void http10ClientsGetStreamsWithoutChunkingEndedByClose() throws Exception {
    int port = start(4, Http1Server.Limits.DEFAULT);
    String session;
    try (RawConnection c = new RawConnection(port)) {
      session = session(c);
    }
    release.countDown();
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply r =
          c.send(gate(session, 8).replace(" HTTP/1.1\r\n", " HTTP/1.0\r\n")).read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Transfer-Encoding")).isNull();
      assertThat(r.header("Connection")).isEqualTo("close");
      assertThat(r.body()).contains("notifications/progress").contains("\"id\":8,\"result\"");
    }
  }

  @Test
  void idleConnectionsAreClosedAfterTheTimeout() throws Exception {
    int port = start(4, new Http1Server.Limits(8, Duration.ofMillis(200), Duration.ofSeconds(10)));
    try (RawConnection c = new RawConnection(port)) {
      assertThat(c.send(post(INIT)).read().status()).isEqualTo(200);
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void slowRequestHeadsGet408() throws Exception {
    int port = start(4, new Http1Server.Limits(8, Duration.ofSeconds(30), Duration.ofMillis(200)));
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply r = c.send("POST /mcp HTTP/1.1\r\nHost: loc").read();
      assertThat(r.status()).isEqualTo(408);
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void connectionsBeyondTheLimitGet503() throws Exception {
    int port = start(4, new Http1Server.Limits(2, Duration.ofSeconds(30), Duration.ofSeconds(10)));
    try (RawConnection a = new RawConnection(port);
        RawConnection b = new RawConnection(port);
        RawConnection c = new RawConnection(port)) {
      assertThat(a.send(post(INIT)).read().status()).isEqualTo(200);
      assertThat(b.send(post(INIT)).read().status()).isEqualTo(200);
      RawConnection.Reply refused = c.send(post(INIT)).read();
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Connection")).isEqualTo("close");
      assertThat(c.closedByServer()).isTrue();
      assertThat(a.send(post(INIT)).read().status()).isEqualTo(200);
    }
  }

  @Test
  void handlersRunInlineNoMoreThanTheServerConcurrencyWhileOtherRequestsGoOn() throws Exception {
    int port = start(2, Http1Server.Limits.DEFAULT);
    List<RawConnection> callers = new ArrayList<>();
    try (RawConnection other = new RawConnection(port)) {
      for (int i = 0; i < 4; i++) {
        RawConnection c = new RawConnection(port);
        callers.add(c);
        c.send(gate(session(c), 1));
      }
      // Requests that run no handler are served while every handler permit is taken.
      for (int i = 0; i < 3; i++) {
        assertThat(other.send(post(INIT)).read().status()).isEqualTo(200);
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (running.get() < 2 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertThat(running.get()).isEqualTo(2);
      release.countDown();
      for (RawConnection c : callers) {
        assertThat(c.read().body()).contains("through");
      }
      assertThat(peak.get()).isEqualTo(2);
    } finally {
      for (RawConnection c : callers) {
        c.close();
      }
    }
  }

  @Test
  void aPeerThatReadsNothingLosesItsConnectionInsteadOfBlockingTheServer() throws Exception {
    int port = start(1, new Http1Server.Limits(8, Duration.ofMillis(300), Duration.ofSeconds(10)));
    String call =
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"big\"}}";
    try (RawConnection stalled = new RawConnection(port, 4096);
        RawConnection reader = new RawConnection(port)) {
      // The only handler permit is taken by a response the first peer never reads.
      stalled.send(post(call, "Mcp-Session-Id: " + session(stalled)));
      assertThat(bigStarted.await(20, TimeUnit.SECONDS)).isTrue();
      RawConnection.Reply r = reader.send(post(call, "Mcp-Session-Id: " + session(reader))).read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).contains("\"id\":3,\"result\"").hasSizeGreaterThan(BIG);
      assertThat(stalled.readToEnd()).as("bytes before the close").isLessThan(BIG);
    }
  }

  @Test
  void closeEndsOpenConnections() throws Exception {
    int port = start(4, Http1Server.Limits.DEFAULT);
    try (RawConnection c = new RawConnection(port)) {
      assertThat(c.send(post(INIT)).read().status()).isEqualTo(200);
      RunningServer closing = http;
      http = null;
      closing.close();
      assertThat(c.closedByServer()).isTrue();
    }
  }
}
