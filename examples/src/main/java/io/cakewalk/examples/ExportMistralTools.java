package io.cakewalk.examples;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mistral.mcp.ExportFormat;
import io.cakewalk.mistral.mcp.MistralToolSet;
import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Prints an MCP server's tools as Mistral tool definitions (JSON), ready for a chat request's
 * {@code tools}.
 *
 * <p>Environment: {@code MCP_URL} (e.g. {@code http://127.0.0.1:3001/mcp}) and optionally {@code
 * EXPORT_FORMAT} ({@code mistral}, the default, or {@code openai}).
 */
public final class ExportMistralTools {

  private ExportMistralTools() {}

  public static void main(String[] args) {
    try {
      run(System::getenv, System.out, System.err);
    } catch (RuntimeException e) {
      System.err.println("ExportMistralTools: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Exports the tools of the server at {@code MCP_URL}; warnings go to {@code err}. */
  static void run(Function<String, String> env, PrintStream out, PrintStream err) {
    String url = Objects.requireNonNull(env.apply("MCP_URL"), "set MCP_URL to the MCP server URL");
    String name = env.apply("EXPORT_FORMAT");
    ExportFormat format =
        name == null ? ExportFormat.MISTRAL : ExportFormat.valueOf(name.toUpperCase(Locale.ROOT));
    try (McpClient mcp = McpClient.builder(URI.create(url)).build()) {
      mcp.connect();
      MistralToolSet set = MistralToolSet.of(mcp.listTools());
      set.warnings().forEach(err::println);
      out.println(set.toJson(format));
    }
  }
}
