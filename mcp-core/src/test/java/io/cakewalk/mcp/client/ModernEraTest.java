package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cakewalk.mcp.ElicitationHandler;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.McpValidationException;
import io.cakewalk.mcp.ProtocolMode;
import io.cakewalk.mcp.ServerSummary;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.Tool;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The 2026-07-28 wire: era detection, _meta, headers, version retry and MRTR. */
class ModernEraTest {

  /** A stateless server answering JSON; {@code results} maps a request to a result or error. */
  private static FakeServer modern(Function<Map<String, Object>, String> answers)
      throws IOException {
    return FakeServer.start((x, s) -> FakeServer.json(x, 200, answers.apply(s.json())));
  }

  static String discover(Map<String, Object> m) {
    return FakeServer.response(
        m.get("id"),
        Map.of(
            "resultType", "complete",
            "supportedVersions", List.of("2026-07-28"),
            "capabilities", Map.of("tools", Map.of()),
            "_meta",
                Map.of("io.modelcontextprotocol/serverInfo", Map.of("name", "m", "version", "2"))));
  }

  @Test
  void autoModeDetectsAModernServerAndSendsMetaAndHeaders() throws IOException {
    Map<String, Object> headerTool =
        Map.of(
            "name",
            "lookup",
            "inputSchema",
            Map.of(
                "type",
                "object",
                "properties",
                Map.of(
                    "region", Map.of("type", "string", "x-mcp-header", "Region"),
                    "q", Map.of("type", "string"))));
    Map<String, Object> badTool =
        Map.of(
            "name",
            "bad",
            "inputSchema",
            Map.of(
                "type",
                "object",
                "properties",
                Map.of("n", Map.of("type", "number", "x-mcp-header", "N"))));
    try (FakeServer server =
            modern(
                m ->
                    switch ((String) m.get("method")) {
                      case "server/discover" -> discover(m);
                      case "tools/list" ->
                          FakeServer.response(
                              m.get("id"),
                              Map.of(
                                  "resultType", "complete", "tools", List.of(headerTool, badTool)));
                      default -> FakeServer.response(m.get("id"), Map.of("content", List.of()));
                    });
        McpClient client = McpClient.builder(server.uri()).protocol(ProtocolMode.auto()).build()) {
      ServerSummary info = client.connect();
      assertThat(info.era()).isEqualTo(ServerSummary.Era.MODERN);
      assertThat(info.serverInfo().name()).isEqualTo("m");
      assertThat(client.listTools()).extracting(Tool::name).containsExactly("lookup");
      client.callTool("lookup", Map.of("region", "Zürich", "q", "x"));
      assertThat(
              catchThrowableOfType(
                      McpValidationException.class, () -> client.callTool("bad", Map.of("n", 1)))
                  .getMessage())
          .contains("x-mcp-header");

      FakeServer.Seen call = server.calls("tools/call").get(0);
      assertThat(call.header("MCP-Protocol-Version")).isEqualTo("2026-07-28");
      assertThat(call.header("Mcp-Method")).isEqualTo("tools/call");
      assertThat(call.header("Mcp-Name")).isEqualTo("lookup");
      assertThat(call.header("Mcp-Param-Region")).isEqualTo("=?base64?WsO8cmljaA==?=");
      assertThat(call.header("Mcp-Param-Q")).isNull();
      @SuppressWarnings("unchecked")
      Map<String, Object> meta =
          (Map<String, Object>) ((Map<?, ?>) call.json().get("params")).get("_meta");
      assertThat(meta.get("io.modelcontextprotocol/protocolVersion")).isEqualTo("2026-07-28");
      assertThat(meta)
          .containsKeys(
              "io.modelcontextprotocol/clientCapabilities", "io.modelcontextprotocol/clientInfo");
      assertThat(server.calls("initialize")).isEmpty();
    }
  }

