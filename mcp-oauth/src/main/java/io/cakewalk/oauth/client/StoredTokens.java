package io.cakewalk.oauth.client;

import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import io.cakewalk.oauth.token.AccessToken;
import io.cakewalk.oauth.token.RefreshToken;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The tokens held for one resource from one authorization server, with what is needed to refresh
 * and revoke them. Prints without secrets.
 *
 * @param refreshToken or {@code null}
 * @param expiresAt when the access token expires, or {@code null} when unknown
 * @param scope the granted scope (the requested one when the server did not say)
 * @param revocationEndpoint RFC 7009 endpoint, or {@code null}
 * @param indicator the {@code resource} parameter the tokens were requested with (RFC 8707), {@code
 *     null} meaning {@code resource}
 */
public record StoredTokens(
    ResourceUri resource,
    Issuer issuer,
    ClientId clientId,
    AccessToken accessToken,
    RefreshToken refreshToken,
    Instant expiresAt,
    Scope scope,
    URI tokenEndpoint,
    URI revocationEndpoint,
    ResourceUri indicator) {

  public StoredTokens {
    if (resource == null || issuer == null || clientId == null || accessToken == null) {
      throw new IllegalArgumentException("stored tokens need resource, issuer, client and token");
    }
    if (tokenEndpoint == null) {
      throw new IllegalArgumentException("stored tokens need the token endpoint");
    }
    scope = scope == null ? Scope.EMPTY : scope;
    indicator = indicator == null ? resource : indicator;
  }

  /** Whether the access token expires within {@code margin} of {@code now}. */
  public boolean expiresWithin(Duration margin, Instant now) {
    return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
  }

  /** A copy after a refresh: the old refresh token is kept when the server sent no new one. */
  StoredTokens refreshed(
      AccessToken token, RefreshToken newRefresh, Instant expiry, Scope granted) {
    return new StoredTokens(
        resource,
        issuer,
        clientId,
        token,
        newRefresh == null ? refreshToken : newRefresh,
        expiry,
        granted == null ? scope : granted,
        tokenEndpoint,
        revocationEndpoint,
        indicator);
  }

  String toJson() {
    return new JsonFields.Writer()
        .put("resource", resource.toString())
        .put("issuer", issuer.value())
        .put("client_id", clientId.value())
        .put("access_token", accessToken.value())
        .put("refresh_token", refreshToken == null ? null : refreshToken.value())
        .put("expires_at", expiresAt == null ? null : expiresAt.getEpochSecond())
        .put("scope", scope.render())
        .put("token_endpoint", tokenEndpoint)
        .put("revocation_endpoint", revocationEndpoint)
        .put("resource_indicator", indicator.toString())
        .toJson();
  }

  static StoredTokens parse(String json) {
    JsonFields f = Json.object(json, "stored tokens");
    Long expires = f.number("expires_at");
    String refresh = f.string("refresh_token");
    return new StoredTokens(
        ResourceUri.of(f.requiredString("resource")),
        new Issuer(f.requiredString("issuer")),
        new ClientId(f.requiredString("client_id")),
        new AccessToken(f.requiredString("access_token")),
        refresh == null ? null : new RefreshToken(refresh),
        expires == null ? null : Instant.ofEpochSecond(expires),
        Scope.parse(f.string("scope")),
        f.uri("token_endpoint"),
        f.uri("revocation_endpoint"),
        f.string("resource_indicator") == null
            ? null
            : ResourceUri.of(f.string("resource_indicator")));
  }
}
