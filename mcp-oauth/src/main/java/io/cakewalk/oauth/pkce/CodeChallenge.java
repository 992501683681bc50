package io.cakewalk.oauth.pkce;

import io.cakewalk.oauth.internal.Secrets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PKCE code challenge (RFC 7636 §4.2) derived from a {@link CodeVerifier}.
 *
 * <pre>{@code
 * CodeVerifier v = CodeVerifier.random();
 * CodeChallenge c = CodeChallenge.compute(CodeChallengeMethod.S256, v);
 * }</pre>
 *
 * @param value the {@code code_challenge} parameter
 */
public record CodeChallenge(String value) {

  private static final Pattern S256_FORM = Pattern.compile("[A-Za-z0-9\\-_]{43}");

  public CodeChallenge {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("code_challenge must not be empty");
    }
  }

  /** The challenge for {@code verifier} under {@code method}. */
  public static CodeChallenge compute(CodeChallengeMethod method, CodeVerifier verifier) {
    if (method == CodeChallengeMethod.PLAIN) {
      return new CodeChallenge(verifier.value());
    }
    // the verifier is ASCII, so its UTF-8 bytes are the ASCII(code_verifier) of RFC 7636 §4.2
    return new CodeChallenge(Secrets.sha256(verifier.value()));
  }

  /**
   * The S256 challenge in {@code text}, or empty unless it is 43 base64url characters (the length
   * of an unpadded SHA-256 value, RFC 7636 §4.2).
   */
  public static Optional<CodeChallenge> parseS256(String text) {
    return text != null && S256_FORM.matcher(text).matches()
        ? Optional.of(new CodeChallenge(text))
        : Optional.empty();
  }

  /** Whether {@code verifier} produces this challenge under {@code method}, in constant time. */
  public boolean verify(CodeChallengeMethod method, CodeVerifier verifier) {
    return Secrets.equal(compute(method, verifier).value, value);
  }
}
