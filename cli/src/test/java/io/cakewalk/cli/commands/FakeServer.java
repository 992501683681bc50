package io.cakewalk.cli.commands;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An in-memory {@link Clients} for testing how commands parse, resolve and format; it records the
 * specs it was asked to open and the calls made.
 */
final class FakeServer implements Clients {

  final List<ServerSpec> opened = new ArrayList<>();
  final List<Map<String, Object>> calls = new ArrayList<>();
  final Map<String, Tool> tools = new LinkedHashMap<>();
  BiFunction<String, Map<String, Object>, CallToolResult> handler =
      (name, args) -> CallToolResult.text(name + " " + args);
  RuntimeException failure;
  int closed;

  FakeServer tool(Tool tool) {
    tools.put(tool.name(), tool);
    return this;
  }

  @Override
  public McpSession open(ServerSpec spec) {
    opened.add(spec);
    if (failure != null) {
      throw failure;
    }
    return new McpSession() {
      @Override
      public List<Tool> listTools() {
        return List.copyOf(tools.values());
      }

      @Override
      public CallToolResult callTool(String name, Map<String, Object> arguments) {
        calls.add(arguments);
        return handler.apply(name, arguments);
      }

      @Override
      public String describe() {
        return "fake";
      }

      @Override
      public void close() {
        closed++;
      }
    };
  }
}
