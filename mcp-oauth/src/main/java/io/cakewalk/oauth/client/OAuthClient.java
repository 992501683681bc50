package io.cakewalk.oauth.client;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.registration.ClientInformation;
import io.cakewalk.oauth.token.AccessToken;
import io.cakewalk.oauth.token.ClientAuthentication;
import io.cakewalk.oauth.token.TokenRequest;
import io.cakewalk.oauth.token.TokenResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth client for MCP servers: logs in (discovery, registration, PKCE, loopback callback),
 * keeps tokens in a {@link TokenStore}, refreshes them, revokes them, and plugs into {@code
 * mcp-core} through {@link #mcpAuthorization(LoginOptions)}. Thread-safe; refreshes and logins for
 * one resource are serialised.
 *
 * <pre>{@code
 * OAuthClient oauth = OAuthClient.builder()
 *     .store(new FileTokenStore(FileTokenStore.defaultDirectory()))
 *     .build();
 * URI server = URI.create("https://mcp.example.com/mcp");
 * oauth.login(server, LoginOptions.builder().pastedInput(System.in).build());  // auth login
 * oauth.status(server);                                      // auth status (no secrets)
 * oauth.accessToken(server);                                 // auth token (refreshes if needed)
 * oauth.logout(server);                                      // auth logout (RFC 7009 revocation)
 * McpClient.builder(server).authorization(oauth.mcpAuthorization(LoginOptions.defaults()));
 * }</pre>
 *
 * <p>Unattended runs (CI, conformance) pass {@code Browser.headless()}: it follows the
 * authorization server's redirects with a cookie jar into the loopback listener.
 */
public final class OAuthClient {

  /** Tokens are refreshed when they expire within this margin. */
  static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

  private final TokenStore store;
  private final Fetcher fetcher;
  private final TokenEndpoint tokens;
  private final Registrar registrar;
  private final Clock clock;
  private final boolean insecureLoopbackHttp;
  private final boolean lenientResourceMatch;
  private final boolean allowMissingPkceMetadata;
  private final Map<String, String> headers;
  private final Map<ResourceUri, Object> locks = new ConcurrentHashMap<>();

  private OAuthClient(Builder b) {
    this.store = b.store;
    this.fetcher = new Fetcher(b.timeout);
    this.tokens = new TokenEndpoint(fetcher);
    this.clock = b.clock;
    this.registrar = new Registrar(fetcher, store, clock);
    this.insecureLoopbackHttp = b.insecureLoopbackHttp;
    this.lenientResourceMatch = b.lenientResourceMatch;
    this.allowMissingPkceMetadata = b.allowMissingPkceMetadata;
    this.headers = Map.copyOf(b.headers);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The store this client keeps registrations and tokens in. */
  public TokenStore store() {
    return store;
  }

  /** Runs discovery only (useful for diagnostics); {@code challenge} may be {@code null}. */
  public DiscoveryResult discover(URI resourceUrl, AuthChallenge challenge) {
    ResourceUri resource = resource(resourceUrl);
    return discovery(resource).discover(resource, challenge, null);
  }

  /**
   * Logs in to the MCP server at {@code resourceUrl} and stores the tokens. On failure the stored
   * credentials are left as they were and an {@link OAuthException} says what to do.
   */
  public TokenStatus login(URI resourceUrl, LoginOptions options) {
    ResourceUri resource = resource(resourceUrl);
    synchronized (lock(resource)) {
      DiscoveryResult d =
          discovery(resource).discover(resource, options.challenge(), options.issuer());
      return TokenStatus.of(new LoginRun(d, options, tokens, registrar, store, clock).run());
    }
  }

  /** What is stored for {@code resourceUrl}, without secrets. */
  public Optional<TokenStatus> status(URI resourceUrl) {
    return current(resource(resourceUrl)).map(TokenStatus::of);
  }

  /**
   * The access token for {@code resourceUrl}, refreshed first when it expires within a minute.
   * Fails when not logged in or when the login expired and cannot be refreshed.
   */
  public AccessToken accessToken(URI resourceUrl) {
    ResourceUri resource = resource(resourceUrl);
    synchronized (lock(resource)) {
      StoredTokens t =
          current(resource)
              .orElseThrow(
                  () -> new OAuthException("Not logged in to " + resource + "; log in first."));
      if (t.expiresWithin(REFRESH_MARGIN, clock.instant())) {
        if (t.refreshToken() != null) {
          t = refreshLocked(t);
        } else if (t.expiresWithin(Duration.ZERO, clock.instant())) {
          throw new OAuthException(
              "The login to " + resource + " has expired and cannot be refreshed; log in again.");
        }
      }
      return t.accessToken();
    }
  }

  /**
   * Refreshes the tokens for {@code resourceUrl} now (for example after a 401). Returns false when
   * there is nothing to refresh with.
   */
  public boolean refresh(URI resourceUrl) {
    ResourceUri resource = resource(resourceUrl);
    synchronized (lock(resource)) {
      Optional<StoredTokens> t = current(resource);
      if (t.isEmpty() || t.get().refreshToken() == null) {
        return false;
      }
      refreshLocked(t.get());
      return true;
    }
  }

  /** The outcome of {@link #logout(URI)}. */
  public record LogoutResult(boolean hadTokens, boolean revoked) {}

  /**
   * Forgets the tokens for {@code resourceUrl}, revoking them first where the authorization server
   * supports RFC 7009. Client registrations are kept.
   */
  public LogoutResult logout(URI resourceUrl) {
    ResourceUri resource = resource(resourceUrl);
    synchronized (lock(resource)) {
      List<StoredTokens> all = store.tokens(resource);
      boolean revoked = false;
      for (StoredTokens t : all) {
        Optional<ClientInformation> client = store.client(t.issuer());
        if (t.revocationEndpoint() != null
            && client.isPresent()
            && client.get().clientId().equals(t.clientId())) {
          ClientAuthentication auth = authentication(client.get());
          if (t.refreshToken() != null) {
            revoked |=
                tokens.revoke(
                    t.revocationEndpoint(), t.refreshToken().value(), "refresh_token", auth);
          }
          revoked |=
              tokens.revoke(t.revocationEndpoint(), t.accessToken().value(), "access_token", auth);
        }
        store.removeTokens(t.resource(), t.issuer());
      }
      return new LogoutResult(!all.isEmpty(), revoked);
    }
  }

  /**
   * The {@code mcp-core} credential hook for this client. With {@code interactive} options it logs
   * in and steps up when a server asks; with {@code null} it only uses and refreshes stored tokens.
   */
  public McpAuthorization mcpAuthorization(LoginOptions interactive) {
    return new OAuthMcpAuthorization(this, interactive);
  }

  Optional<StoredTokens> current(ResourceUri resource) {
    return store.tokens(resource).stream()
        .max(Comparator.comparing(t -> t.expiresAt() == null ? Instant.MAX : t.expiresAt()));
  }

  private StoredTokens refreshLocked(StoredTokens t) {
    ClientInformation client =
        store
            .client(t.issuer())
            .filter(c -> c.clientId().equals(t.clientId()))
            .orElseThrow(
                () ->
                    new OAuthException(
                        "The client registration for " + t.issuer() + " is gone; log in again."));
    TokenRequest grant =
        new TokenRequest.RefreshTokenGrant(t.refreshToken(), Scope.EMPTY, t.indicator());
    TokenResponse.Success ok;
    try {
      ok = tokens.request(t.tokenEndpoint(), grant, authentication(client));
    } catch (OAuthException e) {
      OAuthError error = e.error().orElse(null);
      if (error != null && error.is(OAuthError.INVALID_GRANT)) {
        store.removeTokens(t.resource(), t.issuer());
        throw new OAuthException(
            "The login to " + t.resource() + " has expired or was revoked; log in again.",
            error,
            e);
      }
      if (error != null
          && (error.is(OAuthError.INVALID_CLIENT) || error.is(OAuthError.UNAUTHORIZED_CLIENT))) {
        store.removeTokens(t.resource(), t.issuer());
        store.removeClient(t.issuer());
        throw new OAuthException(
            "The authorization server "
                + t.issuer()
                + " no longer accepts this client; log in again.",
            error,
            e);
      }
      throw e; // network or server error: keep the tokens
    }
    StoredTokens updated =
        t.refreshed(ok.accessToken(), ok.refreshToken(), expiry(ok, clock), ok.scope());
    store.saveTokens(updated);
    return updated;
  }

  static Instant expiry(TokenResponse.Success ok, Clock clock) {
    return ok.expiresIn() == null ? null : clock.instant().plusSeconds(ok.expiresIn());
  }

  static ClientAuthentication authentication(ClientInformation client) {
    return new ClientAuthentication(client.authMethod(), client.clientId(), client.clientSecret());
  }

  private MetadataDiscovery discovery(ResourceUri resource) {
    return new MetadataDiscovery(
        fetcher,
        UrlGuard.forResource(resource, insecureLoopbackHttp),
        lenientResourceMatch,
        allowMissingPkceMetadata,
        headers);
  }

  private Object lock(ResourceUri resource) {
    return locks.computeIfAbsent(resource, r -> new Object());
  }

  private static ResourceUri resource(URI url) {
    try {
      return ResourceUri.of(url);
    } catch (IllegalArgumentException e) {
      throw new OAuthException(
          "Not a usable MCP server URL: " + url + " (" + e.getMessage() + ").");
    }
  }

  /** Builds an {@link OAuthClient}. */
  public static final class Builder {
    private TokenStore store = new InMemoryTokenStore();
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private boolean insecureLoopbackHttp;
    private boolean lenientResourceMatch;
    private boolean allowMissingPkceMetadata;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** Where registrations and tokens live; in memory by default. */
    public Builder store(TokenStore store) {
      this.store = store;
      return this;
    }

    /** Connect and request timeout for every OAuth request; 30 seconds by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Development switch: allow plain {@code http} to loopback hosts even when the MCP server URL
     * is not itself a loopback {@code http} URL.
     */
    public Builder insecureLoopbackHttp(boolean allow) {
      this.insecureLoopbackHttp = allow;
      return this;
    }

    /**
     * Accept protected resource metadata whose {@code resource} is a same-origin path prefix of the
     * server URL (the TypeScript SDK's rule) instead of an exact match.
     */
    public Builder lenientResourceMatch(boolean lenient) {
      this.lenientResourceMatch = lenient;
      return this;
    }

    /**
     * Proceed with authorization servers that omit {@code code_challenge_methods_supported} (GitHub
     * does); PKCE S256 is still used. Servers that list methods without S256 are always refused.
     */
    public Builder allowMissingPkceMetadata(boolean allow) {
      this.allowMissingPkceMetadata = allow;
      return this;
    }

    /** A header sent on discovery requests, for example {@code MCP-Protocol-Version}. */
    public Builder discoveryHeader(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public OAuthClient build() {
      if (store == null || timeout == null || clock == null) {
        throw new IllegalArgumentException("store, timeout and clock must not be null");
      }
      return new OAuthClient(this);
    }
  }
}
