package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Token usage of a completion (spec {@code UsageInfo}).
 *
 * @param promptTokens tokens in the prompt
 * @param completionTokens tokens generated
 * @param totalTokens the sum
 */
public record Usage(
    @JsonProperty("prompt_tokens") int promptTokens,
    @JsonProperty("completion_tokens") int completionTokens,
    @JsonProperty("total_tokens") int totalTokens) {

  /** No tokens. */
  public static final Usage ZERO = new Usage(0, 0, 0);

  /** The sum of two usages. */
  public Usage plus(Usage other) {
    return other == null
        ? this
        : new Usage(
            promptTokens + other.promptTokens,
            completionTokens + other.completionTokens,
            totalTokens + other.totalTokens);
  }
}