  @Test
  void retriesOnceWithAVersionFromUnsupportedProtocolVersion() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  Map<String, Object> m = s.json();
                  if (requests.incrementAndGet() == 1) {
                    FakeServer.send(
                        x,
                        400,
                        "application/json",
                        "{\"jsonrpc\":\"2.0\",\"id\":"
                            + m.get("id")
                            + ",\"error\":{\"code\":-32022,\"message\":\"Unsupported protocol version\","
                            + "\"data\":{\"supported\":[\"2026-07-28\"],\"requested\":\"x\"}}}");
                  } else {
                    FakeServer.json(x, 200, discover(m));
                  }
                });
        McpClient client =
            McpClient.builder(server.uri())
                .protocol(ProtocolMode.pin(ProtocolVersion.V2026_07_28))
                .build()) {
      assertThat(client.connect().era()).isEqualTo(ServerSummary.Era.MODERN);
      assertThat(server.seen).hasSize(2);
    }
  }

  @Test
  void fallsBackToInitializeOnALegacyRejection() throws IOException {
    try (FakeServer server =
            FakeServer.start(
                (x, s) -> {
                  Map<String, Object> m = s.json();
                  if ("server/discover".equals(m.get("method"))) {
                    FakeServer.send(
                        x,
                        400,
                        "application/json",
                        FakeServer.error(
                            null, -32000, "Bad Request: No valid session ID provided"));
                  } else if ("initialize".equals(m.get("method"))) {
                    FakeServer.json(
                        x,
                        200,
                        FakeServer.response(
                            m.get("id"), FakeServer.initializeResult("2025-11-25")));
                  } else {
                    FakeServer.send(x, 202, null, "");
                  }
                });
        McpClient client = McpClient.builder(server.uri()).protocol(ProtocolMode.auto()).build()) {
      assertThat(client.connect().era()).isEqualTo(ServerSummary.Era.LEGACY);
    }
  }

  @Test
  void pinnedToTheStatelessEraSaysALegacyServerDoesNotSpeakIt() throws IOException {
    try (FakeServer server =
            FakeServer.start(
                (x, s) ->
                    FakeServer.send(
                        x,
                        400,
                        "application/json",
                        FakeServer.error(null, -32000, "Bad Request: Server not initialized")));
        McpClient client =
            McpClient.builder(server.uri())
                .protocol(ProtocolMode.pin(ProtocolVersion.V2026_07_28))
                .build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.getMessage())
          .startsWith(server.uri() + " does not speak MCP 2026-07-28")
          .contains("Bad Request: Server not initialized")
          .endsWith("use protocol auto or legacy instead");
      assertThat(server.calls("initialize")).isEmpty();
    }
  }

  @Test
  void pinnedToTheStatelessEraSaysSoWhenDiscoverIsNotAllowed() throws IOException {
    try (FakeServer server = FakeServer.start((x, s) -> FakeServer.send(x, 405, null, ""));
        McpClient client =
            McpClient.builder(server.uri())
                .protocol(ProtocolMode.pin(ProtocolVersion.V2026_07_28))
                .build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.getMessage()).contains("does not speak MCP 2026-07-28 (").contains("HTTP 405");
      assertThat(e.status()).isEqualTo(405);
    }
  }

  @Test
  void remembersTheEraDecisionPerEndpoint() throws IOException {
    try (FakeServer server =
        FakeServer.start(
            (x, s) -> {
              Map<String, Object> m = s.json();
              if ("server/discover".equals(m.get("method"))) {
                FakeServer.send(x, 405, null, "");
              } else if ("initialize".equals(m.get("method"))) {
                FakeServer.json(
                    x,
                    200,
                    FakeServer.response(m.get("id"), FakeServer.initializeResult("2025-11-25")));
              } else {
                FakeServer.send(x, 202, null, "");
              }
            })) {
      for (int i = 0; i < 2; i++) {
        try (McpClient client =
            McpClient.builder(server.uri()).protocol(ProtocolMode.auto()).build()) {
          assertThat(client.connect().era()).isEqualTo(ServerSummary.Era.LEGACY);
        }
      }
      assertThat(server.calls("server/discover")).hasSize(1);
      assertThat(server.calls("initialize")).hasSize(2);
    }
  }

  @Test
  void serverErrorsAreNotEraEvidence() throws IOException {
    try (FakeServer server =
            FakeServer.start((x, s) -> FakeServer.send(x, 503, "text/plain", "maintenance"));
        McpClient client = McpClient.builder(server.uri()).protocol(ProtocolMode.auto()).build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.status()).isEqualTo(503);
      assertThat(server.seen).hasSize(1);
    }
  }

  @Test
  void answersInputRequiredWithNewIdsAndTheUnchangedState() throws IOException {
    try (FakeServer server =
            modern(
                m -> {
                  Map<?, ?> p = (Map<?, ?>) m.get("params");
                  if ("server/discover".equals(m.get("method"))) {
                    return discover(m);
                  }
                  if ("tools/list".equals(m.get("method"))) {
                    return FakeServer.response(
                        m.get("id"),
                        Map.of(
                            "tools",
                            List.of(
                                Map.of(
                                    "name", "confirm", "inputSchema", Map.of("type", "object")))));
                  }
                  if (p.get("inputResponses") == null) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("resultType", "input_required");
                    result.put(
                        "inputRequests",
                        Map.of(
                            "ok",
                            Map.of(
                                "method",
                                "elicitation/create",
                                "params",
                                Map.of(
                                    "message",
                                    "sure?",
                                    "requestedSchema",
                                    Map.of(
                                        "type",
                                        "object",
                                        "properties",
                                        Map.of(
                                            "yes", Map.of("type", "boolean", "default", true)))))));
                    result.put("requestState", "opaque-1");
                    return FakeServer.response(m.get("id"), result);
                  }
                  return FakeServer.response(
                      m.get("id"),
                      Map.of(
                          "resultType",
                          "complete",
                          "content",
                          List.of(Map.of("type", "text", "text", "done"))));
                });
        McpClient client =
            McpClient.builder(server.uri())
                .protocol(ProtocolMode.pin(ProtocolVersion.V2026_07_28))
                .elicitation(ElicitationHandler.acceptDefaults())
                .build()) {
      assertThat(client.callTool("confirm", Map.of()).content()).hasSize(1);
      List<FakeServer.Seen> calls = server.calls("tools/call");
      assertThat(calls).hasSize(2);
      Map<String, Object> retry = calls.get(1).json();
      assertThat(retry.get("id")).isNotEqualTo(calls.get(0).json().get("id"));
      Map<?, ?> params = (Map<?, ?>) retry.get("params");
      assertThat(params.get("requestState")).isEqualTo("opaque-1");
      assertThat(params.get("inputResponses"))
          .isEqualTo(Map.of("ok", Map.of("action", "accept", "content", Map.of("yes", true))));
      assertThat(params.get("name")).isEqualTo("confirm");
    }
  }

  @Test
  void encodesHeaderValuesThatAreNotPlainAscii() {
    assertThat(ToolHeaders.encode("us-west1")).isEqualTo("us-west1");
    assertThat(ToolHeaders.encode("us west 1")).isEqualTo("us west 1");
    assertThat(ToolHeaders.encode(" padded")).startsWith("=?base64?");
    assertThat(ToolHeaders.encode("line1\nline2")).startsWith("=?base64?");
    assertThat(ToolHeaders.encode("=?base64?abc?=")).isEqualTo("=?base64?PT9iYXNlNjQ/YWJjPz0=?=");
    assertThat(ToolHeaders.encode("")).isEmpty();
  }
}
