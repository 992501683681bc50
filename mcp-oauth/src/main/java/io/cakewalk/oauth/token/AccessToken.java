package io.cakewalk.oauth.token;

import io.cakewalk.oauth.internal.Secrets;

/**
 * An access token (RFC 6749 §1.4), sent as {@code Authorization: Bearer} (RFC 6750 §2.1). Prints
 * redacted and compares in constant time.
 *
 * @param value the secret value; read it only to send it
 */
public record AccessToken(String value) {

  public AccessToken {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("AccessToken must not be empty");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken other && Secrets.equal(value, other.value);
  }

  @Override
  public int hashCode() {
    return 0; // constant on purpose: content hashes of secrets stay out of hash tables
  }

  @Override
  public String toString() {
    return "AccessToken[***]";
  }
}
