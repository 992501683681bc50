package io.cakewalk.mistral.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mistral.MistralApiException;
import io.cakewalk.mistral.MistralClient;
import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.chat.ChatResponse;
import io.cakewalk.mistral.chat.FinishReason;
import io.cakewalk.mistral.chat.ToolCall;
import io.cakewalk.mistral.fake.FakeMistral;
import io.cakewalk.mistral.fake.OpenApiContract;
import io.cakewalk.mistral.fake.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatStreamTest {

  /** vercel/ai packages/mistral/src/__fixtures__/mistral-tool-call.chunks.txt (Mistral-native). */
  static final String NATIVE =
      """
      {"id":"b3999b8c93e04e11bcbff7bcab829667","object":"chat.completion.chunk","created":1769088854,"model":"mistral-small-latest","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null,"logprobs":null}]}
      {"id":"b3999b8c93e04e11bcbff7bcab829667","object":"chat.completion.chunk","created":1769088854,"model":"mistral-small-latest","choices":[{"index":0,"delta":{"content":null,"tool_calls":[{"id":"gSIMJiOkT","function":{"name":"weather","arguments":"{\\"location\\": \\"San Francisco\\"}"}}]},"finish_reason":"tool_calls","logprobs":null}],"usage":{"prompt_tokens":124,"total_tokens":146,"completion_tokens":22}}
      """;

  /** vercel/ai packages/mistral/src/__fixtures__/mistral-incremental-tool-call.chunks.txt. */
  static final String INCREMENTAL =
      """
      {"id":"735e434874a24f68a2390b3cab149242","object":"chat.completion.chunk","created":1787234678,"model":"zai-glm-5-2","choices":[{"index":0,"delta":{"tool_calls":[{"id":"chatcmpl-tool-9f149c74c42f265b","type":"function","function":{"name":"webSearchTool","arguments":""},"index":0}],"index":0,"content":""},"finish_reason":null,"logprobs":null}]}
      {"id":"735e434874a24f68a2390b3cab149242","object":"chat.completion.chunk","created":1787234678,"model":"zai-glm-5-2","choices":[{"index":0,"delta":{"tool_calls":[{"type":"function","function":{"name":"","arguments":"{\\"query\\": \\"current Berlin weather\\"}"},"index":0}],"index":0,"content":""},"finish_reason":null,"logprobs":null}]}
      {"id":"735e434874a24f68a2390b3cab149242","object":"chat.completion.chunk","created":1787234678,"model":"zai-glm-5-2","choices":[{"index":0,"delta":{"index":0,"content":""},"finish_reason":"tool_calls","logprobs":null}],"usage":{"prompt_tokens":171,"total_tokens":185,"completion_tokens":14,"prompt_tokens_details":{"cached_tokens":128}}}
      """;

  private final FakeMistral fake = FakeMistral.start();
  private final MistralClient client = fake.client();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static ChatRequest request() {
    return ChatRequest.builder("mistral-small-latest", List.of(ChatMessage.user("Weather?")))
        .build();
  }

  private ChatResponse replay(String fixture, List<String> texts) {
    fake.enqueueChat(Reply.sse(fixture.lines().toList()));
    try (ChatStream s = client.chatStream(request())) {
      return s.collect(texts::add);
    }
  }

  @Test
  void nativeWholeCallStyle() {
    ChatResponse r = replay(NATIVE, new ArrayList<>());
    assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(r.toolCalls())
        .containsExactly(
            new ToolCall(
                "gSIMJiOkT",
                "function",
                new io.cakewalk.mistral.chat.FunctionCall(
                    "weather", "{\"location\": \"San Francisco\"}"),
                null));
    assertThat(r.usage().totalTokens()).isEqualTo(146);
    assertThat(r.model()).isEqualTo("mistral-small-latest");
    assertThat(fake.chatRequests().get(0).json()).containsEntry("stream", true);
  }

  @Test
  void incrementalOpenAiStyle() {
    ChatResponse r = replay(INCREMENTAL, new ArrayList<>());
    assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(r.toolCalls()).hasSize(1);
    ToolCall call = r.toolCalls().get(0);
    assertThat(call.id()).isEqualTo("chatcmpl-tool-9f149c74c42f265b");
    assertThat(call.name()).isEqualTo("webSearchTool");
    assertThat(call.function().arguments()).isEqualTo("{\"query\": \"current Berlin weather\"}");
    assertThat(r.usage().promptTokens()).isEqualTo(171);
  }

  @Test
  void fixtureChunksMatchTheSpecExceptLiveOnlyUsageDetails() {
    for (String line : (NATIVE + INCREMENTAL).lines().toList()) {
      List<String> errors = OpenApiContract.validate("CompletionChunk", line);
      // Live usage carries prompt_tokens_details, which the spec's UsageInfo does not allow.
      assertThat(errors).as(line).allMatch(e -> e.contains("prompt_tokens_details"));
    }
  }

  @Test
  void streamsTextPiecesInOrder() {
    List<String> chunks = new ArrayList<>();
    for (String piece : List.of("Hel", "lo", " world")) {
      chunks.add(
          "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
              + piece
              + "\"},\"finish_reason\":null}]}");
    }
    chunks.add(
        "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":3,\"total_tokens\":4}}");
    List<String> texts = new ArrayList<>();
    ChatResponse r = replay(String.join("\n", chunks), texts);
    assertThat(texts).containsExactly("Hel", "lo", " world");
    assertThat(r.text()).isEqualTo("Hello world");
    assertThat(r.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(r.toolCalls()).isEmpty();
  }

  @Test
  void errorEventInsideStreamBecomesApiException() {
    fake.enqueueChat(
        Reply.sse(
            List.of(
                "{\"object\":\"error\",\"message\":\"overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":null}")));
    try (ChatStream s = client.chatStream(request())) {
      assertThatThrownBy(() -> s.collect(t -> {}))
          .isInstanceOf(MistralApiException.class)
          .hasMessageContaining("overloaded");
    }
  }

  @Test
  void streamRetriesBeforeTheFirstEvent() {
    fake.enqueueChat(Reply.json(503, "busy"), Reply.sse(NATIVE.lines().toList()));
    try (ChatStream s = client.chatStream(request())) {
      assertThat(s.info().attempts()).isEqualTo(2);
      assertThat(s.collect(t -> {}).toolCalls()).hasSize(1);
    }
  }
}
