package io.cakewalk.oauth.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused OAuth request: an RFC 6749 §5.2 error code, a description safe to show (never a
 * secret), and the HTTP status to answer with. Thrown inside endpoints and rendered by them; it
 * never leaves the package.
 */
final class OAuthFailure extends RuntimeException {

  static final String INVALID_REQUEST = "invalid_request";
  static final String INVALID_CLIENT = "invalid_client";
  static final String INVALID_GRANT = "invalid_grant";
  static final String UNAUTHORIZED_CLIENT = "unauthorized_client";
  static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
  static final String UNSUPPORTED_RESPONSE_TYPE = "unsupported_response_type";
  static final String INVALID_SCOPE = "invalid_scope";
  static final String INVALID_TARGET = "invalid_target";
  static final String ACCESS_DENIED = "access_denied";
  static final String INVALID_REDIRECT_URI = "invalid_redirect_uri";
  static final String INVALID_CLIENT_METADATA = "invalid_client_metadata";
  static final String UNSUPPORTED_TOKEN_TYPE = "unsupported_token_type";
  static final String SERVER_ERROR = "server_error";

  private final String error;
  private final int status;
  private final String challenge;

  OAuthFailure(String error, String description, int status) {
    this(error, description, status, null);
  }

  private OAuthFailure(String error, String description, int status, String challenge) {
    super(description, null, false, false);
    this.error = error;
    this.status = status;
    this.challenge = challenge;
  }

  /** A copy that answers with this {@code WWW-Authenticate} value. */
  OAuthFailure withChallenge(String challenge) {
    return new OAuthFailure(error, getMessage(), status, challenge);
  }

  /** The {@code WWW-Authenticate} value to send, or {@code null}. */
  String challenge() {
    return challenge;
  }

  static OAuthFailure invalidRequest(String description) {
    return new OAuthFailure(INVALID_REQUEST, description, 400);
  }

  static OAuthFailure invalidGrant(String description) {
    return new OAuthFailure(INVALID_GRANT, description, 400);
  }

  static OAuthFailure invalidClient(String description) {
    return new OAuthFailure(INVALID_CLIENT, description, 401);
  }

  String error() {
    return error;
  }

  String description() {
    return getMessage();
  }

  int status() {
    return status;
  }

  /** The RFC 6749 §5.2 JSON body. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", getMessage());
    return body;
  }
}
