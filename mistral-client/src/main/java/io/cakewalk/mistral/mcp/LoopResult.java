package io.cakewalk.mistral.mcp;

import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.FinishReason;
import io.cakewalk.mistral.chat.Usage;
import java.util.List;

/**
 * The outcome of a {@link McpToolLoop} run.
 *
 * @param text the final answer's text (empty when the step limit stopped the loop)
 * @param messages the whole conversation, ready to continue
 * @param steps chat rounds used
 * @param stepLimitReached whether the loop stopped at the step limit with tool calls pending
 * @param finishReason the last finish reason
 * @param usage tokens summed over all rounds
 */
public record LoopResult(
    String text,
    List<ChatMessage> messages,
    int steps,
    boolean stepLimitReached,
    FinishReason finishReason,
    Usage usage) {

  public LoopResult {
    messages = List.copyOf(messages);
  }
}
