package io.cakewalk.oauth.client;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.id.State;
import io.cakewalk.oauth.internal.FormEncoding;
import io.cakewalk.oauth.metadata.AuthorizationServerMetadata;
import io.cakewalk.oauth.pkce.CodeChallenge;
import io.cakewalk.oauth.pkce.CodeChallengeMethod;
import io.cakewalk.oauth.pkce.CodeVerifier;
import io.cakewalk.oauth.registration.ClientInformation;
import io.cakewalk.oauth.token.AuthorizationCode;
import io.cakewalk.oauth.token.TokenRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One authorization code request with PKCE S256, {@code state} and {@code resource} (RFC 8707), and
 * the validation of its callback: {@code state}, then RFC 9207 {@code iss}, then {@code error},
 * then {@code code}.
 */
final class AuthorizationFlow {

  /** Everything bound to one attempt, recorded before the browser opens. */
  record Pending(
      State state,
      CodeVerifier verifier,
      String expectedIssuer,
      boolean issRequired,
      ResourceUri resource,
      Scope scope,
      URI redirectUri,
      URI authorizationUrl) {}

  private AuthorizationFlow() {}

  static Pending start(DiscoveryResult d, ClientInformation client, URI redirectUri, Scope scope) {
    AuthorizationServerMetadata as = d.authorizationServer();
    State state = State.random();
    CodeVerifier verifier = CodeVerifier.random();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("response_type", "code");
    params.put("client_id", client.clientId().value());
    params.put("redirect_uri", redirectUri.toString());
    params.put("scope", scope.render());
    params.put("state", state.value());
    params.put("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).value());
    params.put("code_challenge_method", CodeChallengeMethod.S256.value());
    params.put("resource", d.resourceIndicator().toString());
    if (scope.contains("offline_access")) {
      params.put("prompt", "consent"); // OpenID Connect issues offline_access only with consent
    }
    URI url = FormEncoding.appendQuery(as.authorizationEndpoint(), params);
    return new Pending(
        state,
        verifier,
        as.issuer(),
        as.issParameterRequired(),
        d.resourceIndicator(),
        scope,
        redirectUri,
        url);
  }

  /** Validates a callback; throws a one-line {@link OAuthException} when it must be refused. */
  static void check(Pending p, Map<String, String> params) {
    String state = params.get("state");
    if (state == null || !state.equals(p.state().value())) {
      throw new OAuthException(
          "The login callback does not belong to this login attempt (state mismatch); run login"
              + " again from the start.");
    }
    String iss = params.get("iss");
    if (iss == null) {
      if (p.issRequired()) {
        throw new OAuthException(
            "The login callback does not name its issuer although "
                + p.expectedIssuer()
                + " promises to (RFC 9207); refusing it. Run login again.");
      }
    } else if (!iss.equals(p.expectedIssuer())) {
      // do not show error or error_description: they come from an unknown party
      throw new OAuthException(
          "The login callback came from issuer "
              + iss
              + ", not "
              + p.expectedIssuer()
              + "; refusing it as a possible mix-up attack.");
    }
    if (params.get("error") != null) {
      OAuthError error = OAuthError.fromParams(params, 0);
      if (error.is(OAuthError.ACCESS_DENIED)) {
        throw new OAuthException(
            "Access was denied at "
                + p.expectedIssuer()
                + "; run login again and approve the request to continue.",
            error,
            null);
      }
      throw new OAuthException(
          "The authorization server refused the login (" + error + "); run login again.",
          error,
          null);
    }
    String code = params.get("code");
    if (code == null || code.isEmpty()) {
      throw new OAuthException(
          "The login callback carries no authorization code; run login again.");
    }
  }

  /** The token request for a checked callback. */
  static TokenRequest exchange(Pending p, Map<String, String> params) {
    return new TokenRequest.AuthorizationCodeGrant(
        new AuthorizationCode(params.get("code")), p.redirectUri(), p.verifier(), p.resource());
  }
}
