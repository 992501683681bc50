package io.cakewalk.oauth.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link AuthorizationStore} in memory: everything is lost when the process ends. Every
 * operation holds the store's lock, so redeeming is atomic.
 */
public final class InMemoryAuthorizationStore implements AuthorizationStore {

  private final Map<String, StoredClient> clients = new LinkedHashMap<>();
  private final Map<String, StoredCode> codes = new LinkedHashMap<>();
  private final Map<String, StoredToken> tokens = new LinkedHashMap<>();

  /** An empty store. */
  public InMemoryAuthorizationStore() {}

  @Override
  public synchronized void saveClient(StoredClient client) {
    clients.put(client.clientId(), client);
  }

  @Override
  public synchronized Optional<StoredClient> findClient(String clientId) {
    return Optional.ofNullable(clients.get(clientId));
  }

  @Override
  public synchronized void saveCode(StoredCode code) {
    codes.put(code.codeHash(), code);
  }

  @Override
  public synchronized Optional<StoredCode> redeemCode(String codeHash) {
    StoredCode before = codes.get(codeHash);
    if (before != null) {
      codes.put(codeHash, before.withUsed());
    }
    return Optional.ofNullable(before);
  }

  @Override
  public synchronized void saveToken(StoredToken token) {
    tokens.put(token.tokenHash(), token);
  }

  @Override
  public synchronized Optional<StoredToken> findToken(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash));
  }

  @Override
  public synchronized Optional<StoredToken> redeemRefreshToken(String tokenHash) {
    StoredToken before = tokens.get(tokenHash);
    if (before == null || before.kind() != StoredToken.Kind.REFRESH) {
      return Optional.empty();
    }
    tokens.put(tokenHash, before.withUsed());
    return Optional.of(before);
  }

  @Override
  public synchronized void revokeToken(String tokenHash) {
    tokens.computeIfPresent(tokenHash, (k, t) -> t.withRevoked());
  }

  @Override
  public synchronized void revokeGrant(String grantId) {
    tokens.replaceAll((k, t) -> t.grantId().equals(grantId) ? t.withRevoked() : t);
    codes.replaceAll((k, c) -> c.grantId().equals(grantId) ? c.withUsed() : c);
  }

  @Override
  public synchronized void purgeExpired(long epochSecond) {
    codes.values().removeIf(c -> c.expiresAt() < epochSecond);
    tokens.values().removeIf(t -> t.expiresAt() < epochSecond);
  }

  /** A consistent copy of the whole state, for {@link FileAuthorizationStore}. */
  synchronized Snapshot snapshot() {
    return new Snapshot(
        List.copyOf(clients.values()), List.copyOf(codes.values()), List.copyOf(tokens.values()));
  }

  /** Replaces the whole state. */
  synchronized void restore(Snapshot snapshot) {
    clients.clear();
    codes.clear();
    tokens.clear();
    snapshot.clients().forEach(c -> clients.put(c.clientId(), c));
    snapshot.codes().forEach(c -> codes.put(c.codeHash(), c));
    snapshot.tokens().forEach(t -> tokens.put(t.tokenHash(), t));
  }

  /**
   * The serialisable state of a store.
   *
   * @param version the file format version
   * @param clients every client
   * @param codes every code
   * @param tokens every token
   */
  record Snapshot(
      int version, List<StoredClient> clients, List<StoredCode> codes, List<StoredToken> tokens) {

    static final int CURRENT = 1;

    Snapshot {
      clients = clients == null ? List.of() : List.copyOf(clients);
      codes = codes == null ? List.of() : List.copyOf(codes);
      tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    Snapshot(List<StoredClient> clients, List<StoredCode> codes, List<StoredToken> tokens) {
      this(CURRENT, clients, codes, tokens);
    }
  }
}
