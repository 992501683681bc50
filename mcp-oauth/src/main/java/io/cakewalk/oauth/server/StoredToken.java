package io.cakewalk.oauth.server;

import java.util.List;
import java.util.Objects;

/**
 * An issued access or refresh token, keyed by its SHA-256 fingerprint. Tokens of one grant form a
 * family that is revoked together when a refresh token or code is replayed.
 *
 * @param tokenHash base64url SHA-256 of the token
 * @param kind {@link Kind#ACCESS} or {@link Kind#REFRESH}
 * @param grantId the grant (family) the token belongs to
 * @param clientId the client the token was issued to
 * @param subject the user the token acts for
 * @param scopes the granted scopes
 * @param resource the audience (RFC 8707 resource)
 * @param expiresAt epoch seconds
 * @param used for refresh tokens: already exchanged (rotation)
 * @param revoked whether the token was revoked
 */
public record StoredToken(
    String tokenHash,
    Kind kind,
    String grantId,
    String clientId,
    String subject,
    List<String> scopes,
    String resource,
    long expiresAt,
    boolean used,
    boolean revoked) {

  /** What a token is for. */
  public enum Kind {
    ACCESS,
    REFRESH
  }

  public StoredToken {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(resource, "resource");
    scopes = List.copyOf(scopes);
  }

  /** A copy marked exchanged. */
  public StoredToken withUsed() {
    return new StoredToken(
        tokenHash, kind, grantId, clientId, subject, scopes, resource, expiresAt, true, revoked);
  }

  /** A copy marked revoked. */
  public StoredToken withRevoked() {
    return new StoredToken(
        tokenHash, kind, grantId, clientId, subject, scopes, resource, expiresAt, used, true);
  }

  /** Whether the token is neither revoked nor expired at {@code now} (epoch seconds). */
  public boolean activeAt(long now) {
    return !revoked && now < expiresAt;
  }

  @Override
  public String toString() {
    return "StoredToken[" + kind + ", " + grantId + ", " + clientId + "]";
  }
}
