package io.cakewalk.oauth.server;

import java.util.Optional;

/**
 * Where the authorization server keeps clients, authorization codes and tokens. Codes and tokens
 * are looked up by SHA-256 fingerprints, never by their values.
 *
 * <p>The {@code redeem…} operations are the atomic compare-and-set steps single use depends on: an
 * implementation backed by a shared database runs each as one conditional update (for example
 * {@code UPDATE … SET used = true WHERE hash = ? RETURNING previous state}) so that two gateways
 * cannot both redeem the same code or refresh token.
 *
 * @see InMemoryAuthorizationStore
 * @see FileAuthorizationStore
 */
public interface AuthorizationStore {

  /** Saves or replaces a client. */
  void saveClient(StoredClient client);

  /** The client with this identifier, if registered. */
  Optional<StoredClient> findClient(String clientId);

  /** Saves a new authorization code. */
  void saveCode(StoredCode code);

  /**
   * Marks the code used and returns it as it was <em>before</em>: {@code used() == true} means a
   * replay. Empty when no such code exists.
   */
  Optional<StoredCode> redeemCode(String codeHash);

  /** Saves a new token. */
  void saveToken(StoredToken token);

  /** The token with this fingerprint, if issued. */
  Optional<StoredToken> findToken(String tokenHash);

  /**
   * Marks a refresh token used and returns it as it was <em>before</em>: {@code used() == true}
   * means a replay. Empty when no such token exists.
   */
  Optional<StoredToken> redeemRefreshToken(String tokenHash);

  /** Revokes one token; unknown fingerprints are ignored. */
  void revokeToken(String tokenHash);

  /** Revokes every token of a grant and marks its codes used. */
  void revokeGrant(String grantId);

  /** Forgets codes and tokens that expired before {@code epochSecond}. */
  void purgeExpired(long epochSecond);
}
