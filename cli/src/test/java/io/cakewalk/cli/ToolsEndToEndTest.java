package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.internal.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against our own MCP server over loopback HTTP, through the real client. */
class ToolsEndToEndTest {

  private static TestMcpServer server;
  private static String url;

  @TempDir Path home;

  @BeforeAll
  static void start() {
    server = new TestMcpServer();
    url = server.url();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private CliRunner.Result run(String... args) {
    return new CliRunner(home, Map.of(), new McpClients("test")).run(args);
  }

  @Test
  void listsTools() {
    CliRunner.Result r = run("tools", "list", url);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("echo", "message*", "get-sum", "a*, b*", "fail", "3 tools");
  }

  @Test
  void listsToolsAsJson() {
    CliRunner.Result r = run("tools", "list", url, "--json", "--transport", "http");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Json.listOfObjects(Json.object(r.out()).get("tools")))
        .extracting(t -> t.get("name"))
        .containsExactlyInAnyOrder("echo", "get-sum", "fail");
  }

  @Test
  void callsWithTypedArguments() {
    CliRunner.Result r = run("tools", "call", url, "get-sum", "--arg", "a=2", "--arg", "b=40");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo("42.0");
  }

  @Test
  void callsWithJsonArgumentsAndAutoProtocol() {
    CliRunner.Result r =
        run(
            "tools",
            "call",
            url,
            "echo",
            "--args-json",
            "{\"message\":\"hi\"}",
            "--protocol",
            "auto");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("echo: hi");
  }

  @Test
  void toolErrorExits5() {
    CliRunner.Result r = run("tools", "call", url, "fail");
    assertThat(r.code()).isEqualTo(ExitCodes.TOOL_ERROR);
    assertThat(r.out()).contains("it failed on purpose");
  }

  @Test
  void argumentsFailingTheSchemaExit8() {
    CliRunner.Result r = run("tools", "call", url, "get-sum", "--arg", "a=2");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_ARGUMENTS);
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void shellRunsAgainstTheServer() {
    CliRunner.Result r =
        new CliRunner(home, Map.of(), new McpClients("test"), "echo message='a b'\nexit\n")
            .run("shell", url);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("echo: a b");
  }

  @Test
  void unreachableServerExits4InOneLine() {
    CliRunner.Result r = run("tools", "list", "http://127.0.0.1:9/mcp", "--timeout", "5s");
    assertThat(r.code()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("cakewalk: ");
  }

  @Test
  void unresolvableHostSaysSoInOneLine() {
    CliRunner.Result r = run("tools", "list", "https://nosuch.invalid/mcp", "--timeout", "5s");
    assertThat(r.code()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("cannot resolve the host name nosuch.invalid");
  }

  @Test
  void pinnedStatelessEraAgainstALegacyServerSuggestsAnotherProtocol() {
    // What a session-era server such as server-everything answers a request before initialize.
    try (LoopbackServer legacy =
        new LoopbackServer()
            .on(
                "/mcp",
                LoopbackServer.Reply.json(
                    400,
                    """
                    {"jsonrpc":"2.0","id":null,
                     "error":{"code":-32000,"message":"Bad Request: Server not initialized"}}
                    """))) {
      CliRunner.Result r =
          run("tools", "list", legacy.url("/mcp").toString(), "--protocol", "2026-07-28");
      assertThat(r.code()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(r.errLines()).hasSize(1);
      assertThat(r.err())
          .contains("does not speak MCP 2026-07-28")
          .contains("Server not initialized")
          .contains("use protocol auto or legacy");
    }
  }
}
