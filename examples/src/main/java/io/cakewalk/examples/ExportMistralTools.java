package io.cakewalk.examples;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mistral.mcp.ExportFormat;
import io.cakewalk.mistral.mcp.MistralToolSet;
import java.net.URI;

/**
 * Prints an MCP server's tools as Mistral tool definitions (JSON), ready for a chat request's
 * {@code tools}.
 *
 * <p>Usage: {@code ExportMistralTools http://127.0.0.1:3001/mcp [mistral|openai]}
 */
public final class ExportMistralTools {

  private ExportMistralTools() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ExportMistralTools <mcp-url> [mistral|openai]");
      System.exit(2);
    }
    ExportFormat format =
        args.length > 1 && args[1].equalsIgnoreCase("openai")
            ? ExportFormat.OPENAI
            : ExportFormat.MISTRAL;
    try (McpClient mcp = McpClient.builder(URI.create(args[0])).build()) {
      mcp.connect();
      MistralToolSet set = MistralToolSet.of(mcp.listTools());
      set.warnings().forEach(System.err::println);
      System.out.println(set.toJson(format));
    }
  }
}
