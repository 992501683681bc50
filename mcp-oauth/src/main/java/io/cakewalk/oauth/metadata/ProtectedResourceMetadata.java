package io.cakewalk.oauth.metadata;

import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Protected resource metadata (RFC 9728 §2): which authorization servers protect a resource and
 * which scopes it knows. Absent members are {@code null}; unknown members are ignored.
 *
 * @param resource the resource identifier; must equal the URL the document was derived from
 * @param authorizationServers issuer identifiers (MCP requires at least one)
 */
public record ProtectedResourceMetadata(
    String resource,
    List<String> authorizationServers,
    List<String> scopesSupported,
    List<String> bearerMethodsSupported,
    String resourceName,
    URI resourceDocumentation) {

  public ProtectedResourceMetadata {
    if (resource == null || resource.isEmpty()) {
      throw new IllegalArgumentException("protected resource metadata lacks \"resource\"");
    }
    authorizationServers = authorizationServers == null ? null : List.copyOf(authorizationServers);
    scopesSupported = scopesSupported == null ? null : List.copyOf(scopesSupported);
    bearerMethodsSupported =
        bearerMethodsSupported == null ? null : List.copyOf(bearerMethodsSupported);
  }

  /** Parses the JSON document; {@link IllegalArgumentException} names a bad member. */
  public static ProtectedResourceMetadata parse(String json) {
    JsonFields f = Json.object(json, "protected resource metadata");
    return new ProtectedResourceMetadata(
        f.requiredString("resource"),
        f.strings("authorization_servers"),
        f.strings("scopes_supported"),
        f.strings("bearer_methods_supported"),
        f.string("resource_name"),
        f.uri("resource_documentation"));
  }

  /** The JSON members, absent ones omitted. */
  public Map<String, Object> toMap() {
    return new JsonFields.Writer()
        .put("resource", resource)
        .put("authorization_servers", authorizationServers)
        .put("scopes_supported", scopesSupported)
        .put("bearer_methods_supported", bearerMethodsSupported)
        .put("resource_name", resourceName)
        .put("resource_documentation", resourceDocumentation)
        .toMap();
  }

  /** The JSON document. */
  public String toJson() {
    return Json.write(toMap());
  }
}
