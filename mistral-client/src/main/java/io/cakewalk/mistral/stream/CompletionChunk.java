package io.cakewalk.mistral.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cakewalk.mistral.chat.FinishReason;
import io.cakewalk.mistral.chat.MessageContent;
import io.cakewalk.mistral.chat.ToolCall;
import io.cakewalk.mistral.chat.Usage;
import java.util.List;

/**
 * One streamed event (spec {@code CompletionChunk}); {@code usage} arrives with the last one.
 *
 * @param id completion id
 * @param object {@code chat.completion.chunk}
 * @param created Unix seconds
 * @param model model that answers
 * @param usage token usage, usually only on the final chunk
 * @param choices the deltas
 */
public record CompletionChunk(
    String id, String object, Long created, String model, Usage usage, List<Choice> choices) {

  public CompletionChunk {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /**
   * A streamed choice.
   *
   * @param index choice index
   * @param delta the increment
   * @param finishReason set on the choice's last chunk
   */
  public record Choice(
      int index, Delta delta, @JsonProperty("finish_reason") FinishReason finishReason) {}

  /**
   * A message increment.
   *
   * @param role role, usually only on the first chunk
   * @param content text or chunk increment
   * @param toolCalls whole tool calls or fragments
   */
  public record Delta(
      String role, MessageContent content, @JsonProperty("tool_calls") List<ToolCall> toolCalls) {}
}
