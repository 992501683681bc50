package io.cakewalk.oauth.client;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.metadata.AuthorizationServerMetadata;
import io.cakewalk.oauth.metadata.ProtectedResourceMetadata;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds the authorization server of an MCP server: protected resource metadata (RFC 9728) from the
 * challenge's {@code resource_metadata}, then the path-inserted and root well-known URLs; then
 * authorization server metadata (RFC 8414 and OpenID Connect Discovery, path insertion first) with
 * the issuer-equality check; and refuses servers without PKCE {@code S256}.
 */
public final class MetadataDiscovery {

  private final Fetcher fetcher;
  private final UrlGuard guard;
  private final boolean lenientResourceMatch;
  private final boolean allowMissingPkceMetadata;
  private final Map<String, String> headers;

  MetadataDiscovery(
      Fetcher fetcher,
      UrlGuard guard,
      boolean lenientResourceMatch,
      boolean allowMissingPkceMetadata,
      Map<String, String> headers) {
    this.fetcher = fetcher;
    this.guard = guard;
    this.lenientResourceMatch = lenientResourceMatch;
    this.allowMissingPkceMetadata = allowMissingPkceMetadata;
    this.headers = Map.copyOf(headers);
  }

  /**
   * Discovers the authorization server for {@code resource}.
   *
   * @param challenge the {@code WWW-Authenticate} Bearer challenge, or {@code null}
   * @param preferredIssuer the issuer to pick among several, or {@code null} for the first
   */
  public DiscoveryResult discover(
      ResourceUri resource, AuthChallenge challenge, Issuer preferredIssuer) {
    Scope challengeScope =
        challenge == null ? Scope.EMPTY : Scope.parse(challenge.scope().orElse(null));
    Found found = findProtectedResource(resource, challenge);
    ProtectedResourceMetadata prm = found == null ? null : found.metadata();
    Issuer issuer;
    if (prm == null) {
      issuer = new Issuer(resource.origin().toString());
    } else {
      checkResource(resource, found);
      issuer = chooseIssuer(prm, preferredIssuer);
    }
    AuthorizationServerMetadata as = findAuthorizationServer(issuer);
    boolean fallback = false;
    if (as == null) {
      if (prm != null) {
        throw new OAuthException(
            "The authorization server "
                + issuer
                + " publishes no metadata (tried RFC 8414 and OpenID Connect discovery); ask its"
                + " operator to enable it.");
      }
      as = fallbackMetadata(issuer);
      fallback = true;
    }
    checkUsable(as);
    return new DiscoveryResult(resource, prm, issuer, as, challengeScope, fallback);
  }

  /** A resource metadata document and the URL it came from. */
  private record Found(ProtectedResourceMetadata metadata, URI url) {}

