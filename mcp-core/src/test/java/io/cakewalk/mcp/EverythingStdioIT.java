package io.cakewalk.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.testing.NodePeer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Our client launching server-everything as a stdio subprocess. */
class EverythingStdioIT extends EverythingServerContract {

  private final List<String> stderr = new CopyOnWriteArrayList<>();

  @Override
  McpClient newClient() {
    return McpClient.stdio(List.of(NodePeer.node().toString(), NodePeer.everythingEntry(), "stdio"))
        .onStderr(stderr::add)
        .build();
  }

  @Override
  McpClient.Transport expectedTransport() {
    return McpClient.Transport.STDIO;
  }

  @Test
  void autoModeFallsBackToInitializeOnStdio() {
    try (McpClient client =
        McpClient.stdio(List.of(NodePeer.node().toString(), NodePeer.everythingEntry(), "stdio"))
            .protocol(ProtocolMode.auto())
            .onStderr(stderr::add)
            .build()) {
      assertThat(client.connect().era()).isEqualTo(ServerSummary.Era.LEGACY);
    }
  }
}
