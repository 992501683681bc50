package io.cakewalk.oauth.pkce;

import java.util.Optional;

/** A PKCE {@code code_challenge_method} (RFC 7636 §4.2). Clients use only {@link #S256}. */
public enum CodeChallengeMethod {
  /** {@code BASE64URL(SHA256(ASCII(code_verifier)))}. */
  S256("S256"),
  /** The verifier itself; refused by this project's client and server. */
  PLAIN("plain");

  private final String value;

  CodeChallengeMethod(String value) {
    this.value = value;
  }

  /** The wire value. */
  public String value() {
    return value;
  }

  /** The method with this exact wire value. */
  public static Optional<CodeChallengeMethod> parse(String value) {
    for (CodeChallengeMethod m : values()) {
      if (m.value.equals(value)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
