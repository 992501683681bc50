package io.cakewalk.examples;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.GetPromptResult;
import io.cakewalk.mcp.schema.Prompt;
import io.cakewalk.mcp.schema.PromptMessage;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.InputRequest;
import io.cakewalk.mcp.server.LogLevel;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RequestContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** The 2026-07-28 fixtures: MRTR input rounds, capability checks, logging and list changes. */
final class ConformanceInputTools {

  private ConformanceInputTools() {}

  private static Map<String, Object> schema(String property, String type) {
    return Map.of(
        "type",
        "object",
        "properties",
        Map.of(property, Map.of("type", type)),
        "required",
        List.of(property));
  }

  private static InputRequest ask(String message, String property, String type) {
    return InputRequest.elicit(
        Map.of("message", message, "requestedSchema", schema(property, type)));
  }

  private static InputRequest sample(String text, int maxTokens) {
    return InputRequest.sample(
        Map.of(
            "messages",
            List.of(Map.of("role", "user", "content", Map.of("type", "text", "text", text))),
            "maxTokens",
            maxTokens));
  }

  static Object field(Map<String, Object> answer, String key) {
    return answer.get("content") instanceof Map<?, ?> c ? c.get(key) : null;
  }

  static void register(McpServer.Builder b, Supplier<McpServer> self) {
    b.tool(
        ConformanceTools.tool(
            "test_missing_capability", "Needs the sampling capability; tests -32021"),
        (args, ctx) -> {
          Map<String, Object> answer = ctx.input("needs_sampling", sample("Say hi", 10));
          return CallToolResult.text("sampled: " + answer.get("content"));
        });
    b.tool(
        ConformanceTools.tool(
            "test_input_required_result_elicitation", "MRTR: one elicitation round"),
        (args, ctx) -> {
          Map<String, Object> answer =
              ctx.input("user_name", ask("What is your name?", "name", "string"));
          return CallToolResult.text("Hello, " + field(answer, "name") + "!");
        });
    b.tool(
        ConformanceTools.tool("test_input_required_result_sampling", "MRTR: one sampling round"),
        (args, ctx) -> {
          Map<String, Object> answer =
              ctx.input("capital_question", sample("What is the capital of France?", 100));
          Object text =
              answer.get("content") instanceof Map<?, ?> c ? c.get("text") : answer.get("content");
          return CallToolResult.text("Sampling response: " + text);
        });
    b.tool(
        ConformanceTools.tool("test_input_required_result_list_roots", "MRTR: one roots round"),
        (args, ctx) -> {
          Map<String, Object> answer = ctx.input("client_roots", InputRequest.listRoots());
          return CallToolResult.text(
              "Roots: " + io.cakewalk.mcp.internal.Json.write(answer.get("roots")));
        });
    b.tool(
        ConformanceTools.tool(
            "test_input_required_result_request_state", "MRTR: requestState round trip"),
        (args, ctx) -> {
          ctx.inputs(Map.of("confirm", ask("Please confirm", "ok", "boolean")), "confirm-round-1");
          return CallToolResult.text(
              "confirm-round-1".equals(ctx.requestState()) ? "state-ok" : "state-missing");
        });
    b.tool(
        ConformanceTools.tool(
            "test_input_required_result_multiple_inputs", "MRTR: three inputs in one round"),
        (args, ctx) -> {
          Map<String, InputRequest> requests = new LinkedHashMap<>();
          requests.put("user_name", ask("What is your name?", "name", "string"));
          requests.put("greeting", sample("Generate a greeting", 50));
          requests.put("client_roots", InputRequest.listRoots());
          Map<String, Map<String, Object>> answers = ctx.inputs(requests, "multi");
          return CallToolResult.text("Received " + answers.keySet());
        });
    b.tool(
        ConformanceTools.tool(
            "test_input_required_result_multi_round", "MRTR: two rounds with evolving state"),
        ConformanceInputTools::multiRound);
    b.tool(
        ConformanceTools.tool(
            "test_input_required_result_tampered_state", "MRTR: integrity-protected state"),
        (args, ctx) -> {
          ctx.inputs(Map.of("confirm", ask("Please confirm", "ok", "boolean")), "untampered");
          return CallToolResult.text("state-ok");
        });
    b.tool(
        ConformanceTools.tool(
            "test_input_required_result_capabilities", "MRTR: only declared capabilities"),
        (args, ctx) -> {
          Map<String, InputRequest> requests = new LinkedHashMap<>();
          if (ctx.clientCapabilities().containsKey("elicitation")) {
            requests.put("user_name", ask("What is your name?", "name", "string"));
          }
          if (ctx.clientCapabilities().containsKey("sampling")) {
            requests.put("greeting", sample("Generate a greeting", 50));
          }
          if (requests.isEmpty()) {
            return CallToolResult.text("No input capabilities declared");
          }
          return CallToolResult.text("Received " + ctx.inputs(requests, null).keySet());
        });
    b.tool(
        ConformanceTools.tool(
            "test_streaming_elicitation", "Streams progress, then asks for input (MRTR)"),
        (args, ctx) -> {
          ctx.input("confirm", ask("Continue?", "ok", "boolean"));
          return CallToolResult.text("confirmed");
        });
    b.tool(
        ConformanceTools.tool("test_logging_tool", "Logs three messages at info level"),
        (args, ctx) -> {
          for (int i = 1; i <= 3; i++) {
            ctx.log(LogLevel.INFO, "conformance", "log message " + i);
          }
          return CallToolResult.text("logged");
        });
    AtomicBoolean dynamicTool = new AtomicBoolean();
    b.tool(
        ConformanceTools.tool("test_trigger_tool_change", "Adds or removes test_dynamic_tool"),
        (args, ctx) -> {
          McpServer server = self.get();
          if (dynamicTool.compareAndSet(false, true)) {
            server.addTool(
                ConformanceTools.tool("test_dynamic_tool", "Appears after a trigger"),
                ConformanceTools.text("dynamic"));
          } else {
            dynamicTool.set(false);
            server.removeTool("test_dynamic_tool");
          }
          return CallToolResult.text("tools changed");
        });
    AtomicBoolean dynamicPrompt = new AtomicBoolean();
    b.tool(
        ConformanceTools.tool("test_trigger_prompt_change", "Adds or removes test_dynamic_prompt"),
        (args, ctx) -> {
          McpServer server = self.get();
          if (dynamicPrompt.compareAndSet(false, true)) {
            server.addPrompt(
                Prompt.of("test_dynamic_prompt", "Appears after a trigger", null),
                (a, c) ->
                    new GetPromptResult(
                        null, List.of(PromptMessage.user(new Content.Text("dynamic")))));
          } else {
            dynamicPrompt.set(false);
            server.removePrompt("test_dynamic_prompt");
          }
          return CallToolResult.text("prompts changed");
        });
    b.tool(
        Tool.builder("test_custom_headers", ConformanceSchemas.CUSTOM_HEADERS)
            .description("Mirrors its region argument in the Mcp-Param-Region header")
            .build(),
        (args, ctx) -> CallToolResult.text("region=" + args.get("region")));
    b.prompt(
        Prompt.of("test_input_required_result_prompt", "MRTR on prompts/get", null),
        (args, ctx) -> {
          Map<String, Object> answer =
              ctx.input(
                  "user_context", ask("What context should the prompt use?", "context", "string"));
          return new GetPromptResult(
              null,
              List.of(
                  PromptMessage.user(
                      new Content.Text("Use this context: " + field(answer, "context")))));
        });
  }

  private static CallToolResult multiRound(Map<String, Object> args, RequestContext ctx) {
    if ("round-2".equals(ctx.requestState())) {
      Map<String, Object> color =
          ctx.inputs(
                  Map.of("step2", ask("Step 2: What is your favorite color?", "color", "string")),
                  "round-2")
              .get("step2");
      return CallToolResult.text("Favorite color: " + field(color, "color"));
    }
    ctx.inputs(Map.of("step1", ask("Step 1: What is your name?", "name", "string")), "round-1");
    ctx.inputs(
        Map.of("step2", ask("Step 2: What is your favorite color?", "color", "string")), "round-2");
    return CallToolResult.text("unreachable");
  }
}
