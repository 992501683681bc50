package io.cakewalk.oauth.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cakewalk.oauth.metadata.ProtectedResourceMetadata;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Serves OAuth 2.0 Protected Resource Metadata (RFC 9728) for one MCP endpoint, at both the
 * path-inserted location ({@code /.well-known/oauth-protected-resource/mcp}) and the root ({@code
 * /.well-known/oauth-protected-resource}), because some hosted clients only probe the root.
 *
 * <pre>{@code
 * var prm = new ProtectedResourceMetadataHandler(
 *     URI.create("https://mcp.example.com/mcp"), List.of(as.issuer()), List.of("mcp:tools"), "Example");
 * for (String path : prm.paths()) server.createContext(path, prm);
 * }</pre>
 */
public final class ProtectedResourceMetadataHandler implements HttpHandler {

  static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

  private final URI resource;
  private final PublicDocument document;
  private final HttpHandler delegate;

  /**
   * A handler for the resource at {@code resource}.
   *
   * @param resource the canonical URI of the MCP endpoint
   * @param authorizationServers issuer identifiers of the authorization servers (at least one)
   * @param scopes the minimal scopes for basic use (never {@code offline_access})
   * @param resourceName a human-readable name, or {@code null}
   */
  public ProtectedResourceMetadataHandler(
      URI resource, List<String> authorizationServers, List<String> scopes, String resourceName) {
    this.resource = Objects.requireNonNull(resource, "resource");
    if (authorizationServers.isEmpty()) {
      throw new IllegalArgumentException("name at least one authorization server");
    }
    if (scopes.contains(Settings.OFFLINE_ACCESS)) {
      throw new IllegalArgumentException("offline_access is not a resource scope");
    }
    this.document =
        new PublicDocument(
            new ProtectedResourceMetadata(
                    resource.toString(),
                    authorizationServers,
                    scopes,
                    List.of("header"),
                    resourceName,
                    null)
                .toMap());
    this.delegate = Exchanges.handler(this::serve);
  }

  /** The context paths to mount this handler at: path-inserted first, then the root. */
  public List<String> paths() {
    String path = resource.getRawPath();
    return path == null || path.isEmpty() || "/".equals(path)
        ? List.of(WELL_KNOWN)
        : List.of(WELL_KNOWN + path, WELL_KNOWN);
  }

  /** The absolute URL of the path-inserted document, for {@code resource_metadata} challenges. */
  public URI metadataUrl() {
    return resource.resolve(paths().get(0));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    delegate.handle(exchange);
  }

  private Response serve(Request request) {
    if (!paths().contains(request.path())) {
      return Response.empty(404);
    }
    return document.serve(request);
  }
}
