package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.testing.NodePeer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against {@code @modelcontextprotocol/server-everything}: HTTP, legacy SSE and stdio. */
class EverythingIT {

  private static NodePeer http;
  private static NodePeer sse;
  private static int httpPort;
  private static int ssePort;

  @TempDir Path home;

  @BeforeAll
  static void start() throws Exception {
    httpPort = NodePeer.freePort();
    http = NodePeer.startEverything("cli-everything-http", "streamableHttp", httpPort);
    ssePort = NodePeer.freePort();
    sse = NodePeer.startEverything("cli-everything-sse", "sse", ssePort);
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
    if (sse != null) {
      sse.close();
    }
  }

  private CliRunner.Result run(String... args) {
    return new CliRunner(home, Map.of(), new McpClients("it")).run(args);
  }

  @Test
  void listsAndCallsOverStreamableHttp() {
    String url = "http://127.0.0.1:" + httpPort + "/mcp";
    CliRunner.Result list = run("tools", "list", url, "--json");
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(Json.listOfObjects(Json.object(list.out()).get("tools")))
        .extracting(t -> t.get("name"))
        .contains("echo", "get-sum");
    CliRunner.Result call = run("tools", "call", url, "get-sum", "-a", "a=2", "-a", "b=40");
    assertThat(call.code()).as(call.err()).isZero();
    assertThat(call.out()).contains("42");
  }

  @Test
  void pinningTheStatelessEraSaysTheServerDoesNotSpeakIt() {
    String url = "http://127.0.0.1:" + httpPort + "/mcp";
    CliRunner.Result r = run("tools", "list", url, "--protocol", "2026-07-28");
    assertThat(r.code()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains("does not speak MCP 2026-07-28", "use protocol auto or legacy");
  }

  @Test
  void fallsBackToLegacySse() {
    CliRunner.Result r =
        run("tools", "call", "http://127.0.0.1:" + ssePort + "/sse", "echo", "-a", "message=hi");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("hi");
  }

  @Test
  void launchesAStdioServer() {
    CliRunner.Result r =
        run(
            "tools",
            "call",
            "--transport",
            "stdio",
            "echo",
            "-a",
            "message=over stdio",
            "--",
            NodePeer.node().toString(),
            NodePeer.everythingEntry());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("over stdio");
  }

  @Test
  void rejectsArgumentsOutsideTheSchemaWithExit8() {
    CliRunner.Result r =
        run(
            "tools",
            "call",
            "http://127.0.0.1:" + httpPort + "/mcp",
            "get-structured-content",
            "-a",
            "location=Paris");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_ARGUMENTS);
    assertThat(r.err()).contains("location");
  }

  @Test
  void probeReportsAnOpenServerAsReady() {
    CliRunner.Result r = run("probe", "http://127.0.0.1:" + httpPort + "/mcp", "--json");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(Json.object(r.out())).containsEntry("auth", "none").containsEntry("ready", true);
  }
}
