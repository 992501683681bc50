package io.cakewalk.oauth.id;

/**
 * A client identifier issued by an authorization server (RFC 6749 §2.2), or a Client ID Metadata
 * Document URL.
 */
public record ClientId(String value) {

  public ClientId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("client_id must not be empty");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
