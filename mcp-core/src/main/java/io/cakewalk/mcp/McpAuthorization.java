package io.cakewalk.mcp;

import java.net.URI;
import java.util.Optional;

/**
 * The credential hook of the MCP client: supplies the {@code Authorization} header value and is
 * told when the server challenges it. {@code mcp-oauth} implements it with OAuth; {@link
 * #bearer(String)} covers static tokens. Implementations must be thread-safe.
 *
 * <pre>{@code
 * McpClient client = McpClient.builder(URI.create("https://example.com/mcp"))
 *     .authorization(McpAuthorization.bearer(System.getenv("TOKEN")))
 *     .build();
 * }</pre>
 */
public interface McpAuthorization {

  /**
   * The {@code Authorization} header value to send to {@code resource} (for example {@code "Bearer
   * abc"}), or empty to send none.
   */
  Optional<String> authorization(URI resource);

  /**
   * Called when {@code resource} answered 401 or 403. Return {@code true} when fresh credentials
   * were obtained (refreshed, stepped up, logged in) and the request should be retried once; return
   * {@code false} to fail with {@link McpAuthorizationException}.
   *
   * @param status 401 or 403
   * @param challenge the parsed {@code WWW-Authenticate} header, or {@code null} if none was sent
   */
  default boolean onChallenge(URI resource, int status, AuthChallenge challenge) {
    return false;
  }

  /** No credentials. */
  static McpAuthorization none() {
    return resource -> Optional.empty();
  }

  /** A static bearer token, sent as {@code Authorization: Bearer <token>}. */
  static McpAuthorization bearer(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("bearer token must not be empty");
    }
    Optional<String> value = Optional.of("Bearer " + token.strip());
    return new McpAuthorization() {
      @Override
      public Optional<String> authorization(URI resource) {
        return value;
      }

      @Override
      public String toString() {
        return "McpAuthorization.bearer(***)";
      }
    };
  }
}
