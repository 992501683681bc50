package io.cakewalk.mistral.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mistral.fake.OpenApiContract;
import io.cakewalk.mistral.internal.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatResponseJsonTest {

  static final String TOOL_TURN =
      """
      {"id":"cmpl-1","object":"chat.completion","model":"mistral-large-latest","created":1760000000,
       "usage":{"prompt_tokens":12,"completion_tokens":8,"total_tokens":20},
       "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":"",
         "tool_calls":[{"id":"D681PevKs","type":"function","index":0,
           "function":{"name":"retrieve_payment_status","arguments":"{\\"transaction_id\\": \\"T1001\\"}"}}],
         "prefix":false}}]}""";

  static final String REASONING =
      """
      {"id":"cmpl-2","object":"chat.completion","model":"magistral-medium-latest","created":1760000000,
       "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3},
       "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":[
         {"type":"thinking","thinking":[{"type":"text","text":"Let me think."}]},
         {"type":"text","text":"42"}]}}]}""";

  @Test
  void fixturesAreValidResponses() {
    assertThat(OpenApiContract.validate("ChatCompletionResponse", TOOL_TURN)).isEmpty();
    assertThat(OpenApiContract.validate("ChatCompletionResponse", REASONING)).isEmpty();
  }

  @Test
  void parsesToolCallTurn() {
    ChatResponse r = Json.read(TOOL_TURN, ChatResponse.class);
    assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    ToolCall call = r.toolCalls().get(0);
    assertThat(call.id()).isEqualTo("D681PevKs");
    assertThat(call.name()).isEqualTo("retrieve_payment_status");
    assertThat(call.function().parsedArguments()).isEqualTo(Map.of("transaction_id", "T1001"));
    assertThat(r.text()).isEmpty();
  }

  @Test
  void parsesReasoningChunks() {
    ChatResponse r = Json.read(REASONING, ChatResponse.class);
    assertThat(r.text()).isEqualTo("42");
    assertThat(((MessageContent.Chunks) r.message().content()).thinking())
        .isEqualTo("Let me think.");
  }

  @Test
  void toleratesUnknownFieldsValuesAndChunkTypes() {
    String live =
        """
        {"id":"x","object":"chat.completion","model":"m","created":1,"usage":{"prompt_tokens":1,
         "completion_tokens":1,"total_tokens":2,"prompt_tokens_details":{"cached_tokens":0}},
         "choices":[{"index":0,"logprobs":null,"finish_reason":"content_filter","message":{"role":"assistant",
         "content":[{"type":"future_chunk","x":1},{"type":"text","text":"hi"}],"tool_calls":null}}]}""";
    ChatResponse r = Json.read(live, ChatResponse.class);
    assertThat(r.finishReason()).isEqualTo(FinishReason.UNKNOWN);
    assertThat(r.text()).isEqualTo("hi");
  }

  @Test
  void argumentsGivenAsObjectOrEmptyText() {
    ToolCall obj =
        Json.read(
            "{\"id\":\"abcdefghi\",\"function\":{\"name\":\"f\",\"arguments\":{\"a\":1}}}",
            ToolCall.class);
    assertThat(obj.function().parsedArguments()).isEqualTo(Map.of("a", 1));
    ToolCall empty =
        Json.read("{\"function\":{\"name\":\"f\",\"arguments\":\"\"}}", ToolCall.class);
    assertThat(empty.function().parsedArguments()).isEmpty();
    ToolCall bad =
        Json.read("{\"function\":{\"name\":\"f\",\"arguments\":\"{oops\"}}", ToolCall.class);
    assertThatThrownBy(() -> bad.function().parsedArguments())
        .hasMessageContaining("not a JSON object");
  }

  @Test
  void replayedAssistantMessageRoundTrips() {
    ChatMessage.Assistant m = Json.read(TOOL_TURN, ChatResponse.class).message();
    String json = Json.write(m);
    assertThat(Json.read(json, ChatMessage.class)).isEqualTo(m);
    assertThat(json).startsWith("{\"role\":\"assistant\"");
  }

  @Test
  void toolCallIdsKeepValidIdsAndReplaceForeignOnesConsistently() {
    ToolCallIds ids = new ToolCallIds();
    assertThat(ids.normalise("D681PevKs").value()).isEqualTo("D681PevKs");
    ToolCallId foreign = ids.normalise("chatcmpl-tool-9f149c74c42f265b");
    assertThat(ToolCallId.isValid(foreign.value())).isTrue();
    assertThat(ids.normalise("chatcmpl-tool-9f149c74c42f265b")).isEqualTo(foreign);
    assertThat(ids.normalise(null)).isNotEqualTo(ids.normalise(null));
  }
}
