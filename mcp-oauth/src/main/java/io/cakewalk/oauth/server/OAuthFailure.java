package io.cakewalk.oauth.server;

import io.cakewalk.oauth.OAuthError;
import java.util.Map;

/**
 * A refused OAuth request: an {@link OAuthError} whose description is safe to show (never a secret)
 * and whose status is the one to answer with, plus an optional {@code WWW-Authenticate} value.
 * Thrown inside endpoints and rendered by them; it never leaves the package.
 */
final class OAuthFailure extends RuntimeException {

  private final transient OAuthError error;
  private final String challenge;

  /** A refusal with the standard error {@code kind}, this description and HTTP status. */
  OAuthFailure(OAuthError kind, String description, int status) {
    this(kind.withDescription(description).withHttpStatus(status), null);
  }

  private OAuthFailure(OAuthError error, String challenge) {
    super(error.description(), null, false, false);
    this.error = error;
    this.challenge = challenge;
  }

  /** A copy that answers with this {@code WWW-Authenticate} value. */
  OAuthFailure withChallenge(String challenge) {
    return new OAuthFailure(error, challenge);
  }

  /** The {@code WWW-Authenticate} value to send, or {@code null}. */
  String challenge() {
    return challenge;
  }

  static OAuthFailure invalidRequest(String description) {
    return new OAuthFailure(OAuthError.INVALID_REQUEST, description, 400);
  }

  static OAuthFailure invalidGrant(String description) {
    return new OAuthFailure(OAuthError.INVALID_GRANT, description, 400);
  }

  static OAuthFailure invalidClient(String description) {
    return new OAuthFailure(OAuthError.INVALID_CLIENT, description, 401);
  }

  /** The {@code error} code. */
  String error() {
    return error.code();
  }

  String description() {
    return error.description();
  }

  int status() {
    return error.httpStatus();
  }

  /** The RFC 6749 §5.2 JSON body. */
  Map<String, Object> body() {
    return error.toMap();
  }
}
