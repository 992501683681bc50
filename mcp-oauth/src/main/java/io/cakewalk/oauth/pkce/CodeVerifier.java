package io.cakewalk.oauth.pkce;

import io.cakewalk.oauth.internal.Secrets;
import java.util.Optional;

/**
 * A PKCE code verifier (RFC 7636 §4.1): {@code code-verifier = 43*128unreserved}, {@code unreserved
 * = ALPHA / DIGIT / "-" / "." / "_" / "~"}. Prints redacted and compares in constant time.
 */
public record CodeVerifier(String value) {

  public CodeVerifier {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** The verifier in {@code text}, or empty when it breaks the RFC 7636 §4.1 grammar. */
  public static Optional<CodeVerifier> parse(String text) {
    return problem(text) == null ? Optional.of(new CodeVerifier(text)) : Optional.empty();
  }

  private static String problem(String value) {
    if (value == null || value.length() < 43 || value.length() > 128) {
      return "code_verifier must be 43 to 128 characters long";
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
        return "code_verifier contains a character outside [A-Za-z0-9-._~]";
      }
    }
    return null;
  }

  /** A fresh verifier from 32 random bytes (43 characters, RFC 7636 §4.1). */
  public static CodeVerifier random() {
    return new CodeVerifier(Secrets.random(32));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeVerifier other && Secrets.equal(value, other.value);
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
