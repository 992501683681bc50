package io.cakewalk.benchmarks;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import io.cakewalk.mcp.server.ToolHandler;
import io.cakewalk.mcp.testing.NodePeer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;

/** Starts the three servers under test, each with an equivalent "add two numbers" tool. */
final class Targets {

  private static final Map<String, Object> ADD_SCHEMA =
      Map.of(
          "type",
          "object",
          "properties",
          Map.of("a", Map.of("type", "number"), "b", Map.of("type", "number")),
          "required",
          List.of("a", "b"));

  private static final String ARGS = "{\"a\":2,\"b\":40}";

  private Targets() {}

  record Add(double a, double b) {}

  static Target cakewalk() {
    McpServer server =
        McpServer.builder(new Implementation("cakewalk-bench", "1.0.0"))
            .tool(
                Tool.builder("add", ADD_SCHEMA).description("Adds two numbers").build(),
                ToolHandler.typed(
                    Add.class,
                    (args, ctx) -> CallToolResult.text(Double.toString(args.a() + args.b()))))
            .build();
    RunningServer running = McpServer.serve(server, 0);
    return new Target(
        "cakewalk",
        running.port(),
        "/mcp",
        "add",
        ARGS,
        () -> {
          running.close();
          server.close();
        });
  }

  static Target javaSdk() throws Exception {
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder().mcpEndpoint("/mcp").build();
    McpSchema.Tool tool =
        McpSchema.Tool.builder("add", ADD_SCHEMA).description("Adds two numbers").build();
    McpSyncServer server =
        io.modelcontextprotocol.server.McpServer.sync(transport)
            .serverInfo("java-sdk-bench", "1.0.0")
            .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
            .toolCall(
                tool,
                (exchange, request) -> {
                  double a = ((Number) request.arguments().get("a")).doubleValue();
                  double b = ((Number) request.arguments().get("b")).doubleValue();
                  return McpSchema.CallToolResult.builder()
                      .addTextContent(Double.toString(a + b))
                      .build();
                })
            .build();
    Path base = Files.createTempDirectory("tomcat-bench");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addContext("", base.toString());
    Wrapper wrapper = Tomcat.addServlet(context, "mcp", transport);
    wrapper.setAsyncSupported(true);
    context.addServletMappingDecoded("/*", "mcp");
    tomcat.start();
    int port = tomcat.getConnector().getLocalPort();
    return new Target(
        "java-sdk",
        port,
        "/mcp",
        "add",
        ARGS,
        () -> {
          server.close();
          tomcat.stop();
          tomcat.destroy();
        });
  }

  static Target everything() throws Exception {
    int port = NodePeer.freePort();
    NodePeer peer = NodePeer.startEverything("everything-bench", "streamableHttp", port);
    return new Target("server-everything", port, "/mcp", "get-sum", ARGS, peer);
  }
}
