package io.cakewalk.oauth.token;

import io.cakewalk.oauth.internal.Secrets;

/**
 * A refresh token (RFC 6749 §1.5). Prints redacted and compares in constant time.
 *
 * @param value the secret value; read it only to send it
 */
public record RefreshToken(String value) {

  public RefreshToken {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("RefreshToken must not be empty");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefreshToken other && Secrets.equal(value, other.value);
  }

  @Override
  public int hashCode() {
    return 0; // constant on purpose: content hashes of secrets stay out of hash tables
  }

  @Override
  public String toString() {
    return "RefreshToken[***]";
  }
}