  private Found findProtectedResource(ResourceUri resource, AuthChallenge challenge) {
    LinkedHashSet<URI> candidates = new LinkedHashSet<>();
    if (challenge != null && challenge.resourceMetadata().isPresent()) {
      candidates.add(resolveChallengeUrl(resource, challenge.resourceMetadata().get()));
    }
    URI origin = resource.origin();
    String path = resource.value().getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      candidates.add(URI.create(origin + "/.well-known/oauth-protected-resource" + path));
    }
    candidates.add(URI.create(origin + "/.well-known/oauth-protected-resource"));
    for (URI candidate : candidates) {
      Fetcher.Response r =
          fetcher.getJson(candidate, guard, "protected resource metadata", headers);
      if (r.status() / 100 == 4) {
        continue;
      }
      if (!r.ok()) {
        throw new OAuthException(
            "The MCP server answered HTTP "
                + r.status()
                + " for its protected resource metadata at "
                + candidate
                + "; try again later.");
      }
      ProtectedResourceMetadata prm;
      try {
        prm = ProtectedResourceMetadata.parse(r.body());
      } catch (IllegalArgumentException e) {
        throw new OAuthException(
            "The protected resource metadata at "
                + candidate
                + " is invalid: "
                + e.getMessage()
                + ".");
      }
      return new Found(prm, candidate);
    }
    return null;
  }

  private URI resolveChallengeUrl(ResourceUri resource, String url) {
    try {
      return resource.value().resolve(url);
    } catch (IllegalArgumentException e) {
      throw new OAuthException(
          "The MCP server's challenge names an invalid resource_metadata URL: " + url + ".");
    }
  }

  /**
   * RFC 9728 §3.3: the document's {@code resource} must be the identifier its well-known URL was
   * built from. That is the MCP URL itself, or, for a document found at a shorter well-known URL
   * (the root one), that shorter identifier when it is a same-origin path prefix of the MCP URL.
   */
  private void checkResource(ResourceUri resource, Found found) {
    ProtectedResourceMetadata prm = found.metadata();
    ResourceUri advertised;
    try {
      advertised = ResourceUri.of(prm.resource());
    } catch (IllegalArgumentException e) {
      advertised = null;
    }
    boolean ok = advertised != null && resource.matches(advertised, lenientResourceMatch);
    if (!ok && advertised != null) {
      ResourceUri derived = derivedResource(found.url());
      ok = advertised.equals(derived) && resource.matches(derived, true);
    }
    if (!ok) {
      throw new OAuthException(
          "The MCP server's metadata names the resource "
              + prm.resource()
              + ", not "
              + resource
              + "; refusing to send credentials to it. Check the server URL.");
    }
  }

  /** The resource identifier a well-known metadata URL stands for, or {@code null}. */
  private static ResourceUri derivedResource(URI metadataUrl) {
    String prefix = "/.well-known/oauth-protected-resource";
    String path = metadataUrl.getRawPath();
    if (path == null || !path.startsWith(prefix)) {
      return null;
    }
    try {
      return ResourceUri.of(
          metadataUrl.getScheme()
              + "://"
              + metadataUrl.getRawAuthority()
              + path.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Issuer chooseIssuer(ProtectedResourceMetadata prm, Issuer preferredIssuer) {
    List<String> servers = prm.authorizationServers();
    if (servers == null || servers.isEmpty()) {
      throw new OAuthException(
          "The MCP server's metadata names no authorization server; it cannot be logged in to.");
    }
    String chosen = servers.get(0);
    if (preferredIssuer != null) {
      if (!servers.contains(preferredIssuer.value())) {
        throw new OAuthException(
            "The authorization server "
                + preferredIssuer
                + " is not one of those the MCP server trusts: "
                + String.join(", ", servers)
                + ".");
      }
      chosen = preferredIssuer.value();
    }
    try {
      return new Issuer(chosen);
    } catch (IllegalArgumentException e) {
      throw new OAuthException(
          "The MCP server names an invalid authorization server: " + chosen + ".");
    }
  }

  /** The metadata URLs of RFC 8414 §3.1 and OpenID Connect Discovery §4, in the MCP order. */
  static List<URI> metadataUrls(Issuer issuer) {
    URI uri = issuer.uri();
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<URI> out = new ArrayList<>();
    if (path.isEmpty()) {
      out.add(URI.create(origin + "/.well-known/oauth-authorization-server"));
      out.add(URI.create(origin + "/.well-known/openid-configuration"));
    } else {
      out.add(URI.create(origin + "/.well-known/oauth-authorization-server" + path));
      out.add(URI.create(origin + "/.well-known/openid-configuration" + path));
      out.add(URI.create(origin + path + "/.well-known/openid-configuration"));
    }
    return out;
  }

  private AuthorizationServerMetadata findAuthorizationServer(Issuer issuer) {
    String mismatch = null;
    for (URI candidate : metadataUrls(issuer)) {
      Fetcher.Response r =
          fetcher.getJson(candidate, guard, "authorization server metadata", headers);
      if (r.status() / 100 == 4) {
        continue;
      }
      if (!r.ok()) {
        throw new OAuthException(
            "The authorization server answered HTTP "
                + r.status()
                + " for its metadata at "
                + candidate
                + "; try again later.");
      }
      AuthorizationServerMetadata as;
      try {
        as = AuthorizationServerMetadata.parse(r.body());
      } catch (IllegalArgumentException e) {
        throw new OAuthException(
            "The authorization server metadata at "
                + candidate
                + " is invalid: "
                + e.getMessage()
                + ".");
      }
      if (!as.issuer().equals(issuer.value())) {
        mismatch = as.issuer(); // RFC 8414 §3.3: discard, and try the next location
        continue;
      }
      return as;
    }
    if (mismatch != null) {
      throw new OAuthException(
          "The authorization server metadata for "
              + issuer
              + " names a different issuer ("
              + mismatch
              + "); refusing it as a possible mix-up attack.");
    }
    return null;
  }

  /** The 2025-03-26 default endpoints of a server without metadata. */
  private static AuthorizationServerMetadata fallbackMetadata(Issuer issuer) {
    String origin = issuer.value();
    return AuthorizationServerMetadata.builder(origin)
        .authorizationEndpoint(URI.create(origin + "/authorize"))
        .tokenEndpoint(URI.create(origin + "/token"))
        .registrationEndpoint(URI.create(origin + "/register"))
        .responseTypesSupported(List.of("code"))
        .grantTypesSupported(List.of("authorization_code", "refresh_token"))
        .codeChallengeMethodsSupported(List.of("S256"))
        .build();
  }

  private void checkUsable(AuthorizationServerMetadata as) {
    String who = "The authorization server " + as.issuer();
    if (as.codeChallengeMethodsSupported() == null) {
      if (!allowMissingPkceMetadata) {
        throw new OAuthException(
            who
                + " does not advertise PKCE (code_challenge_methods_supported), so logging in is"
                + " unsafe; ask its operator to enable PKCE S256, or explicitly allow servers that"
                + " omit the field.");
      }
    } else if (!as.supportsS256()) {
      throw new OAuthException(
          who
              + " does not support PKCE S256 (it offers "
              + String.join(", ", as.codeChallengeMethodsSupported())
              + "); logging in would be unsafe. Ask its operator to enable S256.");
    }
    if (as.responseTypesSupported() != null && !as.responseTypesSupported().contains("code")) {
      throw new OAuthException(who + " does not support the authorization code flow.");
    }
    if (as.authorizationEndpoint() == null || as.tokenEndpoint() == null) {
      throw new OAuthException(
          who + " publishes no authorization or token endpoint; it cannot be used to log in.");
    }
    guard.check(as.authorizationEndpoint(), "authorization endpoint");
    guard.check(as.tokenEndpoint(), "token endpoint");
    if (as.registrationEndpoint() != null) {
      guard.check(as.registrationEndpoint(), "registration endpoint");
    }
    if (as.revocationEndpoint() != null) {
      guard.check(as.revocationEndpoint(), "revocation endpoint");
    }
  }
}
