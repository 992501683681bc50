package io.cakewalk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official MCP Java SDK client (a real, independent client) against our server. */
class JavaSdkClientIT {

  private static McpServer server;
  private static RunningServer running;

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

  private static McpClient.SyncSpec client() {
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder("http://localhost:" + running.port())
            .endpoint("/mcp")
            .build();
    return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30));
  }

  @Test
  void listsAndCallsTools() {
    try (McpSyncClient client = client().build()) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.serverInfo().name()).isEqualTo("cakewalk-conformance-server");
      assertThat(init.protocolVersion()).isIn("2025-11-25", "2025-06-18", "2025-03-26");

      List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
      assertThat(names)
          .contains("test_simple_text", "test_error_handling", "json_schema_2020_12_tool");

      McpSchema.CallToolResult text =
          client.callTool(
              McpSchema.CallToolRequest.builder("test_simple_text").arguments(Map.of()).build());
      assertThat(((McpSchema.TextContent) text.content().get(0)).text())
          .isEqualTo("This is a simple text response for testing.");

      McpSchema.CallToolResult error =
          client.callTool(
              McpSchema.CallToolRequest.builder("test_error_handling").arguments(Map.of()).build());
      assertThat(error.isError()).isTrue();
    }
  }

  @Test
  void receivesProgressOverSseAndAnswersElicitation() {
    List<Object> progress = new CopyOnWriteArrayList<>();
    try (McpSyncClient client =
        client()
            .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
            .progressConsumer(p -> progress.add(p.progress()))
            .elicitation(
                request ->
                    new McpSchema.ElicitResult(
                        McpSchema.ElicitResult.Action.ACCEPT, Map.of("response", "from-sdk")))
            .build()) {
      client.initialize();
      McpSchema.CallToolResult withProgress =
          client.callTool(
              McpSchema.CallToolRequest.builder("test_tool_with_progress")
                  .arguments(Map.of())
                  .progressToken("sdk-progress")
                  .build());
      assertThat(((McpSchema.TextContent) withProgress.content().get(0)).text())
          .isEqualTo("sdk-progress");
      assertThat(progress).hasSize(3);

      McpSchema.CallToolResult elicited =
          client.callTool(
              McpSchema.CallToolRequest.builder("test_elicitation")
                  .arguments(Map.of("message", "Your name?"))
                  .build());
      assertThat(((McpSchema.TextContent) elicited.content().get(0)).text())
          .contains("action=accept", "from-sdk");
    }
  }
}
