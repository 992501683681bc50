package io.cakewalk.oauth.registration;

import java.util.Optional;

/**
 * A {@code token_endpoint_auth_method} (RFC 7591 §2, OAuth 2.1 §2.4): how a client authenticates at
 * the token endpoint.
 */
public enum ClientAuthMethod {
  /** A public client: {@code client_id} in the body, no secret. */
  NONE("none"),
  /** HTTP Basic with the form-encoded id and secret (RFC 6749 §2.3.1). */
  CLIENT_SECRET_BASIC("client_secret_basic"),
  /** {@code client_id} and {@code client_secret} in the body. */
  CLIENT_SECRET_POST("client_secret_post"),
  /** A JWT signed with the secret (RFC 7523); not used by this client. */
  CLIENT_SECRET_JWT("client_secret_jwt"),
  /** A JWT signed with the client's key (RFC 7523); not used by this client. */
  PRIVATE_KEY_JWT("private_key_jwt");

  private final String value;

  ClientAuthMethod(String value) {
    this.value = value;
  }

  /** The wire value. */
  public String value() {
    return value;
  }

  /** The method with this wire value. */
  public static Optional<ClientAuthMethod> parse(String value) {
    for (ClientAuthMethod m : values()) {
      if (m.value.equals(value)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
