package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.Issuer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetadataDiscoveryTest {

  private FakeAuthServer fake;
  private final OAuthClient client = OAuthClient.builder().build();

  @BeforeEach
  void start() throws Exception {
    fake = new FakeAuthServer();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private DiscoveryResult discover(AuthChallenge challenge) {
    return client.discover(fake.mcpUrl(), challenge);
  }

  @Test
  void usesResourceMetadataUrlFromChallengeFirst() {
    fake.prmPath = "/custom/prm";
    AuthChallenge c =
        AuthChallenge.parseBearer(
                "Bearer error=\"invalid_token\", resource_metadata=\""
                    + fake.base
                    + "/custom/prm\", scope=\"a b\"")
            .orElseThrow();
    DiscoveryResult d = discover(c);
    assertThat(fake.requests.get(0)).isEqualTo("GET /custom/prm");
    assertThat(d.initialScope().render()).isEqualTo("a b");
    assertThat(d.issuer().value()).isEqualTo(fake.issuer());
  }

  @Test
  void triesPathInsertedResourceMetadataAndNeverTheRootWhenItExists() {
    DiscoveryResult d = discover(null);
    assertThat(fake.requests)
        .startsWith("GET /.well-known/oauth-protected-resource/mcp")
        .doesNotContain("GET /.well-known/oauth-protected-resource");
    assertThat(d.protectedResource()).isNotNull();
    assertThat(d.initialScope().render()).isEqualTo("mcp:tools");
  }

  @Test
  void fallsBackToRootResourceMetadata() {
    fake.prmPath = "/.well-known/oauth-protected-resource";
    discover(null);
    assertThat(fake.requests)
        .startsWith(
            "GET /.well-known/oauth-protected-resource/mcp",
            "GET /.well-known/oauth-protected-resource");
  }

  @Test
  void challengeUrlThatFailsFallsThroughToWellKnownLocations() {
    AuthChallenge c =
        AuthChallenge.parseBearer("Bearer resource_metadata=\"" + fake.base + "/gone\"")
            .orElseThrow();
    discover(c);
    assertThat(fake.requests)
        .startsWith("GET /gone", "GET /.well-known/oauth-protected-resource/mcp");
  }

  @Test
  void issuerWithPathTriesRfc8414ThenOidcInsertedThenOidcAppended() {
    fake.issuerPath = "/tenant1";
    fake.asMetadataPath = "/tenant1/.well-known/openid-configuration";
    DiscoveryResult d = discover(null);
    assertThat(fake.requests.subList(1, 4))
        .containsExactly(
            "GET /.well-known/oauth-authorization-server/tenant1",
            "GET /.well-known/openid-configuration/tenant1",
            "GET /tenant1/.well-known/openid-configuration");
    assertThat(d.authorizationServer().issuer()).isEqualTo(fake.base + "/tenant1");
  }

  @Test
  void issuerWithoutPathFallsBackToOpenIdConfiguration() {
    fake.asMetadataPath = "/.well-known/openid-configuration";
    discover(null);
    assertThat(fake.requests.subList(1, 3))
        .containsExactly(
            "GET /.well-known/oauth-authorization-server", "GET /.well-known/openid-configuration");
  }

  @Test
  void metadataUrlsStripOneTrailingSlash() {
    assertThat(MetadataDiscovery.metadataUrls(new Issuer("https://as.example/")))
        .containsExactly(
            URI.create("https://as.example/.well-known/oauth-authorization-server"),
            URI.create("https://as.example/.well-known/openid-configuration"));
  }

  @Test
  void withoutAnyResourceMetadataTheServerOriginIsTheIssuer() {
    fake.prmPath = null;
    DiscoveryResult d = discover(null);
    assertThat(d.protectedResource()).isNull();
    assertThat(d.issuer().value()).isEqualTo(fake.base);
    assertThat(d.fallbackEndpoints()).isFalse();
  }

  @Test
  void withoutAnyMetadataThe20250326DefaultEndpointsAreUsed() {
    fake.prmPath = null;
    fake.asMetadataPath = "none";
    DiscoveryResult d = discover(null);
    assertThat(d.fallbackEndpoints()).isTrue();
    assertThat(d.authorizationServer().authorizationEndpoint())
        .isEqualTo(URI.create(fake.base + "/authorize"));
    assertThat(d.authorizationServer().registrationEndpoint())
        .isEqualTo(URI.create(fake.base + "/register"));
  }

  @Test
  void refusesMetadataNamingAnotherIssuer() {
    fake.advertisedIssuer = "http://127.0.0.1:1";
    assertThatThrownBy(() -> discover(null))
        .isInstanceOf(OAuthException.class)
        .hasMessageContaining("different issuer");
  }

  @Test
  void refusesResourceMetadataForAnotherResource() {
    fake.prmResource = fake.base + "/other";
    assertThatThrownBy(() -> discover(null))
        .isInstanceOf(OAuthException.class)
        .hasMessageContaining("names the resource " + fake.base + "/other");
  }

  @Test
  void rootDocumentMayNameTheOriginItStandsFor() {
    fake.prmPath = "/.well-known/oauth-protected-resource";
    fake.prmResource = fake.base;
    assertThat(discover(null).protectedResource().resource()).isEqualTo(fake.base);
  }

  @Test
  void pathInsertedDocumentMayNotNameTheOrigin() {
    fake.prmResource = fake.base;
    assertThatThrownBy(() -> discover(null)).hasMessageContaining("names the resource");
  }

  @Test
  void lenientMatchAcceptsSameOriginPrefix() {
    fake.prmResource = fake.base;
    OAuthClient lenient = OAuthClient.builder().lenientResourceMatch(true).build();
    assertThat(lenient.discover(fake.mcpUrl(), null).protectedResource().resource())
        .isEqualTo(fake.base);
  }

  @Test
  void refusesServerWithoutS256() {
    fake.pkceMethods = List.of("plain");
    assertThatThrownBy(() -> discover(null)).hasMessageContaining("does not support PKCE S256");
  }

  @Test
  void refusesServerThatOmitsPkceMetadataUnlessAllowed() {
    fake.pkceMethods = null;
    assertThatThrownBy(() -> discover(null)).hasMessageContaining("does not advertise PKCE");
    OAuthClient optOut = OAuthClient.builder().allowMissingPkceMetadata(true).build();
    assertThat(optOut.discover(fake.mcpUrl(), null).issuer().value()).isEqualTo(fake.issuer());
  }
}
