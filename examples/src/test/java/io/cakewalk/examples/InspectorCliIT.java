package io.cakewalk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import io.cakewalk.mcp.testing.NodePeer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MCP Inspector v2's CLI (a real, independent client) lists and calls tools on our server. */
class InspectorCliIT {

  private static McpServer server;
  private static RunningServer running;

  @TempDir static Path home;

  record Run(int exit, String stdout) {}

  @BeforeAll
  static void start() {
    server = ConformanceServer.create();
    running = McpServer.serve(server, 0);
  }

  @AfterAll
  static void stop() {
    running.close();
    server.close();
  }

  private static Run inspector(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(NodePeer.node().toString());
    command.add(
        NodePeer.module(
            "inspector", "@modelcontextprotocol/inspector/clients/launcher/build/index.js"));
    command.add("--cli");
    command.add("http://127.0.0.1:" + running.port() + "/mcp");
    command.addAll(List.of(args));
    command.addAll(List.of("--format", "json"));
    ProcessBuilder builder = NodePeer.processBuilder(command, Map.of("HOME", home.toString()));
    builder.environment().remove("NODE_OPTIONS");
    Path out = Files.createTempFile(home, "inspector", ".out");
    builder.redirectOutput(out.toFile()).redirectError(NodePeer.logFile("inspector-cli").toFile());
    Process process = builder.start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("inspector finished").isTrue();
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void listsTools() throws Exception {
    Run run = inspector("--method", "tools/list");
    assertThat(run.exit()).as(run.stdout()).isZero();
    assertThat(run.stdout()).contains("\"test_simple_text\"", "\"json_schema_2020_12_tool\"");
  }

  @Test
  void callsToolsInBothEras() throws Exception {
    for (String era : List.of("legacy", "modern", "auto")) {
      Run run =
          inspector(
              "--protocol-era", era, "--method", "tools/call", "--tool-name", "test_simple_text");
      assertThat(run.exit()).as(era + ": " + run.stdout()).isZero();
      assertThat(run.stdout()).contains("This is a simple text response for testing.");
    }
  }

  @Test
  void reportsToolErrorsWithExitCode5() throws Exception {
    Run run = inspector("--method", "tools/call", "--tool-name", "test_error_handling");
    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.stdout()).contains("\"isError\":true");
  }

  @Test
  void passesArgumentsThrough() throws Exception {
    Run run =
        inspector(
            "--method",
            "tools/call",
            "--tool-name",
            "json_schema_2020_12_tool",
            "--tool-args-json",
            "{\"name\":\"Ada\",\"email\":\"ada@example.org\"}");
    assertThat(run.exit()).as(run.stdout()).isZero();
    assertThat(run.stdout()).contains("Ada");
  }
}
