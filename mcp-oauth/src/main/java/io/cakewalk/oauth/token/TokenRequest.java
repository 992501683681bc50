package io.cakewalk.oauth.token;

import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.pkce.CodeVerifier;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grant part of a token request body (RFC 6749 §4.1.3, §6), without client authentication (see
 * {@link ClientAuthentication}). Renders to and parses from form parameters.
 *
 * <pre>{@code
 * TokenRequest r = new TokenRequest.AuthorizationCodeGrant(code, redirectUri, verifier, resource);
 * Map<String, String> form = r.toForm();
 * }</pre>
 */
public sealed interface TokenRequest {

  /** The {@code grant_type} value. */
  String grantType();

  /** The {@code resource} (RFC 8707), or {@code null}. */
  ResourceUri resource();

  /** Form parameters, {@code grant_type} first, absent values omitted. */
  Map<String, String> toForm();

  /**
   * Parses a received form; {@link IllegalArgumentException} names the missing or bad parameter and
   * {@link UnsupportedOperationException} reports an unknown {@code grant_type}.
   */
  static TokenRequest parse(Map<String, String> form) {
    String grant = form.get("grant_type");
    if (grant == null || grant.isEmpty()) {
      throw new IllegalArgumentException("missing grant_type");
    }
    ResourceUri resource =
        form.get("resource") == null ? null : ResourceUri.of(form.get("resource"));
    switch (grant) {
      case "authorization_code":
        return new AuthorizationCodeGrant(
            new AuthorizationCode(required(form, "code")),
            form.get("redirect_uri") == null ? null : URI.create(form.get("redirect_uri")),
            new CodeVerifier(required(form, "code_verifier")),
            resource);
      case "refresh_token":
        return new RefreshTokenGrant(
            new RefreshToken(required(form, "refresh_token")),
            Scope.parse(form.get("scope")),
            resource);
      default:
        throw new UnsupportedOperationException("unsupported grant_type " + grant);
    }
  }

  private static String required(Map<String, String> form, String name) {
    String v = form.get(name);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return v;
  }

  /**
   * {@code grant_type=authorization_code} with PKCE (RFC 7636 §4.5).
   *
   * @param redirectUri the redirect URI of the authorization request, or {@code null} if none was
   *     sent
   */
  record AuthorizationCodeGrant(
      AuthorizationCode code, URI redirectUri, CodeVerifier codeVerifier, ResourceUri resource)
      implements TokenRequest {

    public AuthorizationCodeGrant {
      if (code == null || codeVerifier == null) {
        throw new IllegalArgumentException(
            "an authorization_code grant needs a code and a code_verifier");
      }
    }

    @Override
    public String grantType() {
      return "authorization_code";
    }

    @Override
    public Map<String, String> toForm() {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", grantType());
      form.put("code", code.value());
      form.put("redirect_uri", redirectUri == null ? null : redirectUri.toString());
      form.put("code_verifier", codeVerifier.value());
      form.put("resource", resource == null ? null : resource.toString());
      form.values().removeIf(v -> v == null);
      return form;
    }
  }

  /**
   * {@code grant_type=refresh_token} (RFC 6749 §6).
   *
   * @param scope a narrower scope, or {@link Scope#EMPTY} for the granted one
   */
  record RefreshTokenGrant(RefreshToken refreshToken, Scope scope, ResourceUri resource)
      implements TokenRequest {

    public RefreshTokenGrant {
      if (refreshToken == null) {
        throw new IllegalArgumentException("a refresh_token grant needs a refresh token");
      }
      scope = scope == null ? Scope.EMPTY : scope;
    }

    @Override
    public String grantType() {
      return "refresh_token";
    }

    @Override
    public Map<String, String> toForm() {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", grantType());
      form.put("refresh_token", refreshToken.value());
      form.put("scope", scope.render());
      form.put("resource", resource == null ? null : resource.toString());
      form.values().removeIf(v -> v == null);
      return form;
    }
  }
}
