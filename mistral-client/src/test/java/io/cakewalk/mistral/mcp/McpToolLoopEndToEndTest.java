package io.cakewalk.mistral.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import io.cakewalk.mistral.fake.Completions;
import io.cakewalk.mistral.fake.FakeMistral;
import io.cakewalk.mistral.fake.Received;
import io.cakewalk.mistral.fake.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop end to end: the real {@link McpClient} over Streamable HTTP to a real {@link McpServer}
 * on 127.0.0.1, with the rule-enforcing fake Mistral choosing the tool calls.
 */
class McpToolLoopEndToEndTest {

  private static final Map<String, Object> CITY =
      Map.of(
          "type",
          "object",
          "properties",
          Map.of("city", Map.of("type", "string")),
          "required",
          List.of("city"));
  private static final Map<String, Object> EMPTY = Map.of("type", "object");
  private static final String LONG = "long." + "y".repeat(59);

  private final FakeMistral fake = FakeMistral.start();
  private final CountDownLatch bothCities = new CountDownLatch(2);
  private final List<String> handled = new CopyOnWriteArrayList<>();
  private McpServer server;
  private RunningServer running;
  private McpClient mcp;

  @AfterEach
  void stop() {
    if (mcp != null) {
      mcp.close();
    }
    if (running != null) {
      running.close();
    }
    if (server != null) {
      server.close();
    }
    fake.close();
  }

  private void serve(McpServer.Builder builder) {
    server = builder.build();
    running = McpServer.serve(server, 0);
    mcp =
        McpClient.builder(URI.create("http://127.0.0.1:" + running.port() + "/mcp"))
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    mcp.connect();
  }

  private McpServer.Builder weatherServer() {
    return McpServer.builder(new Implementation("weather", "1.0.0"))
        .tool(
            Tool.builder("weather.get", CITY).description("Current weather").build(),
            (args, ctx) -> {
              handled.add("weather.get " + args.get("city"));
              bothCities.countDown();
              // Both parallel calls must be in flight at once for this to pass in time.
              boolean together = bothCities.await(30, TimeUnit.SECONDS);
              return CallToolResult.text((together ? "18C in " : "alone in ") + args.get("city"));
            })
        .tool(
            Tool.builder("stats", EMPTY)
                .outputSchema(
                    Map.of(
                        "type",
                        "object",
                        "properties",
                        Map.of("count", Map.of("type", "integer")),
                        "required",
                        List.of("count")))
                .build(),
            (args, ctx) -> new CallToolResult(List.of(), Map.of("count", 3), null, null))
        .tool(
            Tool.builder("fail", EMPTY).build(),
            (args, ctx) -> CallToolResult.error("service down"));
  }

  private static Reply calls(String... idNameArgs) {
    List<Map.Entry<String, String[]>> list = new java.util.ArrayList<>();
    for (int i = 0; i < idNameArgs.length; i += 3) {
      list.add(Map.entry(idNameArgs[i], new String[] {idNameArgs[i + 1], idNameArgs[i + 2]}));
    }
    return Reply.ok(Completions.toolCalls(list));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> messages(Received r) {
    return (List<Map<String, Object>>) r.json().get("messages");
  }

  private static long assistantTurns(Received r) {
    return messages(r).stream().filter(m -> "assistant".equals(m.get("role"))).count();
  }

  /** Tool-call id to the content of its tool message, in message order. */
  private static Map<String, String> toolReplies(Received r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map<String, Object> m : messages(r)) {
      if ("tool".equals(m.get("role"))) {
        out.put((String) m.get("tool_call_id"), (String) m.get("content"));
      }
    }
    return out;
  }

