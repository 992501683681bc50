package io.cakewalk.mistral.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mistral.fake.OpenApiContract;
import io.cakewalk.mistral.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request shape the client can build validates against the official OpenAPI schema. */
class ChatRequestContractTest {

  static final Map<String, Object> PARAMS =
      Map.of(
          "type",
          "object",
          "properties",
          Map.of("city", Map.of("type", "string")),
          "required",
          List.of("city"));

  static ChatRequestBuilder base() {
    return ChatRequest.builder(
        "mistral-small-latest", List.of(ChatMessage.user("Weather in Paris?")));
  }

  static List<ChatMessage> toolConversation() {
    ToolCallId id = new ToolCallId("D681PevKs");
    return List.of(
        ChatMessage.system("You are terse."),
        ChatMessage.user("Weather in Paris?"),
        ChatMessage.assistantToolCalls(List.of(ToolCall.of(id, "weather", "{\"city\":\"Paris\"}"))),
        ChatMessage.toolResult(id, "weather", "18C, sunny"));
  }

  static Stream<ChatRequest> requests() {
    List<ChatRequest> all = new ArrayList<>();
    all.add(base().build());
    all.add(
        base()
            .messages(toolConversation())
            .temperature(0.3)
            .topP(0.9)
            .maxTokens(256)
            .stop("END", "STOP")
            .randomSeed(42L)
            .metadata(Map.of("trace", "t1"))
            .tools(
                List.of(Tool.function(FunctionDefinition.of("weather", "Current weather", PARAMS))))
            .toolChoice(ToolChoice.Mode.ANY)
            .presencePenalty(0.5)
            .frequencyPenalty(-0.5)
            .n(1)
            .prediction(Prediction.content("18C"))
            .parallelToolCalls(false)
            .reasoningEffort(ReasoningEffort.HIGH)
            .promptMode(ChatRequest.PromptMode.REASONING)
            .guardrails(List.of(new Guardrail(true, Map.of("action", "block"), null)))
            .promptCacheKey("cache-1")
            .serviceTier(ServiceTier.STANDARD_ONLY)
            .safePrompt(true)
            .build());
    for (ToolChoice.Mode m : ToolChoice.Mode.values()) {
      all.add(base().toolChoice(m).build());
    }
    all.add(base().toolChoice(ToolChoice.function("weather")).build());
    all.add(base().responseFormat(ResponseFormat.text()).build());
    all.add(base().responseFormat(ResponseFormat.jsonObject()).build());
    all.add(base().responseFormat(ResponseFormat.jsonSchema("book", PARAMS, true)).build());
    all.add(
        base()
            .tools(List.of(Tool.function(new FunctionDefinition("noargs", null, null, true))))
            .build());
    all.add(
        base()
            .tools(
                List.of(
                    new Tool.Connector(
                        "my_gateway", new Tool.ToolConfiguration(List.of("search"), null, null))))
            .build());
    for (ReasoningEffort e : ReasoningEffort.values()) {
      all.add(base().reasoningEffort(e).build());
    }
    all.add(base().serviceTier(ServiceTier.AUTO).build());
    all.add(base().stream(true).build());
    all.add(
        base()
            .messages(
                List.of(
                    new ChatMessage.System(
                        MessageContent.of(List.of(new ContentChunk.Text("sys")))),
                    new ChatMessage.User(
                        MessageContent.of(
                            List.of(
                                new ContentChunk.Text("look"),
                                ContentChunk.ImageUrl.of("data:image/png;base64,iVBORw0"),
                                new ContentChunk.ImageUrl(
                                    new ContentChunk.ImageUrl.Image("https://x/y.png", "high")),
                                new ContentChunk.DocumentUrl("https://x/doc.pdf", "doc.pdf"),
                                new ContentChunk.Reference(List.of(1, "a")),
                                new ContentChunk.File("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                                new ContentChunk.InputAudio("UklGRg==")))),
                    new ChatMessage.Assistant(
                        MessageContent.of(
                            List.of(
                                new ContentChunk.Thinking(
                                    List.of(new ContentChunk.Text("hmm")), "sig", true),
                                new ContentChunk.Text("Answer"))),
                        null,
                        null),
                    ChatMessage.user("and?"),
                    new ChatMessage.Assistant(MessageContent.of("Sure, "), null, true)))
            .build());
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestValidatesAgainstSpec(ChatRequest request) {
    String json = Json.write(request);
    assertThat(OpenApiContract.validate("ChatCompletionRequest", json)).as(json).isEmpty();
    assertThat(json).doesNotContain("null");
  }

  @Test
  void validatorCatchesFieldsMistralRejects() {
    assertThat(
            OpenApiContract.validate(
                "ChatCompletionRequest",
                """
        {"model":"m","messages":[{"role":"user","content":"hi"}],"stream_options":{"include_usage":true}}"""))
        .anyMatch(e -> e.contains("stream_options"));
    assertThat(
            OpenApiContract.validate(
                "ChatCompletionRequest",
                """
        {"model":"m","messages":[{"role":"user","content":"hi"}],"parallel_tool_calls":null}"""))
        .isNotEmpty();
  }

  @Test
  void unsetFieldsAreNeverWritten() {
    assertThat(Json.toMap(base().build())).containsOnlyKeys("model", "messages");
  }

  @Test
  void toolChoiceWireForms() {
    assertThat(Json.write(ToolChoice.Mode.ANY)).isEqualTo("\"any\"");
    assertThat(Json.write(ToolChoice.function("weather")))
        .isEqualTo("{\"type\":\"function\",\"function\":{\"name\":\"weather\"}}");
  }

  @Test
  void parameterlessFunctionGetsEmptyObjectSchema() {
    FunctionDefinition f = new FunctionDefinition("ping", null, null, null);
    assertThat(Json.toMap(f))
        .isEqualTo(
            Map.of("name", "ping", "parameters", Map.of("type", "object", "properties", Map.of())));
  }

  @Test
  void rejectsWhatMistralWouldReject() {
    assertThatThrownBy(() -> FunctionDefinition.of("my.tool", null, PARAMS))
        .hasMessageContaining("a-z, A-Z, 0-9");
    assertThatThrownBy(() -> FunctionDefinition.of("x".repeat(65), null, PARAMS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ToolCallId("call_abc123")).hasMessageContaining("9 characters");
    assertThatThrownBy(() -> base().temperature(1.6).build()).hasMessageContaining("temperature");
    assertThatThrownBy(() -> base().topP(0.0).build()).hasMessageContaining("top_p");
    List<Tool> tooMany = new ArrayList<>();
    for (int i = 0; i < 129; i++) {
      tooMany.add(Tool.function(FunctionDefinition.of("t" + i, null, PARAMS)));
    }
    assertThatThrownBy(() -> base().tools(tooMany).build()).hasMessageContaining("128");
  }
}
