package io.cakewalk.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.testing.NodePeer;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our client against server-everything's legacy HTTP+SSE transport, reached by fallback. */
class EverythingSseIT extends EverythingServerContract {

  private static NodePeer peer;
  private static URI url;

  @BeforeAll
  static void start() throws Exception {
    int port = NodePeer.freePort();
    peer = NodePeer.startEverything("everything-sse", "sse", port);
    url = URI.create("http://127.0.0.1:" + port + "/sse");
  }

  @AfterAll
  static void stop() {
    if (peer != null) {
      peer.close();
    }
  }

  @Override
  McpClient newClient() {
    return McpClient.builder(url).build(); // AUTO: the POST fails, so the client falls back
  }

  @Override
  McpClient.Transport expectedTransport() {
    return McpClient.Transport.SSE;
  }

  @Test
  void explicitSseTransportSkipsTheProbe() {
    try (McpClient client = McpClient.builder(url).transport(McpClient.Transport.SSE).build()) {
      assertThat(client.connect().transport()).isEqualTo(McpClient.Transport.SSE);
      assertThat(client.listTools()).isNotEmpty();
    }
  }
}
