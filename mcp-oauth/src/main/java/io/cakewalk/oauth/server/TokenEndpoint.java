package io.cakewalk.oauth.server;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.internal.Secrets;
import io.cakewalk.oauth.pkce.CodeChallenge;
import io.cakewalk.oauth.pkce.CodeChallengeMethod;
import io.cakewalk.oauth.pkce.CodeVerifier;
import io.cakewalk.oauth.token.AccessToken;
import io.cakewalk.oauth.token.RefreshToken;
import io.cakewalk.oauth.token.TokenResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /token} (OAuth 2.1 §3.2): the {@code authorization_code} grant with mandatory PKCE
 * S256, and the {@code refresh_token} grant with rotation. Presenting a refresh token a second
 * time, or a code a second time, revokes every token of that grant (OAuth 2.1 §4.3.1). Every answer
 * carries {@code Cache-Control: no-store}.
 */
final class TokenEndpoint {

  private final Settings settings;
  private final AuthorizationStore store;
  private final Clients clients;

  TokenEndpoint(Settings settings, AuthorizationStore store, Clients clients) {
    this.settings = settings;
    this.store = store;
    this.clients = clients;
  }

  Response handle(Request request) {
    return Cors.post(request, this::token);
  }

  private Response token(Request request) {
    if (request.rawQuery() != null && !request.rawQuery().isEmpty()) {
      throw OAuthFailure.invalidRequest("send token parameters in the body, not the URL");
    }
    Form form = request.form();
    StoredClient client = clients.authenticate(request, form);
    String grantType = form.required("grant_type");
    TokenResponse.Success tokens;
    if ("authorization_code".equals(grantType)) {
      requireGrant(client, grantType);
      tokens = exchangeCode(client, form);
    } else if ("refresh_token".equals(grantType)) {
      requireGrant(client, grantType);
      tokens = refresh(client, form);
    } else {
      throw new OAuthFailure(
          OAuthError.UNSUPPORTED_GRANT_TYPE, "grant_type " + grantType + " is not supported", 400);
    }
    return Response.tokens(tokens);
  }

  private static void requireGrant(StoredClient client, String grantType) {
    if (!client.grantTypes().contains(grantType)) {
      throw new OAuthFailure(
          OAuthError.UNAUTHORIZED_CLIENT,
          "client is not registered for the " + grantType + " grant",
          400);
    }
  }

  private TokenResponse.Success exchangeCode(StoredClient client, Form form) {
    String code = form.required("code");
    String verifier =
        form.single("code_verifier")
            .orElseThrow(
                () -> OAuthFailure.invalidRequest("missing code_verifier (PKCE is required)"));
    Optional<String> redirectUri = form.single("redirect_uri");
    Optional<String> resource = form.single("resource");
    StoredCode stored =
        store
            .redeemCode(Secrets.sha256(code))
            .orElseThrow(() -> OAuthFailure.invalidGrant("unknown authorization code"));
    if (stored.used()) {
      store.revokeGrant(stored.grantId());
      throw OAuthFailure.invalidGrant(
          "authorization code was already used; tokens issued from it are revoked");
    }
    if (!stored.clientId().equals(client.clientId())) {
      throw OAuthFailure.invalidGrant("authorization code was issued to another client");
    }
    if (settings.now() >= stored.expiresAt()) {
      throw OAuthFailure.invalidGrant("authorization code expired");
    }
    if (stored.redirectUri() != null
        && !redirectUri.map(stored.redirectUri()::equals).orElse(false)) {
      throw OAuthFailure.invalidGrant("redirect_uri differs from the authorization request");
    }
    CodeChallenge challenge = new CodeChallenge(stored.codeChallenge());
    if (!CodeVerifier.parse(verifier)
        .map(v -> challenge.verify(CodeChallengeMethod.S256, v))
        .orElse(false)) {
      throw OAuthFailure.invalidGrant("code_verifier does not match the code_challenge");
    }
    if (resource.isPresent() && !settings.sameResource(resource.get(), stored.resource())) {
      throw new OAuthFailure(
          OAuthError.INVALID_TARGET, "resource differs from the authorization request", 400);
    }
    return issue(
        stored.grantId(),
        client,
        stored.subject(),
        stored.scopes(),
        stored.scopes(),
        stored.resource());
  }

  private TokenResponse.Success refresh(StoredClient client, Form form) {
    String token = form.required("refresh_token");
    Optional<String> scope = form.single("scope");
    Optional<String> resource = form.single("resource");
    String hash = Secrets.sha256(token);
    // Check ownership before redeeming, so another client cannot burn this client's token.
    if (!store.findToken(hash).map(t -> t.clientId().equals(client.clientId())).orElse(true)) {
      throw OAuthFailure.invalidGrant("refresh token was issued to another client");
    }
    StoredToken stored =
        store
            .redeemRefreshToken(hash)
            .orElseThrow(() -> OAuthFailure.invalidGrant("unknown refresh token"));
    if (stored.used()) {
      store.revokeGrant(stored.grantId());
      throw OAuthFailure.invalidGrant(
          "refresh token was already used; every token of this grant is now revoked");
    }
    if (!stored.activeAt(settings.now())) {
      throw OAuthFailure.invalidGrant("refresh token expired or revoked");
    }
    List<String> scopes = stored.scopes();
    if (scope.isPresent()) {
      List<String> requested =
          Arrays.stream(scope.get().split(" ")).filter(s -> !s.isEmpty()).distinct().toList();
      if (!stored.scopes().containsAll(requested)) {
        throw new OAuthFailure(
            OAuthError.INVALID_SCOPE, "scope exceeds what the grant allows", 400);
      }
      scopes = requested;
    }
    if (resource.isPresent() && !settings.sameResource(resource.get(), stored.resource())) {
      throw new OAuthFailure(
          OAuthError.INVALID_TARGET, "resource differs from the original grant", 400);
    }
    return issue(
        stored.grantId(), client, stored.subject(), scopes, stored.scopes(), stored.resource());
  }

  /** Issues an access token (and a refresh token when the client may refresh). */
  private TokenResponse.Success issue(
      String grantId,
      StoredClient client,
      String subject,
      List<String> accessScopes,
      List<String> grantScopes,
      String resource) {
    long now = settings.now();
    String access = Secrets.token("at_");
    long accessTtl = settings.accessTokenTtl().getSeconds();
    store.saveToken(
        new StoredToken(
            Secrets.sha256(access),
            StoredToken.Kind.ACCESS,
            grantId,
            client.clientId(),
            subject,
            accessScopes,
            resource,
            now + accessTtl,
            false,
            false));
    RefreshToken refreshToken = null;
    if (client.mayRefresh()) {
      String refresh = Secrets.token("rt_");
      store.saveToken(
          new StoredToken(
              Secrets.sha256(refresh),
              StoredToken.Kind.REFRESH,
              grantId,
              client.clientId(),
              subject,
              grantScopes,
              resource,
              now + settings.refreshTokenTtl().getSeconds(),
              false,
              false));
      refreshToken = new RefreshToken(refresh);
    }
    return new TokenResponse.Success(
        new AccessToken(access), "Bearer", accessTtl, refreshToken, Scope.of(accessScopes));
  }
}
