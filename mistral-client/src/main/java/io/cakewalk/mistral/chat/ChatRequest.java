package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chat completion request (spec {@code ChatCompletionRequest}): every field the spec defines and
 * nothing else; absent ({@code null}) fields are never written. Build with {@link #builder}.
 *
 * <pre>{@code
 * ChatRequest req = ChatRequest.builder("mistral-small-latest", List.of(ChatMessage.user("Hi")))
 *     .temperature(0.2).tools(tools).toolChoice(ToolChoice.Mode.ANY).build();
 * }</pre>
 *
 * @param model model id
 * @param messages the conversation, at least one message
 * @param temperature 0 to 1.5
 * @param topP in (0, 1]
 * @param maxTokens at least 0
 * @param stream whether to stream; set by the client
 * @param stop stop sequences
 * @param randomSeed at least 0
 * @param metadata free-form metadata
 * @param responseFormat output format
 * @param tools at most 128 tools
 * @param toolChoice which tool to call
 * @param presencePenalty -2 to 2
 * @param frequencyPenalty -2 to 2
 * @param n completions per request, at least 1
 * @param prediction predicted output
 * @param parallelToolCalls whether several calls per turn are allowed
 * @param reasoningEffort reasoning effort
 * @param promptMode reasoning system prompt mode
 * @param guardrails moderation guardrails
 * @param promptCacheKey prompt cache key
 * @param serviceTier requested capacity
 * @param safePrompt deprecated safety prompt switch
 */
@JsonPropertyOrder({"model", "messages"})
public record ChatRequest(
    String model,
    List<ChatMessage> messages,
    Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens,
    Boolean stream,
    List<String> stop,
    @JsonProperty("random_seed") Long randomSeed,
    Map<String, Object> metadata,
    @JsonProperty("response_format") ResponseFormat responseFormat,
    List<Tool> tools,
    @JsonProperty("tool_choice") ToolChoice toolChoice,
    @JsonProperty("presence_penalty") Double presencePenalty,
    @JsonProperty("frequency_penalty") Double frequencyPenalty,
    Integer n,
    Prediction prediction,
    @JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
    @JsonProperty("reasoning_effort") ReasoningEffort reasoningEffort,
    @JsonProperty("prompt_mode") PromptMode promptMode,
    List<Guardrail> guardrails,
    @JsonProperty("prompt_cache_key") String promptCacheKey,
    @JsonProperty("service_tier") ServiceTier serviceTier,
    @JsonProperty("safe_prompt") Boolean safePrompt) {

  /** Mistral's documented limit of tools per request. */
  public static final int MAX_TOOLS = 128;

  /** The older reasoning system-prompt mode ({@code prompt_mode}). */
  public enum PromptMode {
    /** Use the reasoning system prompt. */
    REASONING;

    /** The wire value. */
    @JsonValue
    public String wire() {
      return "reasoning";
    }
  }

  public ChatRequest {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("chat request needs a model");
    }
    if (messages == null || messages.isEmpty()) {
      throw new IllegalArgumentException("chat request needs at least one message");
    }
    messages = List.copyOf(messages);
    range("temperature", temperature, 0, 1.5);
    range("frequency_penalty", frequencyPenalty, -2, 2);
    range("presence_penalty", presencePenalty, -2, 2);
    if (topP != null && (topP <= 0 || topP > 1)) {
      throw new IllegalArgumentException("top_p must be in (0, 1], was " + topP);
    }
    atLeast("max_tokens", maxTokens, 0);
    atLeast("n", n, 1);
    if (randomSeed != null && randomSeed < 0) {
      throw new IllegalArgumentException("random_seed must be at least 0");
    }
    stop = stop == null ? null : List.copyOf(stop);
    metadata = metadata == null ? null : Map.copyOf(metadata);
    guardrails = guardrails == null ? null : List.copyOf(guardrails);
    if (tools != null) {
      tools = List.copyOf(tools);
      checkTools(tools);
    }
  }

  private static void checkTools(List<Tool> tools) {
    if (tools.size() > MAX_TOOLS) {
      throw new IllegalArgumentException(
          tools.size()
              + " tools exceed Mistral's limit of "
              + MAX_TOOLS
              + " per request: select fewer tools");
    }
    Set<String> names = new HashSet<>();
    for (Tool t : tools) {
      if (t instanceof Tool.Function f && !names.add(f.function().name())) {
        throw new IllegalArgumentException("duplicate function name '" + f.function().name() + "'");
      }
    }
  }

  private static void range(String name, Double v, double min, double max) {
    if (v != null && (v < min || v > max)) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + v);
    }
  }

  private static void atLeast(String name, Integer v, int min) {
    if (v != null && v < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + v);
    }
  }

  /** A builder with the required parts up front. */
  public static ChatRequestBuilder builder(String model, List<ChatMessage> messages) {
    return new ChatRequestBuilder(model, messages);
  }

  /** A builder preset with this request's values. */
  public ChatRequestBuilder toBuilder() {
    return new ChatRequestBuilder(this);
  }

  /** A copy with other messages. */
  public ChatRequest withMessages(List<ChatMessage> newMessages) {
    return toBuilder().messages(newMessages).build();
  }

  /** A copy with {@code stream} set. */
  public ChatRequest withStream(boolean value) {
    return toBuilder().stream(value).build();
  }
}
