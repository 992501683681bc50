package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A header an authentication method expects ({@code ConnectorAuthenticationHeader}).
 *
 * @param name header name
 * @param isRequired whether it must be supplied (default true)
 * @param isSecret whether it is secret (default true)
 */
public record AuthHeader(
    String name,
    @JsonProperty("is_required") Boolean isRequired,
    @JsonProperty("is_secret") Boolean isSecret) {

  public AuthHeader {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("auth header needs a name");
    }
  }
}
