package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.testing.NodePeer;
import io.cakewalk.oauth.id.Issuer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logs in against the MCP TypeScript SDK's demo OAuth server (peers.md §7), whose quirks are an
 * issuer with a trailing slash, lower-case {@code bearer} and no refresh; {@code --oauth-strict}
 * also requires our {@code resource}.
 */
class SdkDemoAuthServerIT {

  private static NodePeer demo;
  private static URI mcp;
  private static int asPort;
  private final List<String> messages = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    int rs = NodePeer.freePort();
    asPort = NodePeer.freePort();
    demo =
        NodePeer.start(
            "sdk-demo-oauth",
            List.of(
                NodePeer.module(
                    "sdk",
                    "@modelcontextprotocol/sdk/dist/esm/examples/server/simpleStreamableHttp.js"),
                "--oauth",
                "--oauth-strict"),
            Map.of("MCP_PORT", "" + rs, "MCP_AUTH_PORT", "" + asPort),
            rs);
    mcp = URI.create("http://localhost:" + rs + "/mcp");
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void dynamicRegistrationLoginThenToolsThroughTheProtectedEndpoint() throws Exception {
    OAuthClient client = OAuthClient.builder().build();
    TokenStatus status =
        client.login(
            mcp,
            LoginOptions.builder()
                .browser(Browser.headless())
                .messages(messages::add)
                .callbackTimeout(Duration.ofMinutes(2))
                .build());
    assertThat(status.issuer()).isEqualTo(new Issuer("http://localhost:" + asPort + "/"));
    assertThat(status.refreshable()).isFalse();
    String token = client.accessToken(mcp).value();
    assertThat(McpProbe.listTools(mcp, token)).contains("greet", "multi-greet");
  }

  @Test
  void mcpClientLogsInOnDemandAndCallsATool() {
    OAuthClient oauth = OAuthClient.builder().build();
    LoginOptions options =
        LoginOptions.builder().browser(Browser.headless()).messages(messages::add).build();
    try (McpClient mcpClient =
        McpClient.builder(mcp).authorization(oauth.mcpAuthorization(options)).build()) {
      mcpClient.connect();
      CallToolResult r = mcpClient.callTool("greet", Map.of("name", "Cakewalk"));
      assertThat(r.toString()).contains("Cakewalk");
    }
  }
}
