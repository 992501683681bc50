package io.cakewalk.oauth.server;

import com.sun.net.httpserver.HttpHandler;
import io.cakewalk.oauth.internal.Secrets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The project's OAuth 2.1 authorization server for MCP, as one {@link HttpHandler} per endpoint;
 * the application owns the {@code HttpServer} and mounts them ({@link #contexts()} lists the
 * paths).
 *
 * <p>Access and refresh tokens are opaque 256-bit random strings, and the store keeps only their
 * SHA-256 fingerprints together with subject, client, scopes, audience (RFC 8707 {@code resource})
 * and expiry. Opaque rather than signed (JWT) because the resource server is co-hosted and looks
 * tokens up in the same store anyway: revocation and refresh-reuse family revocation take effect on
 * the next request, there is no signing key to generate, protect and rotate, and a leaked store
 * reveals no usable token. A separate resource server would introspect (RFC 7662) through {@link
 * AccessTokenVerifier}.
 *
 * <pre>{@code
 * AuthorizationServer as = AuthorizationServer.builder(URI.create("http://127.0.0.1:8080"))
 *     .resource(URI.create("http://127.0.0.1:8080/mcp"))
 *     .scopes(List.of("mcp:tools"))
 *     .authenticator(OneTimePasswordAuthenticator.generate("admin"))
 *     .store(FileAuthorizationStore.open(path))
 *     .build();
 * as.contexts().forEach(httpServer::createContext);
 * }</pre>
 *
 * @see <a href="https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1-13">OAuth 2.1</a>
 */
public final class AuthorizationServer {

  static final String AUTHORIZE = "/authorize";
  static final String TOKEN = "/token";
  static final String REGISTER = "/register";
  static final String REVOKE = "/revoke";
  static final String OAUTH_METADATA = "/.well-known/oauth-authorization-server";
  static final String OPENID_METADATA = "/.well-known/openid-configuration";

  private final Settings settings;
  private final AuthorizationStore store;
  private final HttpHandler metadata;
  private final HttpHandler openid;
  private final HttpHandler registration;
  private final HttpHandler authorization;
  private final HttpHandler token;
  private final HttpHandler revocation;

  private AuthorizationServer(Builder b) {
    this.settings =
        new Settings(
            b.issuer,
            b.scopes,
            b.defaultScopes == null ? b.scopes : b.defaultScopes,
            b.resources,
            b.strictScopes,
            b.codeTtl,
            b.accessTokenTtl,
            b.refreshTokenTtl,
            b.registrationsPerHour,
            b.clock);
    this.store = b.store;
    ClientMetadataDocuments documents =
        b.metadataDocuments
            ? new ClientMetadataDocuments(b.insecureMetadataDocuments, b.clock)
            : null;
    Clients clients = new Clients(store, documents, settings.issuer());
    MetadataEndpoint meta = new MetadataEndpoint(settings, documents != null);
    this.metadata = exact(Exchanges.handler(meta::oauth), metadataPaths(OAUTH_METADATA, false));
    this.openid = exact(Exchanges.handler(meta::openid), metadataPaths(OPENID_METADATA, true));
    String base = settings.issuerPath();
    this.registration =
        exact(
            Exchanges.handler(new RegistrationEndpoint(settings, store)::handle),
            Set.of(base + REGISTER));
    this.authorization =
        exact(
            Exchanges.handler(
                new AuthorizationEndpoint(settings, store, clients, b.authenticator)::handle),
            Set.of(base + AUTHORIZE));
    this.token =
        exact(
            Exchanges.handler(new TokenEndpoint(settings, store, clients)::handle),
            Set.of(base + TOKEN));
    this.revocation =
        exact(
            Exchanges.handler(new RevocationEndpoint(store, clients)::handle),
            Set.of(base + REVOKE));
  }

  /**
   * Starts configuring a server.
   *
   * @param issuer the issuer identifier, exactly as clients will see it: {@code https} (or {@code
   *     http} on a loopback host), no query, fragment or trailing slash
   */
  public static Builder builder(URI issuer) {
    return new Builder(issuer);
  }

  /** The issuer identifier. */
  public String issuer() {
    return settings.issuer();
  }

  /** The scopes resources accept (without {@code offline_access}). */
  public List<String> scopes() {
    return settings.scopes();
  }

  /** RFC 8414 metadata at {@code /.well-known/oauth-authorization-server[/issuer-path]}. */
  public HttpHandler metadataHandler() {
    return metadata;
  }

  /** The same metadata as an OpenID Connect Discovery document. */
  public HttpHandler openIdConfigurationHandler() {
    return openid;
  }

  /** RFC 7591 dynamic client registration. */
  public HttpHandler registrationHandler() {
    return registration;
  }

  /** The authorization endpoint with its login and consent pages. */
  public HttpHandler authorizationHandler() {
    return authorization;
  }

  /** The token endpoint. */
  public HttpHandler tokenHandler() {
    return token;
  }

  /** RFC 7009 token revocation. */
  public HttpHandler revocationHandler() {
    return revocation;
  }

  /** Every context path of this server mapped to its handler, ready for {@code createContext}. */
  public Map<String, HttpHandler> contexts() {
    String base = settings.issuerPath();
    Map<String, HttpHandler> contexts = new LinkedHashMap<>();
    metadataPaths(OAUTH_METADATA, false).forEach(p -> contexts.put(p, metadata));
    metadataPaths(OPENID_METADATA, true).forEach(p -> contexts.put(p, openid));
    contexts.put(base + REGISTER, registration);
    contexts.put(base + AUTHORIZE, authorization);
    contexts.put(base + TOKEN, token);
    contexts.put(base + REVOKE, revocation);
    return java.util.Collections.unmodifiableMap(contexts);
  }

  /** Checks access tokens this server issued (for {@link BearerTokenFilter}). */
  public AccessTokenVerifier accessTokenVerifier() {
    return token -> {
      long now = settings.now();
      return store
          .findToken(Secrets.sha256(token))
          .filter(t -> t.kind() == StoredToken.Kind.ACCESS && t.activeAt(now))
          .map(
              t ->
                  new VerifiedAccessToken(
                      t.subject(),
                      t.clientId(),
                      t.scopes(),
                      t.resource(),
                      Instant.ofEpochSecond(t.expiresAt())));
    };
  }

  /**
   * Registers a client by hand (for hosts where people type a client id and secret, or for tests).
   *
   * @param clientId the identifier
   * @param secret the client secret, or empty for a public client
   * @param redirectUris allowed redirect URIs (same rules as dynamic registration)
   * @param clientName shown on the consent page
   */
  public void preRegisterClient(
      String clientId, Optional<String> secret, List<String> redirectUris, String clientName) {
    for (String uri : redirectUris) {
      RedirectUris.problem(uri)
          .ifPresent(
              p -> {
                throw new IllegalArgumentException(p + ": " + uri);
              });
    }
    store.saveClient(
        new StoredClient(
            clientId,
            secret.map(Secrets::sha256).orElse(null),
            clientName,
            redirectUris,
            List.of("authorization_code", "refresh_token"),
            secret.isPresent() ? "client_secret_basic" : "none",
            "native",
            null,
            settings.now()));
  }

  private List<String> metadataPaths(String wellKnown, boolean appended) {
    String path = settings.issuerPath();
    List<String> paths = new ArrayList<>();
    paths.add(wellKnown + path);
    if (appended && !path.isEmpty()) {
      paths.add(path + wellKnown);
    }
    return paths;
  }

  private static HttpHandler exact(HttpHandler handler, java.util.Collection<String> paths) {
    Set<String> allowed = Set.copyOf(paths);
    HttpHandler notFound = Exchanges.handler(r -> Response.empty(404));
    return exchange ->
        (allowed.contains(exchange.getRequestURI().getRawPath()) ? handler : notFound)
            .handle(exchange);
  }

  /** Configures an {@link AuthorizationServer}. */
  public static final class Builder {
    private final String issuer;
    private final List<String> resources = new ArrayList<>();
    private List<String> scopes = List.of();
    private List<String> defaultScopes;
    private boolean strictScopes;
    private Authenticator authenticator;
    private AuthorizationStore store = new InMemoryAuthorizationStore();
    private Duration codeTtl = Duration.ofSeconds(60);
    private Duration accessTokenTtl = Duration.ofHours(1);
    private Duration refreshTokenTtl = Duration.ofDays(30);
    private int registrationsPerHour = 50;
    private boolean metadataDocuments = true;
    private boolean insecureMetadataDocuments;
    private Clock clock = Clock.systemUTC();

    private Builder(URI issuer) {
      this.issuer = checkIssuer(issuer);
    }

    private static String checkIssuer(URI issuer) {
      String text = issuer.toString();
      String host = issuer.getHost();
      boolean loopback =
          "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
      if (!"https".equals(issuer.getScheme()) && !("http".equals(issuer.getScheme()) && loopback)) {
        throw new IllegalArgumentException(
            "issuer must use https (http only on 127.0.0.1, [::1] or localhost): " + text);
      }
      if (issuer.getRawQuery() != null || issuer.getRawFragment() != null || text.endsWith("/")) {
        throw new IllegalArgumentException(
            "issuer must have no query, fragment or trailing slash: " + text);
      }
      return text;
    }

    /** A protected resource (canonical MCP endpoint URI) tokens may be issued for. */
    public Builder resource(URI resource) {
      resources.add(resource.toString());
      return this;
    }

    /** The scopes resources accept; {@code offline_access} is added to metadata automatically. */
    public Builder scopes(List<String> scopes) {
      this.scopes = List.copyOf(scopes);
      return this;
    }

    /** Scopes granted when a request names none (default: all {@link #scopes}). */
    public Builder defaultScopes(List<String> scopes) {
      this.defaultScopes = List.copyOf(scopes);
      return this;
    }

    /** Refuse unknown scopes with {@code invalid_scope} instead of dropping them (default off). */
    public Builder strictScopes(boolean strict) {
      this.strictScopes = strict;
      return this;
    }

    /** Who may sign in (required). */
    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /** Where clients, codes and tokens live (default: in memory). */
    public Builder store(AuthorizationStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Lifetimes of codes, access tokens and refresh tokens. */
    public Builder lifetimes(Duration code, Duration accessToken, Duration refreshToken) {
      this.codeTtl = code;
      this.accessTokenTtl = accessToken;
      this.refreshTokenTtl = refreshToken;
      return this;
    }

    /** Dynamic registrations allowed per source address and hour (default 50). */
    public Builder registrationsPerHour(int limit) {
      this.registrationsPerHour = limit;
      return this;
    }

    /**
     * Whether https {@code client_id}s are resolved as Client ID Metadata Documents (default on).
     */
    public Builder clientMetadataDocuments(boolean enabled) {
      this.metadataDocuments = enabled;
      return this;
    }

    /**
     * Development only: fetch Client ID Metadata Documents over http and from loopback or private
     * addresses (disables the SSRF guard).
     */
    public Builder insecureClientMetadataDocumentsForTesting() {
      this.insecureMetadataDocuments = true;
      return this;
    }

    /** The time source (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public AuthorizationServer build() {
      if (authenticator == null) {
        throw new IllegalStateException("configure an authenticator");
      }
      if (scopes.isEmpty()) {
        throw new IllegalStateException("configure at least one scope");
      }
      if (resources.isEmpty()) {
        throw new IllegalStateException("configure at least one resource");
      }
      return new AuthorizationServer(this);
    }
  }
}
