package io.cakewalk.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our client against the official MCP Java SDK's Streamable HTTP server in embedded Tomcat. */
class JavaSdkServerIT extends EverythingServerContract {

  private static Tomcat tomcat;
  private static McpSyncServer server;
  private static URI url;

  @BeforeAll
  static void start() throws Exception {
    McpJsonMapper mapper = McpJsonDefaults.getMapper();
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(mapper)
            .mcpEndpoint("/mcp")
            .build();
    server =
        McpServer.sync(transport)
            .serverInfo("java-sdk-peer", "2.1.0")
            .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
            .tools(echo(mapper), sum(mapper), structured(mapper), fail(mapper))
            .build();
    tomcat = new Tomcat();
    tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("tomcat").toString());
    tomcat.getConnector().setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "mcp", transport).setAsyncSupported(true);
    context.addServletMappingDecoded("/mcp", "mcp");
    tomcat.start();
    url = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/mcp");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
  }

  @Override
  McpClient newClient() {
    return McpClient.builder(url).build();
  }

  @Override
  McpClient.Transport expectedTransport() {
    return McpClient.Transport.STREAMABLE_HTTP;
  }

  @Test
  void autoModeSettlesOnTheLegacyEra() {
    try (McpClient client = McpClient.builder(url).protocol(ProtocolMode.auto()).build()) {
      assertThat(client.connect().era()).isEqualTo(ServerSummary.Era.LEGACY);
      assertThat(client.listTools()).extracting(Tool::name).contains("echo");
      CallToolResult r = client.callTool("get-sum", Map.of("a", 1, "b", 41));
      assertThat(text(r)).isEqualTo("42");
    }
  }

  @Test
  void toolFailureArrivesAsAnErrorResult() {
    try (McpClient client = newClient()) {
      CallToolResult r = client.callTool("fail", Map.of());
      assertThat(r.failed()).isTrue();
      assertThat(text(r)).isEqualTo("it broke");
    }
  }

  private static SyncToolSpecification fail(McpJsonMapper mapper) {
    return SyncToolSpecification.builder()
        .tool(
            McpSchema.Tool.builder(
                    "fail",
                    mapper,
                    """
            {"type":"object","properties":{}}""")
                .build())
        .callHandler(
            (exchange, request) ->
                McpSchema.CallToolResult.builder().addTextContent("it broke").isError(true).build())
        .build();
  }

  private static SyncToolSpecification echo(McpJsonMapper mapper) {
    return SyncToolSpecification.builder()
        .tool(
            McpSchema.Tool.builder(
                    "echo",
                    mapper,
                    """
                {"type":"object","properties":{"message":{"type":"string"}},
                 "required":["message"]}""")
                .build())
        .callHandler(
            (exchange, request) ->
                McpSchema.CallToolResult.builder()
                    .addTextContent("Echo: " + request.arguments().get("message"))
                    .build())
        .build();
  }

  private static SyncToolSpecification sum(McpJsonMapper mapper) {
    return SyncToolSpecification.builder()
        .tool(
            McpSchema.Tool.builder(
                    "get-sum",
                    mapper,
                    """
                {"type":"object","properties":{"a":{"type":"number"},"b":{"type":"number"}},
                 "required":["a","b"]}""")
                .build())
        .callHandler(
            (exchange, request) -> {
              double a = ((Number) request.arguments().get("a")).doubleValue();
              double b = ((Number) request.arguments().get("b")).doubleValue();
              return McpSchema.CallToolResult.builder()
                  .addTextContent(Long.toString(Math.round(a + b)))
                  .build();
            })
        .build();
  }

  private static SyncToolSpecification structured(McpJsonMapper mapper) {
    return SyncToolSpecification.builder()
        .tool(
            McpSchema.Tool.builder(
                    "get-structured-content",
                    mapper,
                    """
                {"type":"object","properties":{"location":{"type":"string"}},
                 "required":["location"]}""")
                .outputSchema(
                    mapper,
                    """
                {"type":"object","properties":{"temperature":{"type":"number"}},
                 "required":["temperature"]}""")
                .build())
        .callHandler(
            (exchange, request) ->
                McpSchema.CallToolResult.builder()
                    .structuredContent(Map.of("temperature", 36))
                    .content(List.of(McpSchema.TextContent.builder("{\"temperature\":36}").build()))
                    .build())
        .build();
  }
}
