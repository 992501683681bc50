package io.cakewalk.oauth.client;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.token.ClientAuthentication;
import io.cakewalk.oauth.token.TokenRequest;
import io.cakewalk.oauth.token.TokenResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Token and revocation requests with exactly one client authentication method. */
final class TokenEndpoint {

  private final Fetcher fetcher;

  TokenEndpoint(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Sends the grant; fails with the server's {@link OAuthError} attached. */
  TokenResponse.Success request(URI endpoint, TokenRequest grant, ClientAuthentication auth) {
    Map<String, String> form = new LinkedHashMap<>(grant.toForm());
    form.putAll(auth.formParameters());
    Fetcher.Response r =
        fetcher.postForm(endpoint, form, auth.authorizationHeader().orElse(null), "token endpoint");
    TokenResponse parsed;
    try {
      parsed = TokenResponse.parse(r.status(), r.body());
    } catch (IllegalArgumentException e) {
      throw new OAuthException(
          "The token endpoint " + endpoint + " sent an invalid response: " + e.getMessage() + ".");
    }
    if (parsed instanceof TokenResponse.Error err) {
      throw new OAuthException(
          "The authorization server refused the "
              + grant.grantType().replace('_', ' ')
              + " request ("
              + err.error()
              + ").",
          err.error(),
          null);
    }
    if (parsed instanceof TokenResponse.Success ok) {
      if (!ok.isBearer()) {
        throw new OAuthException(
            "The authorization server issued a \""
                + ok.tokenType()
                + "\" token; MCP needs Bearer.");
      }
      return ok;
    }
    throw new AssertionError(parsed);
  }

  /** RFC 7009 revocation; returns whether the server accepted it. */
  boolean revoke(URI endpoint, String token, String hint, ClientAuthentication auth) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token);
    form.put("token_type_hint", hint);
    form.putAll(auth.formParameters());
    try {
      return fetcher
          .postForm(endpoint, form, auth.authorizationHeader().orElse(null), "revocation endpoint")
          .ok();
    } catch (OAuthException e) {
      return false;
    }
  }
}
