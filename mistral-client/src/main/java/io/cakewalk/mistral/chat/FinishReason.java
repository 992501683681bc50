package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why the model stopped; values the client does not know map to {@link #UNKNOWN}. */
public enum FinishReason {
  /** Natural end or a stop sequence. */
  STOP("stop"),
  /** {@code max_tokens} reached. */
  LENGTH("length"),
  /** The model's context length reached. */
  MODEL_LENGTH("model_length"),
  /** Server-side generation error. */
  ERROR("error"),
  /** The model asks for tool calls. */
  TOOL_CALLS("tool_calls"),
  /** A value this client does not know. */
  UNKNOWN("unknown");

  private final String wire;

  FinishReason(String wire) {
    this.wire = wire;
  }

  /** The wire value. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Parses a wire value; unknown values give {@link #UNKNOWN}, {@code null} gives null. */
  @JsonCreator
  public static FinishReason parse(String value) {
    if (value == null) {
      return null;
    }
    for (FinishReason r : values()) {
      if (r.wire.equals(value)) {
        return r;
      }
    }
    return UNKNOWN;
  }
}
