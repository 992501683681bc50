package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a reasoning model thinks ({@code reasoning_effort}); makes content a chunk list. */
public enum ReasoningEffort {
  NONE,
  MINIMAL,
  LOW,
  MEDIUM,
  HIGH,
  XHIGH;

  /** The wire value. */
  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
