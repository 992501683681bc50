package io.cakewalk.oauth.client;

import io.cakewalk.mcp.internal.SecretFiles;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.registration.ClientInformation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link TokenStore} of JSON files under a directory: {@code clients/<hash of issuer>.json} and
 * {@code tokens/<hash of resource and issuer>.json}. Directories are {@code 0700}, files {@code
 * 0600}, and every write goes to a temporary file that is then renamed over the old one.
 *
 * <pre>{@code
 * TokenStore store = new FileTokenStore(Path.of(System.getProperty("user.home"), ".config/cakewalk/oauth"));
 * }</pre>
 */
public final class FileTokenStore implements TokenStore {

  private final Path dir;

  public FileTokenStore(Path dir) {
    this.dir = dir.toAbsolutePath();
  }

  /**
   * {@code $XDG_CONFIG_HOME/cakewalk/oauth}, else {@code ~/.config/cakewalk/oauth}: where the CLI
   * keeps credentials by default.
   */
  public static Path defaultDirectory() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path config =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return config.resolve("cakewalk").resolve("oauth");
  }

  /** The directory this store writes to. */
  public Path directory() {
    return dir;
  }

  @Override
  public synchronized Optional<ClientInformation> client(Issuer issuer) {
    return read(clientFile(issuer)).map(ClientInformation::parse);
  }

  @Override
  public synchronized void saveClient(Issuer issuer, ClientInformation client) {
    write(clientFile(issuer), client.toJson());
  }

  @Override
  public synchronized void removeClient(Issuer issuer) {
    delete(clientFile(issuer));
  }

  @Override
  public synchronized Optional<StoredTokens> tokens(ResourceUri resource, Issuer issuer) {
    return read(tokenFile(resource, issuer)).map(StoredTokens::parse);
  }

  @Override
  public synchronized List<StoredTokens> tokens(ResourceUri resource) {
    Path tokens = dir.resolve("tokens");
    if (!Files.isDirectory(tokens)) {
      return List.of();
    }
    List<StoredTokens> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(tokens)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        StoredTokens t = read(f).map(StoredTokens::parse).orElse(null);
        if (t != null && t.resource().equals(resource)) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw failure("read", tokens, e);
    }
    return out;
  }

  @Override
  public synchronized void saveTokens(StoredTokens tokens) {
    write(tokenFile(tokens.resource(), tokens.issuer()), tokens.toJson());
  }

  @Override
  public synchronized void removeTokens(ResourceUri resource, Issuer issuer) {
    delete(tokenFile(resource, issuer));
  }

  private Path clientFile(Issuer issuer) {
    return dir.resolve("clients").resolve(hash(issuer.value()) + ".json");
  }

  private Path tokenFile(ResourceUri resource, Issuer issuer) {
    return dir.resolve("tokens").resolve(hash(resource + "\n" + issuer.value()) + ".json");
  }

  private static String hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<String> read(Path file) {
    try {
      return Files.exists(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      throw failure("read", file, e);
    }
  }

  private void write(Path file, String content) {
    try {
      SecretFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw failure("write", file, e);
    }
  }

  private void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw failure("delete", file, e);
    }
  }

  private static OAuthException failure(String verb, Path file, IOException e) {
    return new OAuthException(
        "Could not "
            + verb
            + " credentials at "
            + file
            + " ("
            + e.getMessage()
            + "); check the directory's permissions.",
        null,
        new UncheckedIOException(e));
  }

  @Override
  public String toString() {
    return "FileTokenStore[" + dir + "]";
  }
}
