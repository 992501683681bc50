package io.cakewalk.mistral.mcp;

import java.util.Map;

/**
 * Progress callbacks of a {@link McpToolLoop}, for showing tool calls and streaming tokens. Tool
 * callbacks may arrive on worker threads when calls run concurrently.
 */
public interface LoopListener {

  /** A new chat round starts (1-based). */
  default void onStep(int step) {}

  /** A piece of the model's visible text (a token when streaming, else the whole text). */
  default void onText(String piece) {}

  /** A tool is about to be called; {@code toolName} is the MCP name. */
  default void onToolCall(String toolName, Map<String, Object> arguments) {}

  /** A tool answered; {@code text} is what the model will see. */
  default void onToolResult(String toolName, String text, boolean isError) {}
}
