package io.cakewalk.cli;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our own MCP server on a loopback port with three tools: echo, get-sum and fail. */
public final class TestMcpServer implements AutoCloseable {

  private final McpServer server;
  private final RunningServer running;

  public TestMcpServer() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("a", Map.of("type", "number"));
    properties.put("b", Map.of("type", "number"));
    Map<String, Object> numbers =
        Map.of("type", "object", "properties", properties, "required", List.of("a", "b"));
    server =
        McpServer.builder(new Implementation("e2e", "1.2.3"))
            .tool(
                Tool.builder(
                        "echo",
                        Map.of(
                            "type", "object",
                            "properties", Map.of("message", Map.of("type", "string")),
                            "required", List.of("message")))
                    .description("Echoes the message")
                    .build(),
                (args, ctx) -> CallToolResult.text("echo: " + args.get("message")))
            .tool(
                Tool.builder("get-sum", numbers).description("Adds a and b").build(),
                (args, ctx) ->
                    CallToolResult.text(
                        String.valueOf(
                            ((Number) args.get("a")).doubleValue()
                                + ((Number) args.get("b")).doubleValue())))
            .tool(
                Tool.builder("fail", Map.of("type", "object")).build(),
                (args, ctx) -> CallToolResult.error("it failed on purpose"))
            .build();
    running = McpServer.serve(server, 0);
  }

  public String url() {
    return running.uri().toString();
  }

  @Override
  public void close() {
    running.close();
    server.close();
  }
}
