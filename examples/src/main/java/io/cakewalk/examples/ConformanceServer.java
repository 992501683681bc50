package io.cakewalk.examples;

import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;

/**
 * The MCP conformance suite's fixture server ("everything server"): the tools, resources and
 * prompts the server scenarios of {@code @modelcontextprotocol/conformance} expect, served on one
 * endpoint for both protocol eras. A test fixture, not a production default.
 *
 * <pre>{@code
 * PORT=3000 java -cp ... io.cakewalk.examples.ConformanceServer
 * node conformance/dist/index.js server --url http://localhost:3000/mcp --scenario tools-list
 * }</pre>
 */
public final class ConformanceServer {

  private ConformanceServer() {}

  /** Builds the fixture server. */
  public static McpServer create() {
    McpServer.Builder builder =
        McpServer.builder(new Implementation("cakewalk-conformance-server", "1.0.0"))
            .instructions("Conformance fixture of the Cakewalk MCP server.");
    ConformanceTools.register(builder);
    ConformanceContent.register(builder);
    McpServer[] self = new McpServer[1];
    ConformanceInputTools.register(builder, () -> self[0]);
    self[0] = builder.build();
    return self[0];
  }

  /** Serves the fixture on 127.0.0.1 at {@code $PORT} (default 3000) until killed. */
  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
    McpServer server = create();
    RunningServer running = McpServer.serve(server, port);
    System.out.println("MCP conformance server listening on " + running.uri());
    Runtime.getRuntime().addShutdownHook(new Thread(running::close));
    Thread.currentThread().join();
  }
}
