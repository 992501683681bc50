package io.cakewalk.oauth.client;

import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.registration.ClientInformation;
import java.util.List;
import java.util.Optional;

/**
 * Where client registrations (keyed by authorization server issuer, never shared between issuers)
 * and tokens (keyed by resource and issuer) are kept. Implementations must be thread-safe and
 * replace entries atomically.
 */
public interface TokenStore {

  /** The client registered with {@code issuer}. */
  Optional<ClientInformation> client(Issuer issuer);

  void saveClient(Issuer issuer, ClientInformation client);

  void removeClient(Issuer issuer);

  /** Tokens for {@code resource} from {@code issuer}. */
  Optional<StoredTokens> tokens(ResourceUri resource, Issuer issuer);

  /** Every token set held for {@code resource}, whatever the issuer. */
  List<StoredTokens> tokens(ResourceUri resource);

  void saveTokens(StoredTokens tokens);

  void removeTokens(ResourceUri resource, Issuer issuer);
}
