package io.cakewalk.examples;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mistral.MistralClient;
import io.cakewalk.mistral.mcp.LoopListener;
import io.cakewalk.mistral.mcp.LoopResult;
import io.cakewalk.mistral.mcp.McpToolLoop;
import io.cakewalk.mistral.mcp.McpToolSource;
import java.net.URI;
import java.util.Map;

/**
 * Answers one prompt with Mistral, letting the model call an MCP server's tools; prints each tool
 * call and streams the answer. Needs {@code MISTRAL_API_KEY}.
 *
 * <p>Usage: {@code ToolCallingChat http://127.0.0.1:3001/mcp "What can you do?"}
 */
public final class ToolCallingChat {

  private ToolCallingChat() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ToolCallingChat <mcp-url> <prompt>");
      System.exit(2);
    }
    LoopListener show =
        new LoopListener() {
          @Override
          public void onToolCall(String tool, Map<String, Object> arguments) {
            System.err.println("-> " + tool + " " + arguments);
          }

          @Override
          public void onText(String piece) {
            System.out.print(piece);
          }
        };
    try (McpClient mcp = McpClient.builder(URI.create(args[0])).build()) {
      mcp.connect();
      McpToolLoop loop =
          McpToolLoop.builder(
                  MistralClient.builder().build(), McpToolSource.of(mcp), "mistral-medium-latest")
              .stream(true)
              .listener(show)
              .build();
      LoopResult result = loop.run(args[1]);
      System.out.println(result.stepLimitReached() ? "\n[stopped at the step limit]" : "");
    }
  }
}
