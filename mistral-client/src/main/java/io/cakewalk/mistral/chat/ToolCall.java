package io.cakewalk.mistral.chat;

/**
 * A tool call made by the model (spec {@code ToolCall}). The id is kept as received; use {@link
 * ToolCallIds} to normalise foreign ids before replaying them to Mistral.
 *
 * @param id call id, or {@code null}
 * @param type {@code function}, or {@code null}
 * @param function name and arguments
 * @param index position in a parallel call, or {@code null}
 */
public record ToolCall(String id, String type, FunctionCall function, Integer index) {

  public ToolCall {
    if (function == null) {
      throw new IllegalArgumentException("tool call needs a function");
    }
  }

  /** A function call with the given id, as built for replay. */
  public static ToolCall of(ToolCallId id, String name, String arguments) {
    return new ToolCall(id.value(), "function", new FunctionCall(name, arguments), null);
  }

  /** The function name. */
  public String name() {
    return function.name();
  }

  /** A copy with another id. */
  public ToolCall withId(String newId) {
    return new ToolCall(newId, type, function, index);
  }
}
