package io.cakewalk.oauth.client;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import io.cakewalk.oauth.metadata.AuthorizationServerMetadata;
import io.cakewalk.oauth.registration.ClientAuthMethod;
import io.cakewalk.oauth.registration.ClientInformation;
import io.cakewalk.oauth.registration.ClientMetadata;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Obtains a client for an authorization server in the MCP priority: pre-registered, a stored
 * registration for the same issuer, a Client ID Metadata Document, then Dynamic Client Registration
 * (RFC 7591). Stores nothing: the caller saves the client once login succeeded.
 */
final class Registrar {

  /** Where a client came from; only dynamically registered ones may be replaced. */
  enum Source {
    PRE_REGISTERED,
    STORED,
    METADATA_DOCUMENT,
    DYNAMIC
  }

  record Registered(ClientInformation client, Source source) {}

  private final Fetcher fetcher;
  private final TokenStore store;
  private final Clock clock;

  Registrar(Fetcher fetcher, TokenStore store, Clock clock) {
    this.fetcher = fetcher;
    this.store = store;
    this.clock = clock;
  }

  /** The stored client for this issuer that can use {@code redirectUri}, if any. */
  Optional<ClientInformation> stored(DiscoveryResult d, URI redirectUri) {
    return store
        .client(d.issuer())
        .filter(c -> !c.secretExpired(clock.instant().getEpochSecond()))
        .filter(
            c ->
                c.metadata().redirectUris() == null
                    || c.metadata().redirectUris().contains(redirectUri));
  }

  Registered obtain(DiscoveryResult d, LoginOptions o, URI redirectUri, boolean allowStored) {
    AuthorizationServerMetadata as = d.authorizationServer();
    if (o.clientId() != null) {
      ClientAuthMethod method =
          o.authMethod() != null ? o.authMethod() : chooseMethod(as, o.clientSecret() != null);
      return new Registered(
          new ClientInformation(
              o.clientId(), o.clientSecret(), null, null, null, null, metadataFor(method)),
          Source.PRE_REGISTERED);
    }
    if (allowStored) {
      Optional<ClientInformation> stored = stored(d, redirectUri);
      if (stored.isPresent()) {
        return new Registered(stored.get(), Source.STORED);
      }
    }
    if (o.clientMetadataDocument() != null
        && Boolean.TRUE.equals(as.clientIdMetadataDocumentSupported())) {
      return new Registered(
          new ClientInformation(
              new ClientId(o.clientMetadataDocument().toString()),
              null,
              null,
              null,
              null,
              null,
              metadataFor(ClientAuthMethod.NONE)),
          Source.METADATA_DOCUMENT);
    }
    if (as.registrationEndpoint() == null) {
      throw new OAuthException(
          "The authorization server "
              + d.issuer()
              + " offers no dynamic client registration; register a client there and log in with"
              + " its client id (and secret).");
    }
    return new Registered(register(d, o, redirectUri), Source.DYNAMIC);
  }

  private ClientInformation register(DiscoveryResult d, LoginOptions o, URI redirectUri) {
    List<String> offered = d.authorizationServer().tokenEndpointAuthMethods();
    ClientAuthMethod method =
        offered.contains("none")
            ? ClientAuthMethod.NONE
            : chooseMethod(d.authorizationServer(), true);
    ClientMetadata request = ClientMetadata.nativeClient(o.clientName(), redirectUri, method);
    URI endpoint = d.authorizationServer().registrationEndpoint();
    Fetcher.Response r = fetcher.postJson(endpoint, request.toJson(), "registration endpoint");
    if (!r.ok()) {
      OAuthError error = null;
      try {
        JsonFields body = Json.object(r.body(), "registration error");
        if (body.has("error")) {
          error = OAuthError.fromJson(body, r.status());
        }
      } catch (IllegalArgumentException e) {
        // not a JSON error body; report the status alone
      }
      throw new OAuthException(
          "The authorization server "
              + d.issuer()
              + " refused to register this client ("
              + (error == null ? "HTTP " + r.status() : error.toString())
              + "); register a client there and log in with its client id.",
          error,
          null);
    }
    ClientInformation issued;
    try {
      issued = ClientInformation.parse(r.body());
    } catch (IllegalArgumentException e) {
      throw new OAuthException(
          "The registration endpoint "
              + endpoint
              + " sent an invalid response: "
              + e.getMessage()
              + ".");
    }
    // Keep what we asked for where the server did not echo it back.
    ClientMetadata echoed = issued.metadata();
    ClientMetadata merged =
        new ClientMetadata(
            echoed.redirectUris() == null ? request.redirectUris() : echoed.redirectUris(),
            echoed.clientName() == null ? request.clientName() : echoed.clientName(),
            echoed.grantTypes() == null ? request.grantTypes() : echoed.grantTypes(),
            echoed.responseTypes() == null ? request.responseTypes() : echoed.responseTypes(),
            echoed.tokenEndpointAuthMethod() == null
                ? (issued.clientSecret() == null ? "none" : method.value())
                : echoed.tokenEndpointAuthMethod(),
            echoed.applicationType() == null ? request.applicationType() : echoed.applicationType(),
            echoed.scope(),
            echoed.clientUri(),
            echoed.logoUri(),
            echoed.softwareId(),
            echoed.softwareVersion());
    if (merged.authMethod() != ClientAuthMethod.NONE && issued.clientSecret() == null) {
      throw new OAuthException(
          "The authorization server "
              + d.issuer()
              + " registered a confidential client but sent no secret; it cannot be used.");
    }
    return new ClientInformation(
        issued.clientId(),
        issued.clientSecret(),
        issued.clientIdIssuedAt(),
        issued.clientSecretExpiresAt(),
        issued.registrationAccessToken(),
        issued.registrationClientUri(),
        merged);
  }

  /** With a secret prefer Basic, then post (OAuth 2.1 §2.4.1); without one, {@code none}. */
  private static ClientAuthMethod chooseMethod(AuthorizationServerMetadata as, boolean secret) {
    if (!secret) {
      return ClientAuthMethod.NONE;
    }
    List<String> offered = as.tokenEndpointAuthMethods();
    if (offered.contains("client_secret_basic")) {
      return ClientAuthMethod.CLIENT_SECRET_BASIC;
    }
    if (offered.contains("client_secret_post")) {
      return ClientAuthMethod.CLIENT_SECRET_POST;
    }
    return ClientAuthMethod.CLIENT_SECRET_BASIC;
  }

  /** Metadata for a client not registered by us: no redirect URI restriction is recorded. */
  private static ClientMetadata metadataFor(ClientAuthMethod method) {
    return ClientMetadata.nativeClient(null, null, method);
  }
}
