package io.cakewalk.oauth.client;

import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.metadata.AuthorizationServerMetadata;
import io.cakewalk.oauth.metadata.ProtectedResourceMetadata;

/**
 * What discovery found for a resource: its metadata (absent for servers of the 2025-03-26
 * revision), the chosen authorization server and its metadata, and the scope the challenge asked
 * for.
 *
 * @param protectedResource or {@code null} when the server publishes none
 * @param challengeScope the {@code scope} of the 401/403 challenge, or {@link Scope#EMPTY}
 * @param fallbackEndpoints whether the authorization server published no metadata and the
 *     2025-03-26 default endpoints {@code /authorize}, {@code /token}, {@code /register} are used
 */
public record DiscoveryResult(
    ResourceUri resource,
    ProtectedResourceMetadata protectedResource,
    Issuer issuer,
    AuthorizationServerMetadata authorizationServer,
    Scope challengeScope,
    boolean fallbackEndpoints) {

  /**
   * The {@code resource} parameter to send (RFC 8707): the identifier exactly as the resource
   * metadata publishes it, else the canonical MCP server URL.
   */
  public ResourceUri resourceIndicator() {
    return protectedResource == null ? resource : ResourceUri.of(protectedResource.resource());
  }

  /**
   * The initial scope (MCP scope selection strategy): the challenge's, else every scope the
   * resource advertises, else none.
   */
  public Scope initialScope() {
    if (!challengeScope.isEmpty()) {
      return challengeScope;
    }
    if (protectedResource != null && protectedResource.scopesSupported() != null) {
      return Scope.of(protectedResource.scopesSupported());
    }
    return Scope.EMPTY;
  }
}
