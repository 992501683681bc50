package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.ProtocolMode;
import io.cakewalk.mcp.schema.Implementation;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Client configurations for tests that drive the HTTP adapter directly. */
final class TestConfigs {

  private TestConfigs() {}

  /** Streamable HTTP to {@code uri}: no credentials, legacy era, 10 s requests, 1 MiB responses. */
  static ClientConfig http(URI uri) {
    return new ClientConfig(
        uri,
        null,
        McpClient.Transport.STREAMABLE_HTTP,
        Map.of(),
        McpAuthorization.none(),
        ProtocolMode.legacy(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        1 << 20,
        new Implementation("test", "1"),
        null,
        null,
        null,
        null);
  }
}
