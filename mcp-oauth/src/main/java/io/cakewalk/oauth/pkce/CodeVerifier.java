package io.cakewalk.oauth.pkce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE code verifier (RFC 7636 §4.1): {@code code-verifier = 43*128unreserved}, {@code unreserved
 * = ALPHA / DIGIT / "-" / "." / "_" / "~"}. Prints redacted and compares in constant time.
 */
public record CodeVerifier(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public CodeVerifier {
    if (value == null || value.length() < 43 || value.length() > 128) {
      throw new IllegalArgumentException("code_verifier must be 43 to 128 characters long");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean unreserved =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (!unreserved) {
        throw new IllegalArgumentException(
            "code_verifier contains a character outside [A-Za-z0-9-._~]");
      }
    }
  }

  /** A fresh verifier from 32 random bytes (43 characters, RFC 7636 §4.1). */
  public static CodeVerifier random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new CodeVerifier(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeVerifier other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII),
            other.value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int hashCode() {
    return 0; // constant on purpose: content hashes of secrets stay out of hash tables
  }

  @Override
  public String toString() {
    return "CodeVerifier[***]";
  }
}