  @Test
  void multiStepAndParallelCallsThroughARealMcpServer() {
    serve(weatherServer());
    fake.onChat(
        r ->
            switch ((int) assistantTurns(r)) {
              case 0 ->
                  calls(
                      "AAAAAAAA1",
                      "weather_get",
                      "{\"city\":\"Paris\"}",
                      "AAAAAAAA2",
                      "weather_get",
                      "{\"city\":\"Lyon\"}");
              case 1 ->
                  calls(
                      "BBBBBBBB1",
                      "stats",
                      "{}",
                      "BBBBBBBB2",
                      "fail",
                      "{}",
                      "BBBBBBBB3",
                      "weather_get",
                      "{}");
              default -> Reply.ok(Completions.text("18C in Paris and Lyon."));
            });
    List<String> seen = new CopyOnWriteArrayList<>();
    LoopListener listener =
        new LoopListener() {
          @Override
          public void onToolCall(String toolName, Map<String, Object> arguments) {
            seen.add("call " + toolName);
          }

          @Override
          public void onToolResult(String toolName, String text, boolean isError) {
            seen.add("result " + toolName + " " + isError);
          }
        };

    LoopResult result =
        McpToolLoop.builder(fake.client(), McpToolSource.of(mcp), "mistral-small-latest")
            .listener(listener)
            .build()
            .run("Weather in Paris and Lyon?");

    assertThat(result.text()).isEqualTo("18C in Paris and Lyon.");
    assertThat(result.steps()).isEqualTo(3);
    assertThat(result.stepLimitReached()).isFalse();
    List<Received> requests = fake.chatRequests();
    assertThat(requests).hasSize(3);
    assertThat(toolReplies(requests.get(1)))
        .containsExactly(
            Map.entry("AAAAAAAA1", "18C in Paris"), Map.entry("AAAAAAAA2", "18C in Lyon"));
    Map<String, String> second = toolReplies(requests.get(2));
    assertThat(second)
        .containsEntry("BBBBBBBB1", "{\"count\":3}")
        .containsEntry("BBBBBBBB2", "Error: service down");
    // Missing "city": the real client refuses the call before it reaches the server.
    assertThat(second.get("BBBBBBBB3")).startsWith("Error: ").contains("weather.get");
    assertThat(handled).containsExactlyInAnyOrder("weather.get Paris", "weather.get Lyon");
    assertThat(seen)
        .contains("call weather.get", "call stats", "result fail true", "result stats false");
  }

  @Test
  void mistralSafeNamesRouteBackToTheRightMcpTool() {
    McpServer.Builder b = McpServer.builder(new Implementation("names", "1.0.0"));
    for (String name : List.of("a.b", "a_b", LONG)) {
      b.tool(Tool.builder(name, EMPTY).build(), (args, ctx) -> CallToolResult.text("I am " + name));
    }
    serve(b);
    McpToolSource source = McpToolSource.of(mcp);
    // The prefix pushes the 64-character MCP name past Mistral's 64-character limit.
    MistralToolSet set = MistralToolSet.of(source.listTools(), t -> true, "srv", null);
    ToolNameMap names = set.names();
    String dotted = names.mistralName("a.b").orElseThrow();
    String plain = names.mistralName("a_b").orElseThrow();
    String shortened = names.mistralName(LONG).orElseThrow();
    assertThat(plain).isEqualTo("srv_a_b");
    assertThat(dotted).matches("srv_a_b_[0-9a-f]{8}");
    assertThat(shortened).matches("[a-zA-Z0-9_-]{1,64}").startsWith("srv_long_");
    // The fake model calls every function it was offered, by the names in the request.
    fake.onChat(
        r -> {
          if (assistantTurns(r) > 0) {
            return Reply.ok(Completions.text("done"));
          }
          @SuppressWarnings("unchecked")
          List<Map<String, Map<String, Object>>> tools =
              (List<Map<String, Map<String, Object>>>) r.json().get("tools");
          String[] args = new String[tools.size() * 3];
          for (int i = 0; i < tools.size(); i++) {
            args[3 * i] = "CCCCCCCC" + i;
            args[3 * i + 1] = (String) tools.get(i).get("function").get("name");
            args[3 * i + 2] = "{}";
          }
          return calls(args);
        });

    LoopResult result =
        McpToolLoop.builder(fake.client(), source, "m").tools(set).build().run("Who is who?");

    assertThat(result.text()).isEqualTo("done");
    Received last = fake.chatRequests().get(1);
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, String> replies = toolReplies(last);
    for (Map<String, Object> m : messages(last)) {
      if ("tool".equals(m.get("role"))) {
        byName.put((String) m.get("name"), replies.get((String) m.get("tool_call_id")));
      }
    }
    assertThat(byName)
        .containsOnly(
            Map.entry(plain, "I am a_b"),
            Map.entry(dotted, "I am a.b"),
            Map.entry(shortened, "I am " + LONG));
  }
}
