package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The server's answer to {@code initialize} (legacy era).
 *
 * @param protocolVersion the version the server chose, required
 * @param capabilities what the server offers
 * @param serverInfo the server's name and version
 * @param instructions optional hint for the model
 * @param meta optional {@code _meta}
 */
public record InitializeResult(
    String protocolVersion,
    ServerCapabilities capabilities,
    Implementation serverInfo,
    String instructions,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public InitializeResult {
    if (protocolVersion == null) {
      throw new IllegalArgumentException("initialize result needs a protocolVersion");
    }
  }
}
