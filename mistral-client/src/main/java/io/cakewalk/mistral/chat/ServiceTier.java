package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** Requested capacity ({@code service_tier}). */
public enum ServiceTier {
  /** Priority capacity when available. */
  AUTO("auto"),
  /** Standard capacity only. */
  STANDARD_ONLY("standard_only");

  private final String wire;

  ServiceTier(String wire) {
    this.wire = wire;
  }

  /** The wire value. */
  @JsonValue
  public String wire() {
    return wire;
  }
}
