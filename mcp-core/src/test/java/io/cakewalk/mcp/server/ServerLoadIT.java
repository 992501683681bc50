package io.cakewalk.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Holds 64 concurrent clients for a minute ({@code -Dload.seconds} to change): every call must
 * succeed, heap use must stay bounded, and sessions the clients abandon without {@code DELETE} must
 * be reclaimed by the sweeper.
 *
 * <p>The clients are raw sockets, one keep-alive connection per session: a shared JDK {@code
 * HttpClient} closes a pooled connection of its own now and then under this load ("connection
 * closed locally", on JDK 17 and 25 and against any server), which would fail the test for a client
 * fault.
 */
class ServerLoadIT {

  private static final int CLIENTS = 64;
  private static final int CALLS_PER_SESSION = 200;

  @Test
  void sixtyFourClientsForAMinuteWithoutFailuresOrLeaks() throws Exception {
    long seconds = Long.getLong("load.seconds", 60);
    McpServer server =
        McpServer.builder(new Implementation("load", "1.0.0"))
            .tool(
                Tool.builder(
                        "add",
                        Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of("a", Map.of("type", "integer"), "b", Map.of("type", "integer"))))
                    .build(),
                (args, ctx) ->
                    CallToolResult.text(
                        Long.toString(
                            ((Number) args.get("a")).longValue()
                                + ((Number) args.get("b")).longValue())))
            .build();
    McpHttpHandler handler =
        McpHttpHandler.builder(server)
            .maxSessions(2_000)
            .sessionTimeouts(Duration.ofSeconds(3), Duration.ofHours(1))
            .build();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong calls = new AtomicLong();
    AtomicInteger sessionsOpened = new AtomicInteger();
    AtomicInteger peakSessions = new AtomicInteger();
    List<String> failures = new CopyOnWriteArrayList<>();
    long baseline;
    long afterWarmup = 0;

    try (server;
        RunningServer running =
            McpServer.serve(handler, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      int port = running.port();
      baseline = usedHeapAfterGc(memory);
      Instant end = Instant.now().plusSeconds(seconds);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int client = i;
        Thread t =
            new Thread(
                () -> {
                  try {
                    while (Instant.now().isBefore(end)) {
                      // one keep-alive connection per session, abandoned without DELETE: the
                      // sweeper must reclaim the session
                      try (RawConnection connection = new RawConnection(port)) {
                        String session = initialize(connection);
                        sessionsOpened.incrementAndGet();
                        for (int n = 0; n < CALLS_PER_SESSION && Instant.now().isBefore(end); n++) {
                          String body = call(connection, session, client, n);
                          if (!body.contains("\"text\":\"" + (client + n) + "\"")) {
                            failures.add("wrong result: " + body);
                            return;
                          }
                          calls.incrementAndGet();
                        }
                      }
                    }
                  } catch (Exception e) {
                    failures.add(e.toString());
                  }
                },
                "load-client-" + i);
        threads.add(t);
        t.start();
      }
      Instant sampleAt = Instant.now().plusSeconds(Math.min(10, seconds / 2));
      while (Instant.now().isBefore(end)) {
        peakSessions.accumulateAndGet(handler.sessionCount(), Math::max);
        if (afterWarmup == 0 && Instant.now().isAfter(sampleAt)) {
          afterWarmup = usedHeapAfterGc(memory);
        }
        Thread.sleep(250);
      }
      for (Thread t : threads) {
        t.join(Duration.ofSeconds(60).toMillis());
      }
      long afterLoad = usedHeapAfterGc(memory);

      Instant deadline = Instant.now().plusSeconds(60);
      while (handler.sessionCount() > 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }

      assertThat(failures).as("failed calls").isEmpty();
      assertThat(calls.get()).as("calls made").isGreaterThan(seconds * 100);
      assertThat(sessionsOpened.get())
          .as("sessions opened (each abandoned after %d calls)", CALLS_PER_SESSION)
          .isGreaterThan(CLIENTS * 2);
      assertThat(peakSessions.get())
          .as("live sessions stay bounded although none was deleted")
          .isLessThan(sessionsOpened.get());
      assertThat(handler.sessionCount()).as("abandoned sessions reclaimed").isZero();
      assertThat(afterLoad - Math.max(baseline, afterWarmup))
          .as("heap growth over the run (bytes)")
          .isLessThan(64L * 1024 * 1024);
      System.out.printf(
          "load: %d calls in %ds (%.0f/s), %d sessions opened, peak %d live; heap %d -> %d -> %d KiB%n",
          calls.get(),
          seconds,
          calls.get() / (double) seconds,
          sessionsOpened.get(),
          peakSessions.get(),
          baseline / 1024,
          afterWarmup / 1024,
          afterLoad / 1024);
    }
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static String initialize(RawConnection connection) throws Exception {
    RawConnection.Reply init = connection.send(RawConnection.post(RawConnection.INIT)).read();
    if (init.status() != 200) {
      throw new IllegalStateException("initialize: HTTP " + init.status() + " " + init.body());
    }
    String session = init.header("Mcp-Session-Id");
    RawConnection.Reply ack =
        connection
            .send(
                RawConnection.post(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    "Mcp-Session-Id: " + session))
            .read();
    if (ack.status() != 202) {
      throw new IllegalStateException("initialized: HTTP " + ack.status());
    }
    return session;
  }

  private static String call(RawConnection connection, String session, int a, int b)
      throws Exception {
    RawConnection.Reply r =
        connection
            .send(
                RawConnection.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
                        + "\"arguments\":{\"a\":"
                        + a
                        + ",\"b\":"
                        + b
                        + "}}}",
                    "Mcp-Session-Id: " + session,
                    "MCP-Protocol-Version: 2025-11-25"))
            .read();
    if (r.status() != 200) {
      throw new IllegalStateException("tools/call: HTTP " + r.status() + " " + r.body());
    }
    return r.body();
  }
}
