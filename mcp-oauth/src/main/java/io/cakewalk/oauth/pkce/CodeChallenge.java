package io.cakewalk.oauth.pkce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

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
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(verifier.value().getBytes(StandardCharsets.US_ASCII));
      return new CodeChallenge(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Whether {@code verifier} produces this challenge under {@code method}, in constant time. */
  public boolean verify(CodeChallengeMethod method, CodeVerifier verifier) {
    return MessageDigest.isEqual(
        compute(method, verifier).value.getBytes(StandardCharsets.US_ASCII),
        value.getBytes(StandardCharsets.US_ASCII));
  }
}
