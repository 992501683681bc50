package io.cakewalk.examples;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.ResourceContents;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.InputRequest;
import io.cakewalk.mcp.server.LogLevel;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RequestContext;
import io.cakewalk.mcp.server.ToolHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The conformance fixture's tools for both eras (content types, logging, progress, input). */
final class ConformanceTools {

  /** A 1x1 red PNG. */
  static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

  /** A minimal WAV file. */
  static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

  static final Map<String, Object> NO_ARGS = Map.of("type", "object", "properties", Map.of());

  private ConformanceTools() {}

  static Tool tool(String name, String description) {
    return tool(name, description, NO_ARGS);
  }

  static Tool tool(String name, String description, Map<String, Object> schema) {
    return Tool.builder(name, schema).description(description).build();
  }

  static Map<String, Object> stringArg(String name, String description) {
    return Map.of(
        "type",
        "object",
        "properties",
        Map.of(name, Map.of("type", "string", "description", description)),
        "required",
        List.of(name));
  }

  static CallToolResult result(Content... blocks) {
    return new CallToolResult(List.of(blocks), null, null, null);
  }

  static void register(McpServer.Builder b) {
    b.tool(
        tool("test_simple_text", "Tests simple text content response"),
        (args, ctx) -> CallToolResult.text("This is a simple text response for testing."));
    b.tool(
        tool("test_image_content", "Tests image content response"),
        (args, ctx) -> result(new Content.Image(PNG, "image/png", null, null)));
    b.tool(
        tool("test_audio_content", "Tests audio content response"),
        (args, ctx) -> result(new Content.Audio(WAV, "audio/wav", null, null)));
    b.tool(
        tool("test_embedded_resource", "Tests embedded resource content response"),
        (args, ctx) ->
            result(
                new Content.EmbeddedResource(
                    ResourceContents.text(
                        "test://embedded-resource",
                        "text/plain",
                        "This is an embedded resource content."),
                    null,
                    null)));
    b.tool(
        tool(
            "test_multiple_content_types",
            "Tests response with multiple content types (text, image, resource)"),
        (args, ctx) ->
            result(
                new Content.Text("Multiple content types test:"),
                new Content.Image(PNG, "image/png", null, null),
                new Content.EmbeddedResource(
                    ResourceContents.text(
                        "test://mixed-content-resource",
                        "application/json",
                        "{\"test\":\"data\",\"value\":123}"),
                    null,
                    null)));
    b.tool(
        tool("test_tool_with_logging", "Tests tool that emits log messages during execution"),
        (args, ctx) -> {
          ctx.log(LogLevel.INFO, null, "Tool execution started");
          Thread.sleep(50);
          ctx.log(LogLevel.INFO, null, "Tool processing data");
          Thread.sleep(50);
          ctx.log(LogLevel.INFO, null, "Tool execution completed");
          return CallToolResult.text("Tool with logging executed successfully");
        });
    b.tool(
        tool("test_tool_with_progress", "Tests tool that reports progress notifications"),
        (args, ctx) -> {
          for (int step = 0; step <= 100; step += 50) {
            ctx.progress(step, 100.0, "Completed step " + step + " of 100");
            if (step < 100) {
              Thread.sleep(50);
            }
          }
          return CallToolResult.text(String.valueOf(ctx.meta().get("progressToken")));
        });
    b.tool(
        tool("test_error_handling", "Tests error response handling"),
        (args, ctx) ->
            CallToolResult.error("This tool intentionally returns an error for testing"));
    b.tool(
        tool(
            "test_reconnection",
            "Tests SSE stream disconnection and client reconnection (SEP-1699)"),
        (args, ctx) -> {
          ctx.pollLater();
          Thread.sleep(100);
          return CallToolResult.text(
              "Reconnection test completed successfully. If you received this, the client"
                  + " properly reconnected after stream closure.");
        });
    b.tool(
        tool(
            "test_sampling",
            "Tests server-initiated sampling (LLM completion request)",
            stringArg("prompt", "The prompt to send to the LLM")),
        ConformanceTools::sampling);
    b.tool(
        tool(
            "test_elicitation",
            "Tests server-initiated elicitation (user input request)",
            stringArg("message", "The message to show the user")),
        (args, ctx) ->
            elicited(
                "User response: ",
                ctx,
                Map.of(
                    "mode",
                    "form",
                    "message",
                    String.valueOf(args.get("message")),
                    "requestedSchema",
                    Map.of(
                        "type",
                        "object",
                        "properties",
                        Map.of(
                            "response", Map.of("type", "string", "description", "User's response")),
                        "required",
                        List.of("response")))));
    b.tool(
        tool(
            "test_elicitation_sep1034_defaults",
            "Tests elicitation with default values per SEP-1034"),
        (args, ctx) ->
            elicited(
                "Elicitation completed: ",
                ctx,
                Map.of(
                    "mode",
                    "form",
                    "message",
                    "Please review and update the form fields with defaults",
                    "requestedSchema",
                    ConformanceSchemas.SEP1034)));
    b.tool(
        tool(
            "test_elicitation_sep1330_enums",
            "Tests elicitation with enum schema improvements per SEP-1330"),
        (args, ctx) ->
            elicited(
                "Elicitation completed: ",
                ctx,
                Map.of(
                    "mode",
                    "form",
                    "message",
                    "Please select options from the enum fields",
                    "requestedSchema",
                    ConformanceSchemas.SEP1330)));
    b.tool(
        tool(
            "json_schema_2020_12_tool",
            "Tool with JSON Schema 2020-12 features for conformance testing (SEP-1613)",
            ConformanceSchemas.JSON_SCHEMA_2020_12),
        (args, ctx) ->
            CallToolResult.text(
                "JSON Schema 2020-12 tool called with: "
                    + io.cakewalk.mcp.internal.Json.write(args)));
  }

  private static CallToolResult sampling(Map<String, Object> args, RequestContext ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put(
        "messages",
        List.of(
            Map.of(
                "role",
                "user",
                "content",
                Map.of("type", "text", "text", String.valueOf(args.get("prompt"))))));
    params.put("maxTokens", 100);
    Map<String, Object> answer = ctx.input("sampling", InputRequest.sample(params));
    Object text =
        answer.get("content") instanceof Map<?, ?> content ? content.get("text") : "No response";
    return CallToolResult.text("LLM response: " + text);
  }

  private static CallToolResult elicited(
      String prefix, RequestContext ctx, Map<String, Object> params) {
    Map<String, Object> answer = ctx.input("elicitation", InputRequest.elicit(params));
    Object content = answer.get("content") == null ? Map.of() : answer.get("content");
    return CallToolResult.text(
        prefix
            + "action="
            + answer.get("action")
            + ", content="
            + io.cakewalk.mcp.internal.Json.write(content));
  }

  /** A handler that only answers text. */
  static ToolHandler text(String text) {
    return (args, ctx) -> CallToolResult.text(text);
  }
}
