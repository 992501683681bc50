package io.cakewalk.oauth.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * PKCE checks for the authorization server (RFC 7636): only {@code S256} is accepted.
 *
 * <p>RFC 7636 §4.1: {@code code-verifier = 43*128unreserved}, {@code unreserved = ALPHA / DIGIT /
 * "-" / "." / "_" / "~"}; §4.2: {@code code_challenge = BASE64URL(SHA256(ASCII(code_verifier)))},
 * which is always 43 characters.
 */
final class Pkce {

  static final String S256 = "S256";
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

  private Pkce() {}

  /** Whether text is a syntactically valid code verifier. */
  static boolean isVerifier(String text) {
    return text != null && VERIFIER.matcher(text).matches();
  }

  /** Whether text is a syntactically valid S256 code challenge. */
  static boolean isS256Challenge(String text) {
    return text != null && CHALLENGE.matcher(text).matches();
  }

  /** The S256 challenge of a verifier. */
  static String s256(String verifier) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Secrets.digest(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  /** Whether the verifier matches the challenge, compared in constant time. */
  static boolean verify(String verifier, String challenge) {
    return isVerifier(verifier) && Secrets.equal(s256(verifier), challenge);
  }
}
