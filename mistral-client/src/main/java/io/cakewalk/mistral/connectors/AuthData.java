package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pre-registered OAuth client for a connector ({@code AuthData}); the secret never prints.
 *
 * @param clientId the client id
 * @param clientSecret optional client secret
 */
public record AuthData(
    @JsonProperty("client_id") String clientId,
    @JsonProperty("client_secret") String clientSecret) {

  public AuthData {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("auth data needs a client_id");
    }
  }

  @Override
  public String toString() {
    return "AuthData[clientId="
        + clientId
        + ", clientSecret="
        + (clientSecret == null ? "none" : "****")
        + "]";
  }
}
