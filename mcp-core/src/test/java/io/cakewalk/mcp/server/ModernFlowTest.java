package io.cakewalk.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 2026-07-28 flows: MRTR rounds with signed state, capability errors, subscriptions. */
class ModernFlowTest {

  private static final String ELICIT_CAPS = "{\"elicitation\":{}}";

  private McpServer server;
  private RunningServer running;
  private URI uri;

  @BeforeEach
  void start() {
    server =
        McpServer.builder(new Implementation("modern", "1.0.0"))
            .tool(
                Tool.builder("greet", Map.of("type", "object")).build(),
                (args, ctx) -> {
                  Map<String, Object> answer =
                      ctx.inputs(
                              Map.of(
                                  "who",
                                  InputRequest.elicit(
                                      Map.of(
                                          "message",
                                          "Name?",
                                          "requestedSchema",
                                          Map.of("type", "object")))),
                              "round-1")
                          .get("who");
                  Object name = ((Map<?, ?>) answer.get("content")).get("name");
                  return CallToolResult.text("Hello " + name + " state=" + ctx.requestState());
                })
            .build();
    running = McpServer.serve(server, 0);
    uri = running.uri();
  }

  @AfterEach
  void stop() {
    running.close();
    server.close();
  }

  private static String meta(String caps) {
    return "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
        + "\"io.modelcontextprotocol/clientCapabilities\":"
        + caps
        + "}";
  }

  private Wire.Reply call(String extra, String caps) throws Exception {
    return Wire.post(
        uri,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\","
            + extra
            + meta(caps)
            + "}}",
        "MCP-Protocol-Version",
        "2026-07-28",
        "Mcp-Method",
        "tools/call",
        "Mcp-Name",
        "greet");
  }

  @Test
  @SuppressWarnings("unchecked")
  void inputRequiredRoundTripsASignedStateAndRejectsTampering() throws Exception {
    Wire.Reply first = call("", ELICIT_CAPS);
    Map<String, Object> result = (Map<String, Object>) first.json().get("result");
    assertThat(result).containsEntry("resultType", "input_required");
    assertThat((Map<String, Object>) result.get("inputRequests")).containsKey("who");
    String state = (String) result.get("requestState");
    assertThat(state).isNotEqualTo("round-1").contains(".");

    String answer =
        "\"inputResponses\":{\"who\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}},";
    Wire.Reply second = call(answer + "\"requestState\":\"" + state + "\",", ELICIT_CAPS);
    assertThat(second.body()).contains("\"resultType\":\"complete\"", "Hello Ada state=round-1");

    Wire.Reply tampered = call(answer + "\"requestState\":\"" + state + "x\",", ELICIT_CAPS);
    assertThat(tampered.status()).isEqualTo(400);
    assertThat(tampered.body()).contains("-32602");
  }

  @Test
  void undeclaredCapabilityIsMinus32021WithTheMissingCapability() throws Exception {
    Wire.Reply reply = call("", "{}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("-32021", "\"requiredCapabilities\":{\"elicitation\":{}}");
  }

  @Test
  void subscriptionsListenAcknowledgesThenDeliversTaggedListChanges() throws Exception {
    HttpRequest listen =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .header("MCP-Protocol-Version", "2026-07-28")
            .header("Mcp-Method", "subscriptions/listen")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":\"sub-1\",\"method\":\"subscriptions/listen\","
                        + "\"params\":{\"notifications\":{\"toolsListChanged\":true},"
                        + meta("{}")
                        + "}}"))
            .build();
    HttpResponse<Stream<String>> response =
        Wire.HTTP.send(listen, HttpResponse.BodyHandlers.ofLines());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    Iterator<String> lines = response.body().filter(l -> l.startsWith("data: ")).iterator();
    assertThat(lines.next())
        .contains(
            "notifications/subscriptions/acknowledged",
            "\"toolsListChanged\":true",
            "\"io.modelcontextprotocol/subscriptionId\":\"sub-1\"");
    server.addTool(
        Tool.builder("late", Map.of("type", "object")).build(),
        (args, ctx) -> CallToolResult.text("late"));
    assertThat(lines.next())
        .contains(
            "notifications/tools/list_changed",
            "\"io.modelcontextprotocol/subscriptionId\":\"sub-1\"");
    response.body().close();
  }
}
