package io.cakewalk.oauth.server;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@link Gateway}'s built-in tools ({@code echo}, {@code add}, {@code utc_time}), so a client
 * can try the gateway before any upstream is configured.
 */
final class DemoTools {

  private DemoTools() {}

  /** Adds the demo tools to {@code b} and their names to {@code names}. */
  static void addTo(McpServer.Builder b, List<String> names) {
    b.tool(
        Tool.builder(
                "echo",
                Map.of(
                    "type", "object",
                    "properties", Map.of("message", Map.of("type", "string")),
                    "required", List.of("message")))
            .description("Returns the message it receives.")
            .build(),
        (args, ctx) -> CallToolResult.text(String.valueOf(args.get("message"))));
    b.tool(
        Tool.builder(
                "add",
                Map.of(
                    "type", "object",
                    "properties",
                        Map.of("a", Map.of("type", "number"), "b", Map.of("type", "number")),
                    "required", List.of("a", "b")))
            .description("Adds two numbers.")
            .build(),
        (args, ctx) -> {
          double sum =
              ((Number) args.get("a")).doubleValue() + ((Number) args.get("b")).doubleValue();
          return CallToolResult.text(
              sum == Math.rint(sum) ? Long.toString((long) sum) : Double.toString(sum));
        });
    b.tool(
        Tool.builder("utc_time", Map.of("type", "object", "properties", Map.of()))
            .description("The gateway's current time in UTC (ISO 8601).")
            .build(),
        (args, ctx) -> CallToolResult.text(Instant.now().toString()));
    names.addAll(List.of("echo", "add", "utc_time"));
  }
}
