package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A registered connector as Mistral returns it ({@code Connector}); fields not listed are ignored.
 *
 * @param id UUID, needed for update and delete
 * @param name unique name, usable instead of the id in most paths
 * @param title optional title
 * @param description description
 * @param server MCP endpoint URL
 * @param visibility visibility
 * @param createdAt creation date-time
 * @param modifiedAt modification date-time
 * @param active whether it is enabled
 * @param isAuthenticated whether the caller's credentials are in place
 * @param supportedAuthMethods authentication methods
 * @param tools discovered tools ({@code ConnectorTool} objects)
 */
public record Connector(
    String id,
    String name,
    String title,
    String description,
    String server,
    String visibility,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("modified_at") String modifiedAt,
    Boolean active,
    @JsonProperty("is_authenticated") Boolean isAuthenticated,
    @JsonProperty("supported_auth_methods") List<AuthenticationMethod> supportedAuthMethods,
    List<Map<String, Object>> tools) {

  public Connector {
    supportedAuthMethods =
        supportedAuthMethods == null ? List.of() : List.copyOf(supportedAuthMethods);
    tools = tools == null ? List.of() : List.copyOf(tools);
  }

  /** Whether the caller can use it now. */
  public boolean authenticated() {
    return Boolean.TRUE.equals(isAuthenticated);
  }
}
