package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Changes to a connector ({@code UpdateConnectorRequest}); {@code null} parts stay unchanged.
 *
 * @param title new title
 * @param name new name
 * @param description new description
 * @param iconUrl new icon URL
 * @param systemPrompt new system prompt
 * @param server new MCP endpoint URL
 * @param authMethods authentication methods to add or change
 */
public record UpdateConnectorRequest(
    String title,
    String name,
    String description,
    @JsonProperty("icon_url") String iconUrl,
    @JsonProperty("system_prompt") String systemPrompt,
    String server,
    @JsonProperty("auth_methods") List<AuthMethodUpdate> authMethods) {

  public UpdateConnectorRequest {
    if (name != null) {
      CreateConnectorRequest.checkName(name);
    }
    if (server != null) {
      CreateConnectorRequest.checkServer(server);
    }
    if (title != null && title.length() > 255) {
      throw new IllegalArgumentException("connector title must be at most 255 characters");
    }
    authMethods = authMethods == null ? null : List.copyOf(authMethods);
  }

  /** An update that only moves the connector to a new server URL. */
  public static UpdateConnectorRequest server(String server) {
    return new UpdateConnectorRequest(null, null, null, null, null, server, null);
  }
}
