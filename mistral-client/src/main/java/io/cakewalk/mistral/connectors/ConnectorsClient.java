package io.cakewalk.mistral.connectors;

import io.cakewalk.mistral.MistralTransportException;
import io.cakewalk.mistral.internal.HttpTransport;
import io.cakewalk.mistral.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The beta Connectors API (https://docs.mistral.ai/studio/connectors/management): create, read,
 * update and delete connectors, manage credentials, start OAuth, list and call tools. Obtain one
 * from {@code MistralClient.connectors()}. Paths take a connector name or UUID except update and
 * delete, which need the UUID.
 */
public final class ConnectorsClient {

  private static final String BASE = "/v1/connectors";

  private final HttpTransport http;

  /** A client over the given transport (use {@code MistralClient.connectors()}). */
  public ConnectorsClient(HttpTransport http) {
    this.http = http;
  }

  /** Registers a connector ({@code POST /v1/connectors}). */
  public Connector create(CreateConnectorRequest request) {
    return read(http.send("POST", BASE, Map.of(), Json.write(request)), Connector.class);
  }

  /** One page of connectors; {@code cursor} is {@code null} for the first page. */
  public ConnectorPage list(int pageSize, String cursor) {
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("page size must be 1-1000");
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("page_size", Integer.toString(pageSize));
    if (cursor != null) {
      q.put("cursor", cursor);
    }
    JsonNode node = read(http.send("GET", BASE, q, null), JsonNode.class);
    List<Connector> items = new ArrayList<>();
    for (JsonNode item : node.path("items")) {
      items.add(Json.convert(item, Connector.class));
    }
    JsonNode next = node.path("pagination").path("next_cursor");
    return new ConnectorPage(items, next.isString() ? next.asString() : null);
  }

  /** Every connector, following cursors (at most 100 pages). */
  public List<Connector> listAll() {
    List<Connector> all = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 100; page++) {
      ConnectorPage p = list(100, cursor);
      all.addAll(p.items());
      cursor = p.nextCursor();
      if (cursor == null || p.items().isEmpty()) {
        break;
      }
    }
    return List.copyOf(all);
  }

  /** One connector by name or UUID, including {@code is_authenticated} and discovered tools. */
  public Connector get(String idOrName) {
    return read(http.send("GET", path(idOrName), Map.of(), null), Connector.class);
  }

  /** Updates a connector ({@code PATCH}, UUID only). */
  public Connector update(String id, UpdateConnectorRequest request) {
    return read(http.send("PATCH", path(id), Map.of(), Json.write(request)), Connector.class);
  }

  /** Deletes a connector (UUID only); returns Mistral's message. */
  public String delete(String id) {
    return message(http.send("DELETE", path(id), Map.of(), null));
  }

  /** The authentication methods the connector's server supports. */
  public List<AuthenticationMethod> authenticationMethods(String idOrName) {
    HttpTransport.Result r =
        http.send("GET", path(idOrName) + "/authentication_methods", Map.of(), null);
    return readList(r, AuthenticationMethod.class);
  }

  /** The credentials stored for one scope, without secrets. */
  public List<StoredCredentials> listCredentials(String idOrName, CredentialScope scope) {
    HttpTransport.Result r =
        http.send("GET", path(idOrName) + "/" + scope.path() + "/credentials", Map.of(), null);
    JsonNode node = read(r, JsonNode.class);
    List<StoredCredentials> out = new ArrayList<>();
    for (JsonNode c : node.path("credentials")) {
      out.add(Json.convert(c, StoredCredentials.class));
    }
    return List.copyOf(out);
  }

  /** Creates or updates credentials in one scope; returns Mistral's message. */
  public String saveCredentials(String idOrName, CredentialScope scope, Credentials credentials) {
    String p = path(idOrName) + "/" + scope.path() + "/credentials";
    return message(http.send("POST", p, Map.of(), Json.write(credentials)));
  }

  /** Deletes one named credential in one scope; returns Mistral's message. */
  public String deleteCredentials(String idOrName, CredentialScope scope, String name) {
    String p = path(idOrName) + "/" + scope.path() + "/credentials/" + HttpTransport.encode(name);
    return message(http.send("DELETE", p, Map.of(), null));
  }

  /**
   * Starts OAuth for the caller: open {@link AuthUrl#authUrl()} in a browser, then poll {@link
   * #get(String)} until {@link Connector#authenticated()}.
   *
   * @param appReturnUrl where the browser lands afterwards (optional)
   * @param credentialsName name for the resulting credentials (optional)
   */
  public AuthUrl authUrl(String idOrName, String appReturnUrl, String credentialsName) {
    Map<String, String> q = new LinkedHashMap<>();
    if (appReturnUrl != null) {
      q.put("app_return_url", appReturnUrl);
    }
    if (credentialsName != null) {
      q.put("credentials_name", credentialsName);
    }
    return read(http.send("GET", path(idOrName) + "/auth_url", q, null), AuthUrl.class);
  }

  /** The connector's MCP tools; {@code refresh} asks Mistral to re-list them from the server. */
  public List<ConnectorTool> listTools(String idOrName, boolean refresh, String credentialsName) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("page_size", "100");
    if (refresh) {
      q.put("refresh", "true");
    }
    if (credentialsName != null) {
      q.put("credentials_name", credentialsName);
    }
    return readList(http.send("GET", path(idOrName) + "/tools", q, null), ConnectorTool.class);
  }

  /** Calls one tool through Mistral; a tool failure is a result with {@code isError()}. */
  public ConnectorToolResult callTool(
      String idOrName, String toolName, Map<String, Object> arguments, String credentialsName) {
    Map<String, String> q =
        credentialsName == null ? Map.of() : Map.of("credentials_name", credentialsName);
    String p = path(idOrName) + "/tools/" + HttpTransport.encode(toolName) + "/call";
    String body = Json.write(Map.of("arguments", arguments == null ? Map.of() : arguments));
    return read(http.send("POST", p, q, body), ConnectorToolResult.class);
  }

  private static String path(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      throw new IllegalArgumentException("connector id or name is empty");
    }
    return BASE + "/" + HttpTransport.encode(idOrName);
  }

  private static String message(HttpTransport.Result r) {
    JsonNode n = read(r, JsonNode.class);
    return n.path("message").isString() ? n.path("message").asString() : r.body();
  }

  private static <T> T read(HttpTransport.Result r, Class<T> type) {
    try {
      return Json.read(r.body(), type);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MistralTransportException("Mistral sent an unreadable connectors answer", e);
    }
  }

  private static <T> List<T> readList(HttpTransport.Result r, Class<T> type) {
    try {
      return List.copyOf(Json.readList(r.body(), type));
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MistralTransportException("Mistral sent an unreadable connectors answer", e);
    }
  }
}
