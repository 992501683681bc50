package io.cakewalk.oauth.server;

import io.cakewalk.mcp.internal.SecretFiles;
import io.cakewalk.oauth.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An {@link AuthorizationStore} that keeps its state in one JSON file, so a restart loses no
 * client, code or token. The file holds only fingerprints of secrets, is created with mode {@code
 * 0600} (on POSIX file systems), and every change rewrites it through a temporary file and an
 * atomic rename, so a crash leaves either the old or the new state.
 *
 * <p>Meant for one gateway process; several processes need a shared database implementation.
 *
 * <pre>{@code
 * AuthorizationStore store = FileAuthorizationStore.open(Path.of(home, ".cakewalk", "gateway-oauth.json"));
 * }</pre>
 */
public final class FileAuthorizationStore implements AuthorizationStore {

  private final Path file;
  private final InMemoryAuthorizationStore state = new InMemoryAuthorizationStore();

  private FileAuthorizationStore(Path file) {
    this.file = file;
  }

  /**
   * Opens the store at {@code file}, loading it when it exists.
   *
   * @throws UncheckedIOException when the file cannot be read or is not a store file
   */
  public static FileAuthorizationStore open(Path file) {
    FileAuthorizationStore store = new FileAuthorizationStore(file.toAbsolutePath());
    if (Files.exists(store.file)) {
      try {
        String text = Files.readString(store.file, StandardCharsets.UTF_8);
        store.state.restore(Json.read(text, InMemoryAuthorizationStore.Snapshot.class));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OAuth store " + store.file, e);
      } catch (RuntimeException e) {
        throw new UncheckedIOException(
            "OAuth store " + store.file + " is corrupt; move it away to start empty",
            new IOException(e.getClass().getSimpleName()));
      }
    }
    return store;
  }

  @Override
  public void saveClient(StoredClient client) {
    mutate(() -> state.saveClient(client));
  }

  @Override
  public Optional<StoredClient> findClient(String clientId) {
    return state.findClient(clientId);
  }

  @Override
  public void saveCode(StoredCode code) {
    mutate(() -> state.saveCode(code));
  }

  @Override
  public Optional<StoredCode> redeemCode(String codeHash) {
    return mutate(() -> state.redeemCode(codeHash));
  }

  @Override
  public void saveToken(StoredToken token) {
    mutate(() -> state.saveToken(token));
  }

  @Override
  public Optional<StoredToken> findToken(String tokenHash) {
    return state.findToken(tokenHash);
  }

  @Override
  public Optional<StoredToken> redeemRefreshToken(String tokenHash) {
    return mutate(() -> state.redeemRefreshToken(tokenHash));
  }

  @Override
  public void revokeToken(String tokenHash) {
    mutate(() -> state.revokeToken(tokenHash));
  }

  @Override
  public void revokeGrant(String grantId) {
    mutate(() -> state.revokeGrant(grantId));
  }

  @Override
  public void purgeExpired(long epochSecond) {
    mutate(() -> state.purgeExpired(epochSecond));
  }

  private void mutate(Runnable change) {
    mutate(
        () -> {
          change.run();
          return null;
        });
  }

  private synchronized <T> T mutate(Supplier<T> change) {
    T result = change.get();
    write();
    return result;
  }

  private void write() {
    byte[] bytes = Json.write(state.snapshot()).getBytes(StandardCharsets.UTF_8);
    try {
      SecretFiles.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write OAuth store " + file, e);
    }
  }

  @Override
  public String toString() {
    return "FileAuthorizationStore[" + file + "]";
  }
}
