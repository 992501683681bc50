package io.cakewalk.oauth.token;

import io.cakewalk.oauth.internal.Secrets;

/**
 * An authorization code (RFC 6749 §1.3.1), single use and short-lived. Prints redacted and compares
 * in constant time.
 *
 * @param value the secret value; read it only to send it
 */
public record AuthorizationCode(String value) {

  public AuthorizationCode {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("AuthorizationCode must not be empty");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthorizationCode other && Secrets.equal(value, other.value);
  }

  @Override
  public int hashCode() {
    return 0; // constant on purpose: content hashes of secrets stay out of hash tables
  }

  @Override
  public String toString() {
    return "AuthorizationCode[***]";
  }
}
