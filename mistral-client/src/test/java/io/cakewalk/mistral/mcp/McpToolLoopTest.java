package io.cakewalk.mistral.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.FinishReason;
import io.cakewalk.mistral.chat.ToolChoice;
import io.cakewalk.mistral.fake.Completions;
import io.cakewalk.mistral.fake.FakeMistral;
import io.cakewalk.mistral.fake.Received;
import io.cakewalk.mistral.fake.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drives the loop against the rule-enforcing fake Mistral and an in-memory MCP tool source. */
class McpToolLoopTest {

  static final Map<String, Object> CITY =
      Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")));

  private final FakeMistral fake = FakeMistral.start();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final CountDownLatch bothRunning = new CountDownLatch(2);
  private final List<Boolean> sawOverlap = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    fake.close();
  }

  private final McpToolSource mcp =
      new McpToolSource() {
        @Override
        public List<Tool> listTools() {
          return List.of(
              Tool.builder("weather.get", CITY).description("Weather").build(),
              Tool.builder("time", Map.of("type", "object")).build(),
              Tool.builder("fail", Map.of("type", "object")).build());
        }

        @Override
        public CallToolResult callTool(String name, Map<String, Object> args) {
          events.add("call " + name + " " + args);
          switch (name) {
            case "weather.get", "time" -> {
              bothRunning.countDown();
              try {
                sawOverlap.add(bothRunning.await(30, TimeUnit.SECONDS));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return name.equals("time")
                  ? new CallToolResult(List.of(), Map.of("utc", "12:00"), null, null)
                  : CallToolResult.text("18C in " + args.get("city"));
            }
            case "fail" -> {
              return CallToolResult.error("service down");
            }
            default -> throw new IllegalStateException("unexpected tool " + name);
          }
        }
      };

  private final LoopListener listener =
      new LoopListener() {
        @Override
        public void onToolResult(String toolName, String text, boolean isError) {
          events.add("result " + toolName + " " + isError + " " + text);
        }

        @Override
        public void onText(String piece) {
          events.add("text " + piece);
        }
      };

  @SuppressWarnings("unchecked")
  private static int assistantTurns(Received r) {
    List<Map<String, Object>> msgs = (List<Map<String, Object>>) r.json().get("messages");
    return (int) msgs.stream().filter(m -> "assistant".equals(m.get("role"))).count();
  }

  @Test
  void multiStepParallelCallsWithErrorsPassedBackToTheModel() {
    fake.enqueueChat(Reply.json(503, "{\"message\":\"busy\"}"));
    fake.onChat(
        r ->
            switch (assistantTurns(r)) {
              case 0 ->
                  Reply.ok(
                      Completions.toolCalls(
                          List.of(
                              Map.entry(
                                  "AAAAAAAA1",
                                  new String[] {"weather_get", "{\"city\":\"Paris\"}"}),
                              Map.entry("call_7f3a_foreign", new String[] {"time", ""}))));
              case 1 ->
                  Reply.ok(
                      Completions.toolCalls(
                          List.of(
                              Map.entry("BBBBBBBB2", new String[] {"fail", "{}"}),
                              Map.entry("CCCCCCCC3", new String[] {"nope", "{}"}),
                              Map.entry("DDDDDDDD4", new String[] {"weather_get", "{oops"}))));
              default -> Reply.ok(Completions.text("It is 18C in Paris."));
            });

    LoopResult result =
        McpToolLoop.builder(fake.client(), mcp, "mistral-small-latest")
            .listener(listener)
            .build()
            .run("Weather in Paris?");

    assertThat(result.text()).isEqualTo("It is 18C in Paris.");
    assertThat(result.steps()).isEqualTo(3);
    assertThat(result.stepLimitReached()).isFalse();
    assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(result.usage().totalTokens()).isEqualTo(45);
    assertThat(sawOverlap).containsExactly(true, true);
    assertThat(events)
        .contains(
            "result weather.get false 18C in Paris",
            "result time false {\"utc\":\"12:00\"}",
            "result fail true Error: service down",
            "result nope true Error: tool 'nope' does not exist")
        .anyMatch(
            e ->
                e.startsWith(
                    "result weather.get true Error: Arguments of 'weather_get' are not a JSON object"))
        .doesNotContain("call nope {}");
    // Every round passed the fake's Mistral rules (ids, names, order, counts); 4 = 503 + 3 rounds.
    assertThat(fake.chatRequests()).hasSize(4);
    assertThat(result.messages()).hasSize(1 + 1 + 2 + 1 + 3 + 1);
    assertThat(result.messages().get(result.messages().size() - 1))
        .isInstanceOf(ChatMessage.Assistant.class);
  }

  @Test
  void streamingIncrementalCallsThenTokensAfter429() {
    String call1 =
        "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"id\":\"chatcmpl-tool-9f149c74\",\"type\":\"function\",\"function\":{\"name\":\"fail\",\"arguments\":\"\"},\"index\":0}]},\"finish_reason\":null}]}";
    String call2 =
        "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"function\":{\"name\":\"\",\"arguments\":\"{}\"},\"index\":0}]},\"finish_reason\":\"tool_calls\"}]}";
    fake.enqueueChat(
        Reply.json(
                429,
                "{\"object\":\"error\",\"message\":\"Rate limit exceeded\",\"type\":\"rate_limited\",\"param\":null,\"code\":\"1300\"}")
            .header("Retry-After", "0"));
    fake.onChat(
        r ->
            assistantTurns(r) == 0
                ? Reply.sse(List.of(call1, call2))
                : Reply.sse(
                    List.of(
                        "{\"id\":\"t\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Sorry, \"},\"finish_reason\":null}]}",
                        "{\"id\":\"t\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"it failed.\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}")));

    LoopResult result =
        McpToolLoop.builder(fake.client(), mcp, "mistral-small-latest").stream(true)
            .listener(listener)
            .build()
            .run("Try it");

    assertThat(result.text()).isEqualTo("Sorry, it failed.");
    assertThat(events)
        .containsSubsequence(
            "result fail true Error: service down", "text Sorry, ", "text it failed.");
    assertThat(fake.chatRequests()).hasSize(3);
    assertThat(fake.chatRequests().get(2).body()).doesNotContain("chatcmpl-tool");
  }

  @Test
  void stopsAtTheStepLimit() {
    fake.onChat(
        r ->
            Reply.ok(
                Completions.toolCalls(
                    List.of(
                        Map.entry("EEEEEEEE" + assistantTurns(r), new String[] {"fail", "{}"})))));

    LoopResult result =
        McpToolLoop.builder(fake.client(), mcp, "m").maxSteps(2).build().run("loop");

    assertThat(result.stepLimitReached()).isTrue();
    assertThat(result.steps()).isEqualTo(2);
    assertThat(result.text()).isEmpty();
    assertThat(result.messages().get(result.messages().size() - 1))
        .isInstanceOf(ChatMessage.Tool.class);
  }

  @Test
  void sendsToolChoiceAndParallelSettings() {
    fake.onChat(r -> Reply.ok(Completions.text("done")));
    McpToolLoop.builder(fake.client(), mcp, "m")
        .toolChoice(ToolChoice.Mode.ANY)
        .parallelToolCalls(false)
        .build()
        .run("go");
    Map<String, Object> body = fake.chatRequests().get(0).json();
    assertThat(body)
        .containsEntry("tool_choice", "any")
        .containsEntry("parallel_tool_calls", false);
    assertThat((List<?>) body.get("tools")).hasSize(3);
  }

  @ParameterizedTest
  @MethodSource("forcingChoices")
  void forcingToolChoiceRelaxesToAutoAfterTheFirstToolRound(ToolChoice choice) {
    // Like a model under a forcing tool_choice: it calls a tool whenever it is not told "auto".
    fake.onChat(
        r ->
            "auto".equals(r.json().get("tool_choice"))
                ? Reply.ok(Completions.text("answered"))
                : Reply.ok(
                    Completions.toolCalls(
                        List.of(
                            Map.entry(
                                "FFFFFFFF" + assistantTurns(r), new String[] {"fail", "{}"})))));

    LoopResult result =
        McpToolLoop.builder(fake.client(), mcp, "m").toolChoice(choice).build().run("go");

    assertThat(result.stepLimitReached()).isFalse();
    assertThat(result.text()).isEqualTo("answered");
    assertThat(result.steps()).isEqualTo(2);
    List<Received> requests = fake.chatRequests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).json().get("tool_choice")).isNotEqualTo("auto").isNotNull();
    assertThat(requests.get(1).json()).containsEntry("tool_choice", "auto");
  }

  static Stream<ToolChoice> forcingChoices() {
    return Stream.of(ToolChoice.Mode.ANY, ToolChoice.Mode.REQUIRED, ToolChoice.function("fail"));
  }

  @Test
  void noneStaysNoneOnEveryRound() {
    assertThat(McpToolLoop.afterToolRound(ToolChoice.Mode.NONE)).isEqualTo(ToolChoice.Mode.NONE);
    assertThat(McpToolLoop.afterToolRound(ToolChoice.Mode.AUTO)).isEqualTo(ToolChoice.Mode.AUTO);
  }
}
