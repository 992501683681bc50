package io.cakewalk.examples;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mistral.MistralClient;
import io.cakewalk.mistral.mcp.LoopListener;
import io.cakewalk.mistral.mcp.LoopResult;
import io.cakewalk.mistral.mcp.McpToolLoop;
import io.cakewalk.mistral.mcp.McpToolSource;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Answers one prompt (the first argument) with Mistral, letting the model call an MCP server's
 * tools; prints each tool call and streams the answer.
 *
 * <p>Environment: {@code MCP_URL}, {@code MISTRAL_API_KEY}, optionally {@code MISTRAL_BASE_URL} and
 * {@code MISTRAL_MODEL} (default {@code mistral-medium-latest}).
 */
public final class ToolCallingChat {

  private ToolCallingChat() {}

  public static void main(String[] args) {
    try {
      run(System::getenv, args.length > 0 ? args[0] : "What can you do?", System.out);
    } catch (RuntimeException e) {
      System.err.println("ToolCallingChat: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs {@code prompt} against the server at {@code MCP_URL}, printing to {@code out}. */
  static void run(Function<String, String> env, String prompt, PrintStream out) {
    String url = Objects.requireNonNull(env.apply("MCP_URL"), "set MCP_URL to the MCP server URL");
    String model = Objects.requireNonNullElse(env.apply("MISTRAL_MODEL"), "mistral-medium-latest");
    LoopListener show =
        new LoopListener() {
          @Override
          public void onToolCall(String tool, Map<String, Object> arguments) {
            out.println("-> " + tool + " " + arguments);
          }

          @Override
          public void onText(String piece) {
            out.print(piece);
          }
        };
    MistralClient mistral = MistralClient.builder().environment(env).build();
    try (McpClient mcp = McpClient.builder(URI.create(url)).build()) {
      mcp.connect();
      McpToolLoop.Builder loop = McpToolLoop.builder(mistral, McpToolSource.of(mcp), model);
      LoopResult result = loop.stream(true).listener(show).build().run(prompt);
      out.println(result.stepLimitReached() ? "\n[stopped at the step limit]" : "");
    }
  }
}
