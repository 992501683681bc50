package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cakewalk.mistral.ResponseInfo;
import java.util.List;

/**
 * A chat completion (spec {@code ChatCompletionResponse}) plus what the HTTP layer saw: request id
 * and rate limits in {@link #info()}.
 *
 * @param id completion id
 * @param object {@code chat.completion}
 * @param model model that answered
 * @param created creation time, Unix seconds
 * @param usage token usage, or {@code null}
 * @param choices the choices, usually one
 * @param info HTTP metadata, {@code null} for a response not received over HTTP
 */
public record ChatResponse(
    String id,
    String object,
    String model,
    Long created,
    Usage usage,
    List<Choice> choices,
    @JsonIgnore ResponseInfo info) {

  public ChatResponse {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /**
   * One choice.
   *
   * @param index position
   * @param message the assistant message
   * @param finishReason why generation stopped
   */
  public record Choice(
      int index,
      ChatMessage.Assistant message,
      @JsonProperty("finish_reason") FinishReason finishReason) {}

  /** A copy carrying HTTP metadata. */
  public ChatResponse withInfo(ResponseInfo newInfo) {
    return new ChatResponse(id, object, model, created, usage, choices, newInfo);
  }

  /** The first choice's message; fails when there is no choice. */
  public ChatMessage.Assistant message() {
    if (choices.isEmpty() || choices.get(0).message() == null) {
      throw new IllegalStateException("Mistral returned no choice in completion " + id);
    }
    return choices.get(0).message();
  }

  /** The first choice's finish reason, or {@code null}. */
  public FinishReason finishReason() {
    return choices.isEmpty() ? null : choices.get(0).finishReason();
  }

  /** The first choice's visible text. */
  public String text() {
    return message().text();
  }

  /** The first choice's tool calls, empty when none. */
  public List<ToolCall> toolCalls() {
    return message().calls();
  }
}
