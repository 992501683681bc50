package io.cakewalk.oauth.server;

import java.util.List;
import java.util.Objects;

/**
 * An issued authorization code, keyed by its SHA-256 fingerprint and bound to everything the token
 * request must repeat (OAuth 2.1 §4.1.3).
 *
 * @param codeHash base64url SHA-256 of the code
 * @param grantId the grant (token family) the code starts
 * @param clientId the client the code was issued to
 * @param redirectUri the redirect URI sent in the authorization request, or {@code null} when it
 *     was omitted
 * @param codeChallenge the S256 code challenge
 * @param scopes the granted scopes
 * @param resource the audience (RFC 8707 resource) of the tokens this code yields
 * @param subject the authenticated user
 * @param authTime when the user authenticated, epoch seconds
 * @param expiresAt when the code stops being valid, epoch seconds
 * @param used whether the code has been redeemed
 */
public record StoredCode(
    String codeHash,
    String grantId,
    String clientId,
    String redirectUri,
    String codeChallenge,
    List<String> scopes,
    String resource,
    String subject,
    long authTime,
    long expiresAt,
    boolean used) {

  public StoredCode {
    Objects.requireNonNull(codeHash, "codeHash");
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(codeChallenge, "codeChallenge");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(subject, "subject");
    scopes = List.copyOf(scopes);
  }

  /** A copy marked redeemed. */
  public StoredCode withUsed() {
    return new StoredCode(
        codeHash,
        grantId,
        clientId,
        redirectUri,
        codeChallenge,
        scopes,
        resource,
        subject,
        authTime,
        expiresAt,
        true);
  }

  @Override
  public String toString() {
    return "StoredCode[" + grantId + ", " + clientId + "]";
  }
}
