package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.testing.NodePeer;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.registration.ClientAuthMethod;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs in against oidc-provider 9.13.3 (a certified OpenID provider, peers.md §8) guarding
 * server-everything through our gateway script, then lists tools through the protected endpoint.
 */
class OidcProviderIT {

  private static NodePeer everything;
  private static NodePeer oidc;
  private static URI mcp;
  private static String issuer;

  @TempDir Path config;
  private final List<String> messages = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    int ev = NodePeer.freePort();
    everything = NodePeer.startEverything("everything-for-oidc", "streamableHttp", ev);
    // The peer cache holds node_modules; our script is copied next to them on every run.
    Path script = NodePeer.peersDir().resolve("oidc-provider/server.mjs");
    Files.copy(
        Path.of("../peers/oidc-provider/server.mjs"), script, StandardCopyOption.REPLACE_EXISTING);
    int as = NodePeer.freePort();
    int rs = NodePeer.freePort();
    oidc =
        NodePeer.start(
            "oidc-provider",
            List.of(script.toString()),
            Map.of(
                "AS_PORT",
                "" + as,
                "RS_PORT",
                "" + rs,
                "UPSTREAM",
                "http://127.0.0.1:" + ev + "/mcp"),
            rs);
    mcp = URI.create("http://localhost:" + rs + "/mcp");
    issuer = "http://localhost:" + as;
  }

  @AfterAll
  static void stop() {
    if (oidc != null) {
      oidc.close();
    }
    if (everything != null) {
      everything.close();
    }
  }

  private OAuthClient client() {
    return OAuthClient.builder().store(new FileTokenStore(config)).build();
  }

  private LoginOptions.Builder options() {
    return LoginOptions.builder()
        .browser(Browser.headless())
        .messages(messages::add)
        .callbackTimeout(Duration.ofMinutes(2));
  }

  private static void assertAudienceBoundAndUsable(String token) throws Exception {
    Map<String, Object> claims = McpProbe.claims(token);
    assertThat(claims.get("aud")).isEqualTo(mcp.toString());
    assertThat(claims.get("iss")).isEqualTo(issuer);
    assertThat(McpProbe.listTools(mcp, token)).contains("echo", "get-sum");
  }

  @Test
  void dynamicRegistrationThroughABrowserScriptThenToolsThroughTheGateway() throws Exception {
    OAuthClient client = client();
    String browser = "sh " + Path.of("src/test/resources/headless-browser.sh").toAbsolutePath();
    TokenStatus status = client.login(mcp, options().browser(Browser.command(browser)).build());
    assertThat(status.issuer().value()).isEqualTo(issuer);
    assertThat(status.scope().contains("mcp:tools")).isTrue();
    assertThat(status.refreshable()).isTrue();
    var registered = client.store().client(new Issuer(issuer)).orElseThrow();
    assertThat(registered.clientId().value()).isNotIn("static-public", "static-confidential");
    assertThat(registered.authMethod()).isEqualTo(ClientAuthMethod.NONE);
    assertAudienceBoundAndUsable(client.accessToken(mcp).value());
  }

  @Test
  void mcpClientLogsInOnTheFirstChallengeThenListsAndCallsTools() throws Exception {
    OAuthClient oauth = client();
    try (McpClient mcpClient =
        McpClient.builder(mcp).authorization(oauth.mcpAuthorization(options().build())).build()) {
      mcpClient.connect();
      assertThat(mcpClient.listTools()).extracting(Tool::name).contains("echo", "get-sum");
      CallToolResult sum = mcpClient.callTool("get-sum", Map.of("a", 2, "b", 3));
      assertThat(sum.isError()).isNotEqualTo(Boolean.TRUE);
      assertThat(sum.toString()).contains("5");
    }
    assertThat(oauth.status(mcp)).isPresent();
  }

  @Test
  void preRegisteredPublicClient() throws Exception {
    OAuthClient client = client();
    client.login(mcp, options().clientId(new ClientId("static-public")).build());
    assertAudienceBoundAndUsable(client.accessToken(mcp).value());
  }

  @Test
  void preRegisteredConfidentialClientWithBasicAuthentication() throws Exception {
    OAuthClient client = client();
    client.login(
        mcp,
        options()
            .clientId(new ClientId("static-confidential"))
            .clientSecret(new ClientSecret("static-secret"))
            .build());
    assertThat(client.store().client(new Issuer(issuer)).orElseThrow().authMethod())
        .isEqualTo(ClientAuthMethod.CLIENT_SECRET_BASIC);
    assertAudienceBoundAndUsable(client.accessToken(mcp).value());
  }

  @Test
  void refreshRotatesTheRefreshTokenAndTheNewAccessTokenWorks() throws Exception {
    OAuthClient client = client();
    client.login(mcp, options().build());
    StoredTokens before = client.current(ResourceUri.of(mcp)).orElseThrow();
    assertThat(client.refresh(mcp)).isTrue();
    StoredTokens after = client.current(ResourceUri.of(mcp)).orElseThrow();
    assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
    assertThat(after.refreshToken()).isNotNull().isNotEqualTo(before.refreshToken());
    assertAudienceBoundAndUsable(after.accessToken().value());
  }

  @Test
  void hookLogsInOnTheGateways401AndLogoutRevokes() throws Exception {
    OAuthClient client = client();
    var hook = client.mcpAuthorization(options().build());
    assertThat(hook.authorization(mcp)).isEmpty();
    var challenge =
        io.cakewalk.mcp.AuthChallenge.parseBearer(
                "Bearer resource_metadata=\""
                    + mcp.resolve("/.well-known/oauth-protected-resource/mcp")
                    + "\", scope=\"mcp:tools\"")
            .orElseThrow();
    assertThat(hook.onChallenge(mcp, 401, challenge)).isTrue();
    String header = hook.authorization(mcp).orElseThrow();
    assertAudienceBoundAndUsable(header.substring("Bearer ".length()));
    OAuthClient.LogoutResult out = client.logout(mcp);
    assertThat(out.revoked()).isTrue();
    assertThat(client.status(mcp)).isEmpty();
  }
}
