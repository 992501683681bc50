package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who can see a connector ({@code PublicResourceVisibility}). Prefer {@link #SHARED_WORKSPACE}: API
 * keys with the default connector scope cannot see private connectors.
 */
public enum Visibility {
  PRIVATE,
  SHARED_WORKSPACE,
  SHARED_ORG;

  /** The wire value. */
  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
