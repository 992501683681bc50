package io.cakewalk.mistral.mcp;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The two MCP operations the bridge needs: list tools (all pages) and call one. An {@code
 * io.cakewalk.mcp.McpClient} fits as {@code McpToolSource.of(client::listTools, client::callTool)}.
 * Implementations must allow concurrent {@link #callTool} calls.
 */
public interface McpToolSource {

  /** All tools the server offers. */
  List<Tool> listTools();

  /** Calls a tool by its MCP name; a tool failure is a result with {@code isError}, not a throw. */
  CallToolResult callTool(String name, Map<String, Object> arguments);

  /** A source backed by a connected MCP client. */
  static McpToolSource of(McpClient client) {
    return of(client::listTools, client::callTool);
  }

  /** A source from two functions, e.g. method references to an MCP client. */
  static McpToolSource of(
      Supplier<List<Tool>> list, BiFunction<String, Map<String, Object>, CallToolResult> call) {
    return new McpToolSource() {
      @Override
      public List<Tool> listTools() {
        return list.get();
      }

      @Override
      public CallToolResult callTool(String name, Map<String, Object> arguments) {
        return call.apply(name, arguments);
      }
    };
  }
}
