package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code prompts/get}.
 *
 * @param description optional description
 * @param messages the messages, never {@code null}
 * @param meta optional {@code _meta}
 */
public record GetPromptResult(
    String description,
    List<PromptMessage> messages,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public GetPromptResult {
    messages = messages == null ? List.of() : List.copyOf(messages);
    meta = Tool.freeze(meta);
  }

  public GetPromptResult(String description, List<PromptMessage> messages) {
    this(description, messages, null);
  }
}
