package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.testing.NodePeer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway fronting the MCP reference server (server-everything), used by real OAuth clients:
 * each completes discovery, registration and our login/consent headlessly, then lists tools and
 * calls one (a demo tool or a prefixed upstream tool).
 */
class GatewayIT {

  @TempDir Path home;

  private NodePeer everything;
  private Gateway gateway;
  private final OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("admin");

  @BeforeEach
  void start() throws Exception {
    int port = NodePeer.freePort();
    everything = NodePeer.startEverything("gateway-upstream-everything", "streamableHttp", port);
    gateway =
        Gateway.builder(login)
            .port(0)
            .upstream(
                Upstream.http(
                    "everything", URI.create("http://127.0.0.1:" + port + "/mcp"), Map.of()))
            .start();
  }

  @AfterEach
  void stop() {
    if (gateway != null) {
      gateway.close();
    }
    everything.close();
  }

  private Map<String, String> env(BrowserScript script) {
    return Map.of(
        "HOME", home.toString(),
        "BROWSER", script.script.toString(),
        "MCP_REMOTE_CONFIG_DIR", home.resolve("mcp-auth").toString(),
        "MCP_AUTO_OPEN_ENABLED", "true");
  }

  private HeadlessBrowser browser() {
    return new HeadlessBrowser(login.username(), login.revealPassword());
  }

  @Test
  void inspectorCallsAPrefixedUpstreamTool() throws Exception {
    assertThat(gateway.toolNames()).contains("everything_get-sum", "everything_echo");
    BrowserScript script = new BrowserScript(home);
    String inspector =
        NodePeer.module(
            "inspector", "@modelcontextprotocol/inspector/clients/launcher/build/index.js");
    try (NodePeer peer =
        NodePeer.start(
            "gateway-inspector",
            List.of(
                inspector,
                "--cli",
                gateway.mcpUrl().toString(),
                "--method",
                "tools/call",
                "--tool-name",
                "everything_get-sum",
                "--tool-args-json",
                "{\"a\":2,\"b\":40}",
                "--format",
                "json"),
            env(script),
            0)) {
      script.approveUntil(browser(), () -> !peer.process().isAlive(), () -> "");
      assertThat(peer.process().waitFor(60, TimeUnit.SECONDS)).as(peer.tail()).isTrue();
      assertThat(peer.process().exitValue()).as(peer.tail()).isZero();
      assertThat(peer.tail()).contains("42");
    }
  }

  @Test
  void mcpRemoteListsDemoAndUpstreamTools() throws Exception {
    BrowserScript script = new BrowserScript(home);
    String client = NodePeer.module("mcp-remote", "mcp-remote/dist/client.js");
    try (NodePeer peer =
        NodePeer.start(
            "gateway-mcp-remote", List.of(client, gateway.mcpUrl().toString()), env(script), 0)) {
      script.approveUntil(browser(), () -> !peer.process().isAlive(), () -> "");
      assertThat(peer.process().waitFor(60, TimeUnit.SECONDS)).as(peer.tail()).isTrue();
      assertThat(peer.process().exitValue()).as(peer.tail()).isZero();
      String log = Files.readString(NodePeer.logFile("gateway-mcp-remote"));
      assertThat(log).contains("\"name\": \"utc_time\"").contains("\"name\": \"everything_echo\"");
    }
  }

  @Test
  void typeScriptSdkClientCallsTheDemoTool() throws Exception {
    BrowserScript script = new BrowserScript(home);
    Path clientScript = home.resolve("sdk-oauth-client.mjs");
    try (var in = getClass().getResourceAsStream("sdk-oauth-client.mjs")) {
      Files.write(clientScript, in.readAllBytes());
    }
    String sdkDir =
        Path.of(NodePeer.module("sdk", "@modelcontextprotocol/sdk/package.json"))
            .getParent()
            .toString();
    try (NodePeer peer =
        NodePeer.start(
            "gateway-sdk-client",
            List.of(clientScript.toString(), gateway.mcpUrl().toString()),
            Map.of("SDK_DIR", sdkDir, "HOME", home.toString()),
            0)) {
      script.approveUntil(browser(), () -> !peer.process().isAlive(), peer::tail);
      assertThat(peer.process().waitFor(60, TimeUnit.SECONDS)).as(peer.tail()).isTrue();
      assertThat(peer.process().exitValue()).as(peer.tail()).isZero();
      assertThat(peer.tail()).contains("everything_echo").contains("hello from sdk");
    }
  }
}
