package io.cakewalk.mcp;

import java.util.Optional;

/**
 * The server refused the request with 401 or 403 and the {@link McpAuthorization} hook could not
 * supply credentials that it accepted.
 */
public final class McpAuthorizationException extends McpException {

  private final int status;
  private final transient AuthChallenge challenge;

  public McpAuthorizationException(String message, int status, AuthChallenge challenge) {
    super(message, null);
    this.status = status;
    this.challenge = challenge;
  }

  /** 401 (no or invalid credentials) or 403 (insufficient scope or forbidden). */
  public int status() {
    return status;
  }

  /** The parsed {@code WWW-Authenticate} challenge, when the server sent one. */
  public Optional<AuthChallenge> challenge() {
    return Optional.ofNullable(challenge);
  }
}
