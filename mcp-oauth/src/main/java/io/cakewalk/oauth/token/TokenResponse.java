package io.cakewalk.oauth.token;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import java.util.Map;

/**
 * A token endpoint response: {@link Success} (RFC 6749 §5.1) or {@link Error} (§5.2). Parses from
 * and renders to the JSON body; servers send it with {@code Cache-Control: no-store}.
 */
public sealed interface TokenResponse {

  /** The JSON body. */
  String toJson();

  /** The HTTP status to answer with. */
  int httpStatus();

  /**
   * Parses a response body. A non-2xx status or an {@code error} member gives {@link Error}; an
   * unparseable error body becomes {@code server_error} with the status. A 2xx body that is not a
   * valid success fails with {@link IllegalArgumentException}.
   */
  static TokenResponse parse(int status, String body) {
    JsonFields json;
    try {
      json = Json.object(body, "token response");
    } catch (IllegalArgumentException e) {
      if (status / 100 == 2) {
        throw e;
      }
      return new Error(
          OAuthError.SERVER_ERROR.withHttpStatus(status).withDescription("HTTP " + status));
    }
    if (json.has("error") || status / 100 != 2) {
      return json.has("error")
          ? new Error(OAuthError.fromJson(json, status))
          : new Error(
              OAuthError.SERVER_ERROR.withHttpStatus(status).withDescription("HTTP " + status));
    }
    String refresh = json.string("refresh_token");
    return new Success(
        new AccessToken(json.requiredString("access_token")),
        json.requiredString("token_type"),
        json.number("expires_in"),
        refresh == null || refresh.isEmpty() ? null : new RefreshToken(refresh),
        json.has("scope") ? Scope.parse(json.string("scope")) : null);
  }

  /**
   * Tokens issued.
   *
   * @param tokenType {@code Bearer} (compared case-insensitively; some servers send {@code bearer})
   * @param expiresIn lifetime in seconds, or {@code null}
   * @param refreshToken or {@code null}
   * @param scope the granted scope when it was sent, else {@code null} (same as requested); {@link
   *     Scope#EMPTY} stands for a sent empty {@code scope}
   */
  record Success(
      AccessToken accessToken,
      String tokenType,
      Long expiresIn,
      RefreshToken refreshToken,
      Scope scope)
      implements TokenResponse {

    public Success {
      if (accessToken == null || tokenType == null || tokenType.isEmpty()) {
        throw new IllegalArgumentException("a token response needs access_token and token_type");
      }
    }

    /** Whether this is a bearer token (RFC 6750), the only type MCP uses. */
    public boolean isBearer() {
      return tokenType.equalsIgnoreCase("Bearer");
    }

    @Override
    public String toJson() {
      Map<String, Object> body =
          new JsonFields.Writer()
              .put("access_token", accessToken.value())
              .put("token_type", tokenType)
              .put("expires_in", expiresIn)
              .put("refresh_token", refreshToken == null ? null : refreshToken.value())
              .put("scope", scope == null ? null : String.join(" ", scope.values()))
              .toMap();
      return Json.write(body);
    }

    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /** The server refused; {@link OAuthError#httpStatus()} is the status (400 or 401 mostly). */
  record Error(OAuthError error) implements TokenResponse {

    public Error {
      if (error == null) {
        throw new IllegalArgumentException("an error response needs an error");
      }
    }

    @Override
    public String toJson() {
      return error.toJson();
    }

    @Override
    public int httpStatus() {
      return error.httpStatus() == 0 ? 400 : error.httpStatus();
    }
  }
}
