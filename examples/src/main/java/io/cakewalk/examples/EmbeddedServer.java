package io.cakewalk.examples;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import io.cakewalk.mcp.server.ToolHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exposes a Java method as an MCP tool: a typed handler whose arguments arrive as a record, served
 * at {@code http://127.0.0.1:<PORT>/mcp} (environment {@code PORT}, default 3001) until stopped.
 * Point {@code cakewalk tools list}, MCP Inspector or Le Chat (through a tunnel) at it.
 */
public final class EmbeddedServer {

  /** The {@code add} tool's arguments, checked against its input schema before they arrive. */
  record Add(long a, long b) {}

  private EmbeddedServer() {}

  /** The server with its one tool; serve it standalone or mount {@code McpHttpHandler} yourself. */
  static McpServer server() {
    Map<String, Object> integer = Map.of("type", "integer");
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("a", integer);
    properties.put("b", integer);
    schema.put("properties", properties);
    schema.put("required", List.of("a", "b"));
    return McpServer.builder(new Implementation("embedded-example", "1.0.0"))
        .tool(
            Tool.builder("add", schema).description("Adds two integers").build(),
            ToolHandler.typed(
                Add.class, (args, ctx) -> CallToolResult.text(Long.toString(args.a() + args.b()))))
        .build();
  }

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3001"));
    McpServer server = server();
    RunningServer running = McpServer.serve(server, port);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  server.close();
                }));
    System.out.println("MCP server at " + running.uri() + "; Ctrl-C stops it");
    Thread.currentThread().join();
  }
}
