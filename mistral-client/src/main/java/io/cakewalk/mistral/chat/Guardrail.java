package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A moderation guardrail (spec {@code GuardrailConfig}); the moderation settings are free-form
 * objects as in the spec.
 *
 * @param blockOnError answer 403 instead of failing open on a server-side moderation error
 * @param moderationLlmV1 optional {@code ModerationLLMV1Config}
 * @param moderationLlmV2 optional {@code ModerationLLMV2Config}
 */
public record Guardrail(
    @JsonProperty("block_on_error") Boolean blockOnError,
    @JsonProperty("moderation_llm_v1") Map<String, Object> moderationLlmV1,
    @JsonProperty("moderation_llm_v2") Map<String, Object> moderationLlmV2) {

  public Guardrail {
    moderationLlmV1 = moderationLlmV1 == null ? null : Map.copyOf(moderationLlmV1);
    moderationLlmV2 = moderationLlmV2 == null ? null : Map.copyOf(moderationLlmV2);
  }
}
