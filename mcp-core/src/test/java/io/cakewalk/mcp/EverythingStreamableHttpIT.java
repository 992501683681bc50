package io.cakewalk.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.testing.NodePeer;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our client against server-everything's Streamable HTTP transport. */
class EverythingStreamableHttpIT extends EverythingServerContract {

  private static NodePeer peer;
  private static URI url;

  @BeforeAll
  static void start() throws Exception {
    int port = NodePeer.freePort();
    peer = NodePeer.startEverything("everything-http", "streamableHttp", port);
    url = URI.create("http://127.0.0.1:" + port + "/mcp");
  }

  @AfterAll
  static void stop() {
    if (peer != null) {
      peer.close();
    }
  }

  @Override
  McpClient newClient() {
    return McpClient.builder(url).build();
  }

  @Override
  McpClient.Transport expectedTransport() {
    return McpClient.Transport.STREAMABLE_HTTP;
  }

  @Test
  void autoModeDetectsALegacyServer() {
    try (McpClient client = McpClient.builder(url).protocol(ProtocolMode.auto()).build()) {
      assertThat(client.connect().era()).isEqualTo(ServerSummary.Era.LEGACY);
      assertThat(client.listTools()).isNotEmpty();
    }
  }
}
