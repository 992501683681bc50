package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Create or update non-OAuth credentials ({@code CredentialsCreateOrUpdate}); nothing secret
 * prints. With no headers and no token it records "no authentication", which Mistral still needs.
 *
 * @param name credential name, {@code ^[a-zA-Z0-9_-]{1,64}$}
 * @param title optional title
 * @param isDefault optional; whether it becomes the method's default
 * @param credentials the secret data, or {@code null}
 */
public record Credentials(
    String name, String title, @JsonProperty("is_default") Boolean isDefault, Secret credentials) {

  public Credentials {
    if (name == null || !name.matches("^[a-zA-Z0-9_-]{1,64}$")) {
      throw new IllegalArgumentException(
          "Credential name '" + name + "' is invalid: use 1-64 of a-z, A-Z, 0-9, '_' and '-'");
    }
  }

  /** Default credentials without authentication. */
  public static Credentials none(String name) {
    return new Credentials(name, null, true, new Secret(Map.of(), null));
  }

  /** Default credentials with a bearer token. */
  public static Credentials bearer(String name, String token) {
    return new Credentials(name, null, true, new Secret(null, token));
  }

  /**
   * The secret part ({@code ConnectionCredentials}).
   *
   * @param headers header values
   * @param bearerToken bearer token
   */
  public record Secret(
      Map<String, String> headers, @JsonProperty("bearer_token") String bearerToken) {
    public Secret {
      headers = headers == null ? null : Map.copyOf(headers);
    }

    @Override
    public String toString() {
      return "Secret[headers="
          + (headers == null ? "none" : headers.keySet())
          + ", bearerToken="
          + (bearerToken == null ? "none" : "****")
          + "]";
    }
  }
}
