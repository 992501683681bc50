package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.testing.NodePeer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real third-party OAuth clients (mcp-remote 0.15.1, MCP Inspector CLI 2.12.0, the MCP TypeScript
 * SDK client 1.32.2) complete discovery, dynamic registration, PKCE and our login/consent pages
 * headlessly against our authorization server, then list and call tools through the bearer filter.
 */
class RealClientsIT {

  @TempDir Path home;

  private final StubMcpHandler mcp = new StubMcpHandler();
  private final OAuthHarness h = OAuthHarness.withMcp(mcp);

  @AfterEach
  void stop() {
    h.close();
    assertThat(mcp.sawAuthorizationHeader).as("token passed through to the MCP handler").isFalse();
  }

  private HeadlessBrowser browser() {
    return new HeadlessBrowser(h.login.username(), h.login.revealPassword());
  }

  private Map<String, String> env(BrowserScript script) {
    return Map.of(
        "HOME", home.toString(),
        "BROWSER", script.script.toString(),
        "MCP_REMOTE_CONFIG_DIR", home.resolve("mcp-auth").toString(),
        "MCP_AUTO_OPEN_ENABLED", "true");
  }

  @Test
  void mcpRemoteAuthorizesListsToolsThenReusesTokensToCallOne() throws Exception {
    BrowserScript script = new BrowserScript(home);
    String client = NodePeer.module("mcp-remote", "mcp-remote/dist/client.js");
    try (NodePeer peer =
        NodePeer.start("mcp-remote-client", List.of(client, h.resource), env(script), 0)) {
      int approved = script.approveUntil(browser(), () -> !peer.process().isAlive(), () -> "");
      assertThat(peer.process().waitFor(60, TimeUnit.SECONDS)).as(peer.tail()).isTrue();
      assertThat(approved).isEqualTo(1);
      assertThat(peer.process().exitValue()).as(peer.tail()).isZero();
      assertThat(Files.readString(NodePeer.logFile("mcp-remote-client")))
          .contains("\"name\": \"echo\"");
    }
    String proxy = NodePeer.module("mcp-remote", "mcp-remote/dist/proxy.js");
    try (NodePeer peer =
        NodePeer.start("mcp-remote-proxy", List.of(proxy, h.resource), env(script), 0)) {
      OutputStream stdin = peer.process().getOutputStream();
      String messages =
          """
          {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"it","version":"1"}}}
          {"jsonrpc":"2.0","method":"notifications/initialized"}
          {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo","arguments":{"message":"via proxy"}}}
          """;
      stdin.write(messages.getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      for (int i = 0; i < 600 && !peer.tail().contains("echo: via proxy"); i++) {
        Thread.sleep(100);
      }
      assertThat(peer.tail()).contains("echo: via proxy");
      assertThat(Files.readAllLines(home.resolve("browser-urls.txt"))).hasSize(1);
    }
  }

  @Test
  void inspectorCliAuthorizesAndCallsTool() throws Exception {
    BrowserScript script = new BrowserScript(home);
    String inspector =
        NodePeer.module(
            "inspector", "@modelcontextprotocol/inspector/clients/launcher/build/index.js");
    try (NodePeer peer =
        NodePeer.start(
            "inspector-cli",
            List.of(
                inspector,
                "--cli",
                h.resource,
                "--method",
                "tools/call",
                "--tool-name",
                "echo",
                "--tool-arg",
                "message=from inspector",
                "--format",
                "json"),
            env(script),
            0)) {
      int approved = script.approveUntil(browser(), () -> !peer.process().isAlive(), () -> "");
      assertThat(peer.process().waitFor(60, TimeUnit.SECONDS)).as(peer.tail()).isTrue();
      assertThat(peer.process().exitValue()).as(peer.tail()).isZero();
      assertThat(approved).isEqualTo(1);
      assertThat(peer.tail()).contains("echo: from inspector");
    }
  }

  @Test
  void typeScriptSdkClientAuthorizesListsAndCallsTools() throws Exception {
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
            "sdk-oauth-client",
            List.of(clientScript.toString(), h.resource),
            Map.of("SDK_DIR", sdkDir, "HOME", home.toString()),
            0)) {
      int approved = script.approveUntil(browser(), () -> !peer.process().isAlive(), peer::tail);
      assertThat(peer.process().waitFor(60, TimeUnit.SECONDS)).as(peer.tail()).isTrue();
      assertThat(peer.process().exitValue()).as(peer.tail()).isZero();
      assertThat(approved).isEqualTo(1);
      assertThat(peer.tail()).contains("TOOLS [\"echo\"]").contains("echo: hello from sdk");
    }
  }
}
