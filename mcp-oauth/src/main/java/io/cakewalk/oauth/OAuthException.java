package io.cakewalk.oauth;

import java.util.Optional;

/**
 * The one unchecked exception of {@code mcp-oauth}. Its message is one line that says what went
 * wrong and what to do next, and never contains tokens, codes or secrets. When an authorization
 * server answered with an OAuth error, {@link #error()} carries it.
 */
public class OAuthException extends RuntimeException {

  private final transient OAuthError error;

  public OAuthException(String message) {
    this(message, null, null);
  }

  public OAuthException(String message, OAuthError error, Throwable cause) {
    super(message, cause);
    this.error = error;
  }

  /** The OAuth error the server sent, if this failure came from one. */
  public Optional<OAuthError> error() {
    return Optional.ofNullable(error);
  }
}
