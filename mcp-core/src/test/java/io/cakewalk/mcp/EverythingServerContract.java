package io.cakewalk.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What our client must manage against {@code @modelcontextprotocol/server-everything}, whatever the
 * transport; subclasses start the peer and build the client.
 */
abstract class EverythingServerContract {

  /** A fresh, unconnected client for the running peer. */
  abstract McpClient newClient();

  abstract McpClient.Transport expectedTransport();

  @Test
  void connectsWithTheLegacyHandshake() {
    try (McpClient client = newClient()) {
      ServerSummary info = client.connect();
      assertThat(info.era()).isEqualTo(ServerSummary.Era.LEGACY);
      assertThat(info.transport()).isEqualTo(expectedTransport());
      assertThat(info.serverInfo()).isNotNull();
      assertThat(info.capabilities().tools()).isNotNull();
    }
  }

  @Test
  void listsToolsWithTheirSchemas() {
    try (McpClient client = newClient()) {
      List<Tool> tools = client.listTools();
      assertThat(tools)
          .extracting(Tool::name)
          .contains("echo", "get-sum", "get-structured-content");
      Tool structured =
          tools.stream().filter(t -> t.name().equals("get-structured-content")).findFirst().get();
      assertThat(structured.outputSchema()).containsKey("properties");
    }
  }

  @Test
  void callsEchoAndGetSum() {
    try (McpClient client = newClient()) {
      CallToolResult echo = client.callTool("echo", Map.of("message", "hello cakewalk"));
      assertThat(text(echo)).contains("hello cakewalk");
      CallToolResult sum = client.callTool("get-sum", Map.of("a", 2, "b", 3));
      assertThat(sum.failed()).isFalse();
      assertThat(text(sum)).contains("5");
    }
  }

  @Test
  void validatesStructuredContentAgainstTheOutputSchema() {
    try (McpClient client = newClient()) {
      CallToolResult r = client.callTool("get-structured-content", Map.of("location", "Chicago"));
      assertThat(r.structuredContent()).isInstanceOf(Map.class);
      assertThat(((Map<?, ?>) r.structuredContent()).get("temperature")).isEqualTo(36);
    }
  }

  @Test
  void rejectsInvalidArgumentsBeforeSending() {
    try (McpClient client = newClient()) {
      assertThatThrownBy(() -> client.callTool("get-sum", Map.of("a", "two")))
          .isInstanceOf(McpValidationException.class)
          .satisfies(
              e ->
                  assertThat(((McpValidationException) e).problems())
                      .anyMatch(p -> p.contains("a")));
    }
  }

  @Test
  void reportsAnUnknownToolAsAnErrorResultOrAProtocolError() {
    try (McpClient client = newClient()) {
      try {
        CallToolResult r = client.callTool("no-such-tool", Map.of());
        assertThat(r.failed()).isTrue();
        assertThat(text(r)).contains("no-such-tool");
      } catch (McpProtocolException e) {
        assertThat(e.error().code()).isEqualTo(-32602);
      }
    }
  }

  static String text(CallToolResult result) {
    StringBuilder out = new StringBuilder();
    for (Content c : result.content()) {
      if (c instanceof Content.Text t) {
        out.append(t.text());
      }
    }
    return out.toString();
  }
}
