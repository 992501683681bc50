package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.registration.ClientInformation;
import io.cakewalk.oauth.token.AccessToken;
import io.cakewalk.oauth.token.RefreshToken;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

  @TempDir Path dir;

  private static StoredTokens tokens(String issuer, String access) {
    return new StoredTokens(
        ResourceUri.of("https://mcp.example.com/mcp"),
        new Issuer(issuer),
        new ClientId("c"),
        new AccessToken(access),
        new RefreshToken("rt-" + access),
        Instant.ofEpochSecond(1_900_000_000L),
        Scope.parse("mcp:tools"),
        URI.create(issuer + "/token"),
        null,
        null);
  }

  @Test
  void roundTripsTokensKeyedByResourceAndIssuer() {
    FileTokenStore store = new FileTokenStore(dir.resolve("oauth"));
    store.saveTokens(tokens("https://as1", "a1"));
    store.saveTokens(tokens("https://as2", "a2"));
    ResourceUri r = ResourceUri.of("https://mcp.example.com/mcp");
    assertThat(store.tokens(r, new Issuer("https://as1"))).contains(tokens("https://as1", "a1"));
    assertThat(store.tokens(r)).hasSize(2);
    store.removeTokens(r, new Issuer("https://as1"));
    assertThat(new FileTokenStore(dir.resolve("oauth")).tokens(r))
        .containsExactly(tokens("https://as2", "a2"));
  }

  @Test
  void clientsAreKeptPerIssuerAndNeverShared() {
    FileTokenStore store = new FileTokenStore(dir);
    store.saveClient(
        new Issuer("https://as1"),
        ClientInformation.parse("{\"client_id\":\"x\",\"client_secret\":\"s\"}"));
    assertThat(store.client(new Issuer("https://as1")).orElseThrow().clientSecret().value())
        .isEqualTo("s");
    assertThat(store.client(new Issuer("https://as2"))).isEmpty();
  }

  @Test
  void filesArePrivateAndWrittenWithoutLeftovers() throws Exception {
    FileTokenStore store = new FileTokenStore(dir.resolve("cfg"));
    store.saveTokens(tokens("https://as1", "a1"));
    store.saveTokens(tokens("https://as1", "a2")); // replaced atomically
    try (Stream<Path> files = Files.walk(dir.resolve("cfg"))) {
      for (Path p : files.toList()) {
        String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        assertThat(perms).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        assertThat(p.getFileName().toString()).doesNotStartWith(".tmp-");
      }
    }
  }

  @Test
  void toStringShowsNoSecrets() {
    assertThat(tokens("https://as1", "secret-value").toString()).doesNotContain("secret-value");
  }
}
