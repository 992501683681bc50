package io.cakewalk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpValidationException;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedServerTest {

  @Test
  void aClientListsAndCallsTheTypedTool() {
    try (McpServer server = EmbeddedServer.server();
        RunningServer running = McpServer.serve(server, 0);
        McpClient client = McpClient.builder(running.uri()).build()) {
      client.connect();
      List<Tool> tools = client.listTools();
      assertThat(tools).extracting(Tool::name).containsExactly("add");
      assertThat(tools.get(0).description()).isEqualTo("Adds two integers");

      CallToolResult sum = client.callTool("add", Map.of("a", 40, "b", 2));
      assertThat(sum.failed()).isFalse();
      assertThat(sum.content()).containsExactly(new Content.Text("42"));

      assertThatThrownBy(() -> client.callTool("add", Map.of("a", "forty")))
          .isInstanceOf(McpValidationException.class)
          .hasMessageContaining("b");
    }
  }
}
