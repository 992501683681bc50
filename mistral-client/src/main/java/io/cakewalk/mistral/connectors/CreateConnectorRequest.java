package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registers a remote MCP server ({@code CreateConnectorRequest}). Build with {@link #builder};
 * unset options are omitted.
 *
 * <pre>{@code
 * CreateConnectorRequest req = CreateConnectorRequest
 *     .builder("gateway", "Our MCP gateway", URI.create("https://mcp.example.com/mcp"))
 *     .visibility(Visibility.SHARED_WORKSPACE).build();
 * }</pre>
 *
 * @param name unique name, {@code ^[a-zA-Z0-9_-]{1,64}$}
 * @param description description
 * @param server MCP endpoint URL
 * @param title optional title, at most 255 characters
 * @param iconUrl optional icon URL
 * @param visibility optional visibility (Mistral defaults to private)
 * @param headers optional organisation-level headers sent to the server
 * @param globalHeaders optional connector-wide headers
 * @param authData optional pre-registered OAuth client
 * @param oauth2ServerMetadata optional RFC 8414 metadata (skips discovery)
 * @param oauth2ServerMetadataUrl optional RFC 8414 metadata URL; exclusive with the above
 * @param systemPrompt optional system prompt
 */
public record CreateConnectorRequest(
    String name,
    String description,
    String server,
    String title,
    @JsonProperty("icon_url") String iconUrl,
    Visibility visibility,
    Map<String, Object> headers,
    @JsonProperty("global_headers") Map<String, GlobalHeader> globalHeaders,
    @JsonProperty("auth_data") AuthData authData,
    @JsonProperty("oauth2_server_metadata") Map<String, Object> oauth2ServerMetadata,
    @JsonProperty("oauth2_server_metadata_url") String oauth2ServerMetadataUrl,
    @JsonProperty("system_prompt") String systemPrompt) {

  /** Mistral's connector-name rule. */
  public static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  public CreateConnectorRequest {
    checkName(name);
    if (description == null) {
      throw new IllegalArgumentException("connector needs a description (may be empty)");
    }
    checkServer(server);
    if (title != null && title.length() > 255) {
      throw new IllegalArgumentException("connector title must be at most 255 characters");
    }
    if (oauth2ServerMetadata != null && oauth2ServerMetadataUrl != null) {
      throw new IllegalArgumentException(
          "give either oauth2_server_metadata or oauth2_server_metadata_url, not both");
    }
    headers = headers == null ? null : Map.copyOf(headers);
    globalHeaders = globalHeaders == null ? null : Map.copyOf(globalHeaders);
    oauth2ServerMetadata = oauth2ServerMetadata == null ? null : Map.copyOf(oauth2ServerMetadata);
  }

  static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Connector name '" + name + "' is invalid: use 1-64 of a-z, A-Z, 0-9, '_' and '-'");
    }
  }

  static void checkServer(String server) {
    if (server == null || server.isEmpty() || server.length() > 2083) {
      throw new IllegalArgumentException("connector server URL must have 1-2083 characters");
    }
    String scheme = URI.create(server).getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme)) {
      throw new IllegalArgumentException("connector server must be an http(s) URL: " + server);
    }
  }

  /** A builder with the required parts up front. */
  public static Builder builder(String name, String description, URI server) {
    return new Builder(name, description, server.toString());
  }

  /** Builds a {@link CreateConnectorRequest}. */
  public static final class Builder {
    private final String name;
    private final String description;
    private final String server;
    private String title;
    private String iconUrl;
    private Visibility visibility;
    private Map<String, Object> headers;
    private Map<String, GlobalHeader> globalHeaders;
    private AuthData authData;
    private Map<String, Object> oauth2ServerMetadata;
    private String oauth2ServerMetadataUrl;
    private String systemPrompt;

    private Builder(String name, String description, String server) {
      this.name = name;
      this.description = description;
      this.server = server;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder iconUrl(String v) {
      iconUrl = v;
      return this;
    }

    public Builder visibility(Visibility v) {
      visibility = v;
      return this;
    }

    public Builder headers(Map<String, Object> v) {
      headers = v;
      return this;
    }

    public Builder globalHeaders(Map<String, GlobalHeader> v) {
      globalHeaders = v;
      return this;
    }

    public Builder authData(AuthData v) {
      authData = v;
      return this;
    }

    public Builder oauth2ServerMetadata(Map<String, Object> v) {
      oauth2ServerMetadata = v;
      return this;
    }

    public Builder oauth2ServerMetadataUrl(String v) {
      oauth2ServerMetadataUrl = v;
      return this;
    }

    public Builder systemPrompt(String v) {
      systemPrompt = v;
      return this;
    }

    public CreateConnectorRequest build() {
      return new CreateConnectorRequest(
          name,
          description,
          server,
          title,
          iconUrl,
          visibility,
          headers,
          globalHeaders,
          authData,
          oauth2ServerMetadata,
          oauth2ServerMetadataUrl,
          systemPrompt);
    }
  }

  @Override
  public String toString() {
    return "CreateConnectorRequest[name="
        + name
        + ", server="
        + server
        + ", visibility="
        + visibility
        + "]";
  }
}
