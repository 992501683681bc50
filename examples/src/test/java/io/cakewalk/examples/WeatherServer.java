package io.cakewalk.examples;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import java.util.List;
import java.util.Map;

/** A real MCP server on 127.0.0.1 with a dotted tool name and a draft-07 {@code $schema}. */
final class WeatherServer implements AutoCloseable {

  private final McpServer server;
  private final RunningServer running;

  WeatherServer() {
    server =
        McpServer.builder(new Implementation("weather", "1.0.0"))
            .tool(
                Tool.builder(
                        "weather.get",
                        Map.of(
                            "$schema",
                            "http://json-schema.org/draft-07/schema#",
                            "type",
                            "object",
                            "properties",
                            Map.of("city", Map.of("type", "string")),
                            "required",
                            List.of("city")))
                    .description("Current weather")
                    .build(),
                (args, ctx) -> CallToolResult.text("18C in " + args.get("city")))
            .tool(
                Tool.builder("ping", Map.of("type", "object")).build(),
                (args, ctx) -> CallToolResult.text("pong"))
            .build();
    running = McpServer.serve(server, 0);
  }

  /** The MCP endpoint. */
  String url() {
    return "http://127.0.0.1:" + running.port() + "/mcp";
  }

  @Override
  public void close() {
    running.close();
    server.close();
  }
}
