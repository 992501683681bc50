package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.oauth.internal.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuthorizationStoreTest {

  @TempDir Path dir;

  @Test
  void restartLosesNoClientOrToken() {
    Path file = dir.resolve("oauth/store.json");
    Map<String, Object> tokens;
    try (OAuthHarness first = OAuthHarness.start(FileAuthorizationStore.open(file))) {
      tokens = first.publicClientTokens();
    }
    try (OAuthHarness second = OAuthHarness.start(FileAuthorizationStore.open(file))) {
      // Same tokens, new process: the access token still verifies, and the refresh rotates.
      assertThat(second.as.accessTokenVerifier().verify((String) tokens.get("access_token")))
          .hasValueSatisfying(t -> assertThat(t.scopes()).containsExactly("mcp:tools"));
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "refresh_token");
      form.put("client_id", (String) tokens.get("client_id"));
      form.put("refresh_token", (String) tokens.get("refresh_token"));
      assertThat(second.postForm("/token", form).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void fileIsOwnerOnlyHoldsNoSecretsAndLeavesNoTempFile() throws IOException {
    Path file = dir.resolve("store.json");
    Map<String, Object> tokens;
    String secret;
    try (OAuthHarness h = OAuthHarness.start(FileAuthorizationStore.open(file))) {
      secret =
          (String)
              h.register("{\"redirect_uris\":[\"https://a.example/cb\"]}").get("client_secret");
      tokens = h.publicClientTokens();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String text = Files.readString(file);
    assertThat(text)
        .doesNotContain(secret)
        .doesNotContain((String) tokens.get("access_token"))
        .doesNotContain((String) tokens.get("refresh_token"))
        .contains(Secrets.sha256((String) tokens.get("access_token")));
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()).toList())
          .containsExactly("store.json");
    }
  }

  @Test
  void redeemIsSingleUseAcrossReopen() {
    Path file = dir.resolve("s.json");
    FileAuthorizationStore store = FileAuthorizationStore.open(file);
    store.saveCode(
        new StoredCode(
            "h1", "g1", "c1", null, OAuthHarness.CHALLENGE, List.of("a"), "r", "u", 1, 99, false));
    assertThat(store.redeemCode("h1")).hasValueSatisfying(c -> assertThat(c.used()).isFalse());
    assertThat(FileAuthorizationStore.open(file).redeemCode("h1"))
        .hasValueSatisfying(c -> assertThat(c.used()).isTrue());
  }

  @Test
  void corruptFileIsReportedInOneLine() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> FileAuthorizationStore.open(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("is corrupt; move it away");
  }
}
