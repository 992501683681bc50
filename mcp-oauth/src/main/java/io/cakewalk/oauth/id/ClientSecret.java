package io.cakewalk.oauth.id;

import io.cakewalk.oauth.internal.Secrets;

/**
 * A client secret (RFC 6749 §2.3.1). Prints redacted and compares in constant time.
 *
 * @param value the secret; read it only to send it
 */
public record ClientSecret(String value) {

  public ClientSecret {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("client_secret must not be empty");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientSecret other && Secrets.equal(value, other.value);
  }

  @Override
  public int hashCode() {
    return 0; // constant: a content hash would leak through timing and hash tables
  }

  @Override
  public String toString() {
    return "ClientSecret[***]";
  }
}
