package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.registration.ClientAuthMethod;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthClientLoginTest {

  private FakeAuthServer fake;
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final List<String> messages = new ArrayList<>();
  private final MutableClock clock = new MutableClock();
  private OAuthClient client;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeAuthServer();
    client = OAuthClient.builder().store(store).clock(clock).build();
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

  private Issuer issuer() {
    return new Issuer(fake.issuer());
  }

  @Test
  void logsInWithDynamicRegistrationPkceStateAndResource() {
    TokenStatus status = client.login(fake.mcpUrl(), options().build());

    assertThat(status.issuer()).isEqualTo(issuer());
    assertThat(status.scope().render()).isEqualTo("mcp:tools");
    assertThat(status.refreshable()).isTrue();
    assertThat(fake.lastAuthorize)
        .containsEntry("response_type", "code")
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("resource", fake.mcpUrl().toString())
        .containsEntry("scope", "mcp:tools")
        .containsKey("state");
    assertThat(fake.lastToken)
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("resource", fake.mcpUrl().toString())
        .containsKey("code_verifier")
        .containsKey("client_id");
    assertThat(fake.lastTokenAuthHeader).isNull();
    var registered = fake.clients.values().iterator().next().metadata();
    assertThat(registered.applicationType()).isEqualTo("native");
    assertThat(registered.redirectUris().get(0).toString()).startsWith("http://127.0.0.1:");
    assertThat(client.accessToken(fake.mcpUrl()).value()).isEqualTo("at-1");
    assertThat(messages).anyMatch(m -> m.startsWith(fake.issuer() + "/authorize?"));
    assertThat(messages).noneMatch(m -> m.contains("at-1"));
  }

  @Test
  void preRegisteredConfidentialClientUsesBasicAndSkipsRegistration() {
    fake.registerStatic("static-confidential", "static-secret", "client_secret_basic");
    client.login(
        fake.mcpUrl(),
        options()
            .clientId(new ClientId("static-confidential"))
            .clientSecret(new ClientSecret("static-secret"))
            .build());
    assertThat(fake.lastTokenAuthHeader).startsWith("Basic ");
    assertThat(fake.lastToken).doesNotContainKeys("client_secret", "client_id");
    assertThat(fake.requests).noneMatch(r -> r.contains("/register"));
  }

  @Test
  void preRegisteredClientWithPostSendsSecretInBody() {
    fake.registerStatic("c-post", "sec", "client_secret_post");
    client.login(
        fake.mcpUrl(),
        options()
            .clientId(new ClientId("c-post"))
            .clientSecret(new ClientSecret("sec"))
            .authMethod(ClientAuthMethod.CLIENT_SECRET_POST)
            .build());
    assertThat(fake.lastTokenAuthHeader).isNull();
    assertThat(fake.lastToken).containsEntry("client_secret", "sec");
  }

  @Test
  void confidentialDynamicRegistrationWhenNoneIsNotOffered() {
    fake.authMethods = List.of("client_secret_post");
    client.login(fake.mcpUrl(), options().build());
    assertThat(fake.lastToken).containsKey("client_secret");
    assertThat(store.client(issuer()).orElseThrow().clientSecret()).isNotNull();
  }

  @Test
  void asksForOfflineAccessOnlyWhenTheServerListsIt() {
    client.login(fake.mcpUrl(), options().build());
    assertThat(fake.lastAuthorize.get("scope")).isEqualTo("mcp:tools");
    fake.listOfflineAccess = true;
    client.login(fake.mcpUrl(), options().build());
    assertThat(fake.lastAuthorize.get("scope")).isEqualTo("mcp:tools offline_access");
  }

  @Test
  void omitsScopeWhenNeitherChallengeNorMetadataNamesOne() {
    fake.scopesSupported = null;
    client.login(fake.mcpUrl(), options().build());
    assertThat(fake.lastAuthorize).doesNotContainKey("scope");
  }

  @Test
  void reusesStoredRegistrationForTheSameIssuer() {
    client.login(fake.mcpUrl(), options().build());
    client.login(fake.mcpUrl(), options().build());
    assertThat(fake.requests.stream().filter(r -> r.endsWith("/register")).count()).isEqualTo(1);
  }

  @Test
  void reRegistersOnceWhenTheStoredClientIsRejected() {
    client.login(fake.mcpUrl(), options().build());
    fake.clients.clear(); // the server forgot us
    client.login(fake.mcpUrl(), options().build());
    assertThat(fake.requests.stream().filter(r -> r.endsWith("/register")).count()).isEqualTo(2);
    assertThat(store.client(issuer()).orElseThrow().clientId().value()).isEqualTo("dyn-1");
    assertThat(messages).anyMatch(m -> m.contains("registering a new one"));
  }

  @Test
  void refreshesBeforeExpiryAndStoresTheRotatedRefreshToken() {
    fake.expiresIn = 120;
    client.login(fake.mcpUrl(), options().build());
    String firstRefresh =
        store.tokens(ResourceUri.of(fake.mcpUrl()), issuer()).orElseThrow().refreshToken().value();
    assertThat(client.accessToken(fake.mcpUrl()).value()).isEqualTo("at-1");
    clock.advance(Duration.ofSeconds(70));
    assertThat(client.accessToken(fake.mcpUrl()).value()).isEqualTo("at-2");
    assertThat(fake.lastToken)
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("resource", fake.mcpUrl().toString());
    String rotated =
        client.current(ResourceUri.of(fake.mcpUrl())).orElseThrow().refreshToken().value();
    assertThat(rotated).isNotEqualTo(firstRefresh);
  }

  @Test
  void invalidGrantOnRefreshDropsTokensAndAsksToLogInAgain() {
    client.login(fake.mcpUrl(), options().build());
    fake.refreshTokens.clear();
    assertThatThrownBy(() -> client.refresh(fake.mcpUrl()))
        .hasMessageContaining("expired or was revoked; log in again");
    assertThat(client.status(fake.mcpUrl())).isEmpty();
  }

  @Test
  void logoutRevokesRefreshAndAccessTokens() {
    client.login(fake.mcpUrl(), options().build());
    OAuthClient.LogoutResult r = client.logout(fake.mcpUrl());
    assertThat(r.revoked()).isTrue();
    assertThat(fake.revoked).containsExactly("refresh_token", "access_token");
    assertThat(client.status(fake.mcpUrl())).isEmpty();
    assertThat(store.client(issuer())).isPresent();
  }

  @Test
  void hookRefreshesOn401AndStepsUpOn403WithTheUnionOfScopes() {
    McpAuthorization hook = client.mcpAuthorization(options().build());
    URI mcp = fake.mcpUrl();
    assertThat(hook.authorization(mcp)).isEmpty();
    AuthChallenge unauthorized =
        AuthChallenge.parseBearer("Bearer scope=\"mcp:tools\"").orElseThrow();
    assertThat(hook.onChallenge(mcp, 401, unauthorized)).isTrue(); // logs in
    assertThat(hook.authorization(mcp)).contains("Bearer at-1");

    AuthChallenge insufficient =
        AuthChallenge.parseBearer("Bearer error=\"insufficient_scope\", scope=\"mcp:write\"")
            .orElseThrow();
    assertThat(hook.onChallenge(mcp, 403, insufficient)).isTrue();
    assertThat(fake.lastAuthorize.get("scope")).isEqualTo("mcp:tools mcp:write");
    assertThat(hook.onChallenge(mcp, 403, insufficient)).isTrue();
    assertThat(hook.onChallenge(mcp, 403, insufficient)).isFalse(); // capped at 2 step-ups
    assertThat(messages).anyMatch(m -> m.contains("giving up"));
  }

  @Test
  void hookDoesNotLoopWhenAFreshTokenIsRejected() {
    McpAuthorization hook = client.mcpAuthorization(options().build());
    URI mcp = fake.mcpUrl();
    assertThat(hook.onChallenge(mcp, 401, null)).isTrue();
    assertThat(hook.authorization(mcp)).contains("Bearer at-1");
    assertThat(hook.onChallenge(mcp, 401, null)).isFalse();
    assertThat(messages).anyMatch(m -> m.contains("rejected a token it was just issued"));
  }

  @Test
  void hookLogsInAgainWhenATokenThatWorkedIsRejectedAndTheServerMovedToAnotherIssuer()
      throws Exception {
    McpAuthorization hook = client.mcpAuthorization(options().build());
    URI mcp = fake.mcpUrl();
    assertThat(hook.onChallenge(mcp, 401, null)).isTrue();
    hook.authorization(mcp);
    hook.authorization(mcp); // the token worked for a while
    fake.refreshTokens.clear(); // refresh fails too
    try (FakeAuthServer newAs = new FakeAuthServer()) {
      newAs.clientPrefix = "new-";
      fake.issuerOverride = newAs.issuer();
      assertThat(hook.onChallenge(mcp, 401, null)).isTrue();
      assertThat(newAs.requests).contains("POST /register");
      assertThat(newAs.lastAuthorize.get("client_id")).isEqualTo("new-1");
      assertThat(store.client(new Issuer(newAs.issuer())).orElseThrow().clientId().value())
          .isEqualTo("new-1");
      assertThat(store.client(issuer()).orElseThrow().clientId().value()).isEqualTo("dyn-1");
      assertThat(hook.authorization(mcp)).contains("Bearer at-1"); // issued by the new server
      assertThat(client.status(mcp).orElseThrow().issuer().value()).isEqualTo(newAs.issuer());
    }
  }

  @Test
  void nonInteractiveHookRefreshesOn401ButNeverOpensABrowser() {
    client.login(fake.mcpUrl(), options().build());
    McpAuthorization hook = client.mcpAuthorization(null);
    assertThat(hook.onChallenge(fake.mcpUrl(), 401, null)).isTrue();
    assertThat(hook.authorization(fake.mcpUrl())).contains("Bearer at-2");
    assertThat(hook.onChallenge(fake.mcpUrl(), 401, null)).isFalse();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
