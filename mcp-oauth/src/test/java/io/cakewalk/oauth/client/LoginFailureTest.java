package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each failure a user can meet ends in one clear line and leaves the stored credentials exactly as
 * they were after an earlier successful login.
 */
class LoginFailureTest {

  private FakeAuthServer fake;
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final List<String> messages = new ArrayList<>();
  private OAuthClient client;
  private Optional<StoredTokens> tokensBefore;
  private Optional<?> clientBefore;

  @BeforeEach
  void loginOnce() throws Exception {
    fake = new FakeAuthServer();
    client = OAuthClient.builder().store(store).build();
    client.login(fake.mcpUrl(), options().build());
    tokensBefore = client.current(ResourceUri.of(fake.mcpUrl()));
    clientBefore = store.client(new Issuer(fake.issuer()));
    assertThat(tokensBefore).isPresent();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private LoginOptions.Builder options() {
    return LoginOptions.builder()
        .browser(Browser.headless())
        .messages(messages::add)
        .callbackTimeout(Duration.ofSeconds(30));
  }

  private void assertFails(Consumer<FakeAuthServer> setup, LoginOptions o, String message) {
    setup.accept(fake);
    assertThatThrownBy(() -> client.login(fake.mcpUrl(), o))
        .isInstanceOf(OAuthException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(client.current(ResourceUri.of(fake.mcpUrl()))).isEqualTo(tokensBefore);
    assertThat(store.client(new Issuer(fake.issuer()))).isEqualTo(clientBefore);
  }

  @Test
  void unreachableServer() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    URI dead = URI.create("http://127.0.0.1:" + port + "/mcp");
    assertThatThrownBy(() -> client.login(dead, options().build()))
        .isInstanceOf(OAuthException.class)
        .hasMessageContaining("Could not reach")
        .hasMessageContaining("check the URL and your network");
    assertThat(client.current(ResourceUri.of(fake.mcpUrl()))).isEqualTo(tokensBefore);
  }

  @Test
  void noAuthorizationServerMetadata() {
    assertFails(f -> f.asMetadataPath = "none", options().build(), "publishes no metadata");
  }

  @Test
  void noS256() {
    assertFails(
        f -> f.pkceMethods = List.of("plain"), options().build(), "does not support PKCE S256");
  }

  @Test
  void registrationRefused() {
    store.removeClient(new Issuer(fake.issuer()));
    clientBefore = Optional.empty();
    assertFails(
        f -> f.refuseRegistration = true,
        options().build(),
        "refused to register this client (invalid_redirect_uri: loopback not allowed)");
  }

  @Test
  void noRegistrationEndpoint() {
    store.removeClient(new Issuer(fake.issuer()));
    clientBefore = Optional.empty();
    assertFails(
        f -> f.registration = false, options().build(), "offers no dynamic client registration");
  }

  @Test
  void consentDenied() {
    assertFails(f -> f.denyConsent = true, options().build(), "Access was denied at");
  }

  @Test
  void stateMismatch() {
    assertFails(f -> f.wrongState = true, options().build(), "state mismatch");
  }

  @Test
  void issuerMissingFromCallbackWhenPromised() {
    assertFails(f -> f.callbackIss = "", options().build(), "does not name its issuer");
  }

  @Test
  void issuerOfCallbackDiffers() {
    assertFails(
        f -> f.callbackIss = "http://127.0.0.1:1", options().build(), "possible mix-up attack");
  }

  @Test
  void callbackTimeout() {
    assertFails(
        f -> f.noRedirect = true,
        options().callbackTimeout(Duration.ofSeconds(1)).build(),
        "No login callback arrived within 1 second");
  }

  @Test
  void pastedCallbackUrlCompletesLoginWithoutABrowser() {
    fake.noRedirect = true; // the browser never comes back; the user pastes the URL instead
    // The pasted URL needs the live state: paste through a stream that reads it on demand.
    var pasted =
        new PastingStream(
            () -> {
              var q = fake.lastAuthorize;
              return q.get("redirect_uri")
                  + "?code=unknown&state="
                  + q.get("state")
                  + "&iss="
                  + fake.issuer();
            });
    assertThatThrownBy(
            () ->
                client.login(
                    fake.mcpUrl(),
                    options().browser(u -> HeadlessBrowser.follow(u)).pastedInput(pasted).build()))
        .hasMessageContaining("refused the authorization code request (invalid_grant)");
    assertThat(pasted.served).isTrue(); // the pasted URL reached the token exchange
  }

  /** Serves one line produced when first read. */
  static final class PastingStream extends java.io.InputStream {
    private final java.util.function.Supplier<String> line;
    private ByteArrayInputStream buffer;
    volatile boolean served;

    PastingStream(java.util.function.Supplier<String> line) {
      this.line = line;
    }

    @Override
    public int read() {
      if (buffer == null) {
        buffer = new ByteArrayInputStream((line.get() + "\n").getBytes(StandardCharsets.UTF_8));
        served = true;
      }
      return buffer.read();
    }
  }
}
