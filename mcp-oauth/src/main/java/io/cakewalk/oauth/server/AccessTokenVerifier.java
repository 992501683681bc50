package io.cakewalk.oauth.server;

import java.util.Optional;

/**
 * Turns a bearer token into what it grants, or nothing when it is unknown, expired or revoked.
 * {@link AuthorizationServer#accessTokenVerifier()} checks tokens of a co-hosted server; a separate
 * authorization server would be reached through RFC 7662 introspection behind this interface.
 */
@FunctionalInterface
public interface AccessTokenVerifier {

  /** What the token grants, if it is active. The audience is checked by the caller. */
  Optional<VerifiedAccessToken> verify(String token);
}
