package io.cakewalk.oauth.server;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.cakewalk.mcp.internal.UnreadBodies;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guards MCP endpoints as an OAuth resource server (RFC 6750, RFC 9728 §5.1, RFC 8707): requires an
 * {@code Authorization: Bearer} token on every request, checks that it is active, bound to this
 * resource and carries the required scopes, and refuses foreign {@code Origin}s.
 *
 * <p>Refusals: no token → 401 with {@code WWW-Authenticate: Bearer resource_metadata, scope}; a
 * bad, expired, revoked or foreign-audience token → 401 {@code error="invalid_token"}; too few
 * scopes → 403 {@code error="insufficient_scope"}; a token in the query string or repeated {@code
 * Authorization} headers → 400 {@code error="invalid_request"}; a foreign {@code Origin} → 403.
 *
 * <p>Accepted requests continue with the {@code Authorization} header removed (no token
 * passthrough: handlers and upstream calls never see it) and the {@link VerifiedAccessToken} in the
 * exchange attribute {@link #ATTRIBUTE}; everything else is passed unchanged.
 *
 * <pre>{@code
 * BearerTokenFilter guard = BearerTokenFilter.builder(as.accessTokenVerifier(), mcpUri, prm.metadataUrl())
 *     .requiredScopes(List.of("mcp:tools"))
 *     .build();
 * server.createContext("/mcp", mcpHandler).getFilters().add(guard);
 * }</pre>
 */
public final class BearerTokenFilter extends Filter {

  /** Exchange attribute holding the {@link VerifiedAccessToken} of an accepted request. */
  public static final String ATTRIBUTE = VerifiedAccessToken.class.getName();

  // RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
  private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

  private final AccessTokenVerifier verifier;
  private final URI resourceMetadata;
  private final List<String> requiredScopes;
  private final Set<String> audiences;
  private final Set<String> origins;

  private BearerTokenFilter(Builder b) {
    this.verifier = b.verifier;
    this.resourceMetadata = b.resourceMetadata;
    this.requiredScopes = List.copyOf(b.requiredScopes);
    this.audiences = Set.copyOf(b.audiences);
    this.origins = Set.copyOf(b.origins);
  }

  /**
   * Starts a filter for one resource.
   *
   * @param verifier checks tokens
   * @param resource the canonical URI of the guarded endpoint: the audience tokens must carry
   * @param resourceMetadata the URL of its protected resource metadata
   */
  public static Builder builder(AccessTokenVerifier verifier, URI resource, URI resourceMetadata) {
    return new Builder(verifier, resource, resourceMetadata);
  }

  /** The verified token of an exchange that passed this filter. */
  public static Optional<VerifiedAccessToken> verifiedToken(HttpExchange exchange) {
    return exchange.getAttribute(ATTRIBUTE) instanceof VerifiedAccessToken t
        ? Optional.of(t)
        : Optional.empty();
  }

  @Override
  public String description() {
    return "OAuth bearer token check (RFC 6750)";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    Outcome outcome = check(exchange);
    if (outcome.refusal() != null) {
      try (exchange) {
        UnreadBodies.discard(exchange);
        Exchanges.write(exchange, outcome.refusal());
      }
      return;
    }
    chain.doFilter(new TokenlessExchange(exchange, outcome.token()));
  }

  /** Either a refusal, or the verified token ({@code null} for a CORS preflight). */
  private record Outcome(Response refusal, VerifiedAccessToken token) {
    static Outcome refuse(Response response) {
      return new Outcome(response, null);
    }
  }

  private Outcome check(HttpExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && !origins.contains(origin)) {
      return Outcome.refuse(
          Response.json(403, error("invalid_request", "Origin " + origin + " is not allowed")));
    }
    if (tokenInQuery(exchange.getRequestURI().getRawQuery())) {
      return Outcome.refuse(
          challenge(
              400,
              "invalid_request",
              "send the access token in the Authorization header, not the URL"));
    }
    List<String> authorization =
        exchange.getRequestHeaders().getOrDefault("Authorization", List.of());
    if (authorization.size() > 1) {
      return Outcome.refuse(
          challenge(400, "invalid_request", "send exactly one Authorization header"));
    }
    if ("OPTIONS".equals(exchange.getRequestMethod())
        && authorization.isEmpty()
        && exchange.getRequestHeaders().containsKey("Access-Control-Request-Method")) {
      return new Outcome(null, null); // a CORS preflight has no credentials; the handler answers
    }
    if (authorization.isEmpty() || !authorization.get(0).regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Outcome.refuse(challenge(401, null, null));
    }
    String token = authorization.get(0).substring(7).trim();
    if (!B64TOKEN.matcher(token).matches()) {
      return Outcome.refuse(challenge(401, "invalid_token", "malformed bearer token"));
    }
    Optional<VerifiedAccessToken> verified = verifier.verify(token);
    if (verified.isEmpty()) {
      return Outcome.refuse(
          challenge(401, "invalid_token", "the access token is unknown, expired or revoked"));
    }
    if (!audiences.contains(verified.get().audience())) {
      return Outcome.refuse(
          challenge(401, "invalid_token", "the access token was issued for another resource"));
    }
    if (!verified.get().scopes().containsAll(requiredScopes)) {
      return Outcome.refuse(
          challenge(403, "insufficient_scope", "the access token lacks required scopes"));
    }
    return new Outcome(null, verified.get());
  }

  private static boolean tokenInQuery(String rawQuery) {
    if (rawQuery == null) {
      return false;
    }
    try {
      return Form.parse(rawQuery).has("access_token");
    } catch (OAuthFailure e) {
      return rawQuery.contains("access_token");
    }
  }

  private Response challenge(int status, String error, String description) {
    Map<String, String> params = new LinkedHashMap<>();
    if (error != null) {
      params.put("error", error);
      params.put("error_description", description);
    }
    params.put("resource_metadata", resourceMetadata.toString());
    if (!requiredScopes.isEmpty()) {
      params.put("scope", String.join(" ", requiredScopes));
    }
    StringBuilder header = new StringBuilder("Bearer ");
    params.forEach(
        (k, v) ->
            header
                .append(header.length() > 7 ? ", " : "")
                .append(k)
                .append("=\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                .append('"'));
    Response response =
        error == null ? Response.empty(status) : Response.json(status, error(error, description));
    return response.withHeader("WWW-Authenticate", header.toString());
  }

  private static Map<String, Object> error(String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return body;
  }

  /** Configures a {@link BearerTokenFilter}. */
  public static final class Builder {
    private final AccessTokenVerifier verifier;
    private final URI resourceMetadata;
    private List<String> requiredScopes = List.of();
    private final Set<String> audiences = new LinkedHashSet<>();
    private final Set<String> origins = new LinkedHashSet<>();

    private Builder(AccessTokenVerifier verifier, URI resource, URI resourceMetadata) {
      this.verifier = Objects.requireNonNull(verifier, "verifier");
      this.resourceMetadata = Objects.requireNonNull(resourceMetadata, "resourceMetadata");
      audiences.add(resource.toString());
      origins.add(origin(resource));
    }

    /** Scopes every request needs; named in challenges. */
    public Builder requiredScopes(List<String> scopes) {
      this.requiredScopes = List.copyOf(scopes);
      return this;
    }

    /**
     * Another audience to accept, for example the same endpoint reached through another host name.
     */
    public Builder acceptAudience(URI audience) {
      audiences.add(audience.toString());
      return this;
    }

    /**
     * Another browser origin allowed to call (besides the resource's own origin), such as {@code
     * http://localhost:6274}. Requests without {@code Origin} (non-browser clients) always pass.
     */
    public Builder allowOrigin(String origin) {
      origins.add(origin);
      return this;
    }

    public BearerTokenFilter build() {
      return new BearerTokenFilter(this);
    }

    private static String origin(URI uri) {
      return uri.getScheme() + "://" + uri.getRawAuthority();
    }
  }
}
