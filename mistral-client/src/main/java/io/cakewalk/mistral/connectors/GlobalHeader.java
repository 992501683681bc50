package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A connector-wide header value ({@code GlobalHeaderValue}); secret values are never printed.
 *
 * @param value the header value
 * @param isSecret whether Mistral stores it encrypted and redacts it (default true)
 */
public record GlobalHeader(String value, @JsonProperty("is_secret") Boolean isSecret) {

  public GlobalHeader {
    if (value == null) {
      throw new IllegalArgumentException("global header needs a value");
    }
  }

  @Override
  public String toString() {
    return "GlobalHeader[value=" + (Boolean.FALSE.equals(isSecret) ? value : "****") + "]";
  }
}
