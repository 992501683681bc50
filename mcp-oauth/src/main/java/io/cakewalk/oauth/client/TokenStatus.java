package io.cakewalk.oauth.client;

import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import java.time.Instant;

/**
 * What is known about a login, without secrets: for {@code auth status}.
 *
 * @param expiresAt or {@code null} when the server did not say
 */
public record TokenStatus(
    ResourceUri resource,
    Issuer issuer,
    ClientId clientId,
    Scope scope,
    Instant expiresAt,
    boolean refreshable) {

  static TokenStatus of(StoredTokens t) {
    return new TokenStatus(
        t.resource(), t.issuer(), t.clientId(), t.scope(), t.expiresAt(), t.refreshToken() != null);
  }

  /** Whether the access token has expired at {@code now}. */
  public boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
