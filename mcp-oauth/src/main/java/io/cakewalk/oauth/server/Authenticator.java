package io.cakewalk.oauth.server;

import java.util.Optional;

/**
 * Checks the credentials a person types into the authorization server's login page. Plug in an
 * implementation backed by a directory or an identity provider; {@link
 * OneTimePasswordAuthenticator} is the demo.
 *
 * <p>Implementations compare secrets in constant time and never log them.
 */
@FunctionalInterface
public interface Authenticator {

  /**
   * The stable subject identifier of the person, when the credentials are right.
   *
   * @param username what the person typed as user name (may be empty)
   * @param password what the person typed as password (may be empty)
   */
  Optional<String> authenticate(String username, String password);
}
