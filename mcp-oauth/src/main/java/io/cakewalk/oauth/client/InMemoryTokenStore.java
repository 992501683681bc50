package io.cakewalk.oauth.client;

import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.registration.ClientInformation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TokenStore} in memory, for tests and one-shot processes. */
public final class InMemoryTokenStore implements TokenStore {

  private final Map<String, ClientInformation> clients = new ConcurrentHashMap<>();
  private final Map<List<String>, StoredTokens> tokens = new ConcurrentHashMap<>();

  @Override
  public Optional<ClientInformation> client(Issuer issuer) {
    return Optional.ofNullable(clients.get(issuer.value()));
  }

  @Override
  public void saveClient(Issuer issuer, ClientInformation client) {
    clients.put(issuer.value(), client);
  }

  @Override
  public void removeClient(Issuer issuer) {
    clients.remove(issuer.value());
  }

  @Override
  public Optional<StoredTokens> tokens(ResourceUri resource, Issuer issuer) {
    return Optional.ofNullable(tokens.get(key(resource, issuer)));
  }

  @Override
  public List<StoredTokens> tokens(ResourceUri resource) {
    return tokens.values().stream().filter(t -> t.resource().equals(resource)).toList();
  }

  @Override
  public void saveTokens(StoredTokens t) {
    tokens.put(key(t.resource(), t.issuer()), t);
  }

  @Override
  public void removeTokens(ResourceUri resource, Issuer issuer) {
    tokens.remove(key(resource, issuer));
  }

  private static List<String> key(ResourceUri resource, Issuer issuer) {
    return List.of(resource.toString(), issuer.value());
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore[" + clients.size() + " clients, " + tokens.size() + " tokens]";
  }
}
