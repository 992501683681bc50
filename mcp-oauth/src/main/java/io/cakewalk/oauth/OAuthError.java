package io.cakewalk.oauth;

import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import java.util.Map;

/**
 * An OAuth error: the {@code error} code, optional description and URI, and the HTTP status an
 * endpoint answers with. Standard codes are constants; parse and render the JSON error body of RFC
 * 6749 §5.2 and RFC 7591 §3.2.2.
 *
 * <pre>{@code
 * OAuthError e = OAuthError.INVALID_GRANT.withDescription("code expired");
 * String body = e.toJson(); // {"error":"invalid_grant","error_description":"code expired"}
 * }</pre>
 *
 * @param code the {@code error} value, for example {@code invalid_grant}
 * @param description the {@code error_description}, or {@code null}
 * @param uri the {@code error_uri}, or {@code null}
 * @param httpStatus the HTTP status to answer with (or that was received), 0 when unknown
 */
public record OAuthError(String code, String description, String uri, int httpStatus) {

  public static final OAuthError INVALID_REQUEST = of("invalid_request", 400);
  public static final OAuthError INVALID_CLIENT = of("invalid_client", 401);
  public static final OAuthError INVALID_GRANT = of("invalid_grant", 400);
  public static final OAuthError UNAUTHORIZED_CLIENT = of("unauthorized_client", 400);
  public static final OAuthError UNSUPPORTED_GRANT_TYPE = of("unsupported_grant_type", 400);
  public static final OAuthError UNSUPPORTED_RESPONSE_TYPE = of("unsupported_response_type", 400);
  public static final OAuthError INVALID_SCOPE = of("invalid_scope", 400);
  public static final OAuthError ACCESS_DENIED = of("access_denied", 403);
  public static final OAuthError SERVER_ERROR = of("server_error", 500);
  public static final OAuthError TEMPORARILY_UNAVAILABLE = of("temporarily_unavailable", 503);

  /** RFC 8707 §2: the requested {@code resource} is invalid or not allowed. */
  public static final OAuthError INVALID_TARGET = of("invalid_target", 400);

  /** RFC 7591 §3.2.2. */
  public static final OAuthError INVALID_REDIRECT_URI = of("invalid_redirect_uri", 400);

  /** RFC 7591 §3.2.2. */
  public static final OAuthError INVALID_CLIENT_METADATA = of("invalid_client_metadata", 400);

  /** RFC 6750 §3.1. */
  public static final OAuthError INVALID_TOKEN = of("invalid_token", 401);

  /** RFC 6750 §3.1. */
  public static final OAuthError INSUFFICIENT_SCOPE = of("insufficient_scope", 403);

  /** OpenID Connect Core 1.0 §3.1.2.6: the authorization server needs the user's consent. */
  public static final OAuthError CONSENT_REQUIRED = of("consent_required", 400);

  /** RFC 7009 §2.2.1. */
  public static final OAuthError UNSUPPORTED_TOKEN_TYPE = of("unsupported_token_type", 400);

  public OAuthError {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("OAuth error code must not be empty");
    }
  }

  private static OAuthError of(String code, int status) {
    return new OAuthError(code, null, null, status);
  }

  /** A copy with {@code error_description} set. */
  public OAuthError withDescription(String description) {
    return new OAuthError(code, description, uri, httpStatus);
  }

  /** A copy with another HTTP status. */
  public OAuthError withHttpStatus(int status) {
    return new OAuthError(code, description, uri, status);
  }

  /** Whether the codes match (descriptions and statuses are ignored). */
  public boolean is(OAuthError other) {
    return code.equals(other.code);
  }

  /** The JSON members {@code error}, {@code error_description}, {@code error_uri}. */
  public Map<String, Object> toMap() {
    return new JsonFields.Writer()
        .put("error", code)
        .put("error_description", description)
        .put("error_uri", uri)
        .toMap();
  }

  /** The JSON error body. */
  public String toJson() {
    return Json.write(toMap());
  }

  /** Reads an error from form or query parameters (an authorization error response). */
  public static OAuthError fromParams(Map<String, String> params, int status) {
    return new OAuthError(
        params.get("error"), params.get("error_description"), params.get("error_uri"), status);
  }

  /** Reads an error from a parsed JSON body. */
  public static OAuthError fromJson(JsonFields body, int status) {
    return new OAuthError(
        body.requiredString("error"),
        body.string("error_description"),
        body.string("error_uri"),
        status);
  }

  /** {@code code: description}, for messages; never contains secrets from requests. */
  @Override
  public String toString() {
    return description == null ? code : code + ": " + description;
  }
}
