package io.cakewalk.oauth.server;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import io.cakewalk.oauth.internal.Secrets;
import io.cakewalk.oauth.registration.ClientInformation;
import io.cakewalk.oauth.registration.ClientMetadata;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /register}: OAuth 2.0 Dynamic Client Registration (RFC 7591 §3). A client that asks
 * for {@code client_secret_basic} or {@code client_secret_post} (or omits the method, whose RFC
 * 7591 default is {@code client_secret_basic}) is confidential and receives a {@code client_secret}
 * that never expires; {@code none} registers a public client.
 */
final class RegistrationEndpoint {

  static final Set<String> AUTH_METHODS =
      Set.of("none", "client_secret_basic", "client_secret_post");
  private static final Set<String> GRANTS = Set.of("authorization_code", "refresh_token");
  private static final int MAX_REDIRECTS = 10;
  private static final int MAX_TEXT = 200;

  private final Settings settings;
  private final AuthorizationStore store;
  private final Map<String, Deque<Long>> recent = new HashMap<>();

  RegistrationEndpoint(Settings settings, AuthorizationStore store) {
    this.settings = settings;
    this.store = store;
  }

  Response handle(Request request) {
    return Cors.post(request, this::register);
  }

  private Response register(Request request) {
    if (!request.hasContentType("application/json")) {
      throw metadata("Content-Type must be application/json");
    }
    JsonFields body;
    try {
      body = Json.object(request.bodyText(), "client metadata");
    } catch (IllegalArgumentException e) {
      throw metadata("body is not a JSON object");
    }
    throttle(request.remoteAddress());
    ClientMetadata requested;
    try {
      requested = ClientMetadata.parse(request.bodyText());
    } catch (IllegalArgumentException e) {
      // an unparsable redirect URI is invalid_redirect_uri (RFC 7591 §3.2.2), not bad metadata
      if (body.asMap().get("redirect_uris") instanceof List<?> uris) {
        uris.stream()
            .filter(String.class::isInstance)
            .map(String.class::cast)
            .forEach(RegistrationEndpoint::checkRedirect);
      }
      throw metadata(e.getMessage());
    }

    List<String> redirects =
        requested.redirectUris() == null
            ? null
            : requested.redirectUris().stream().map(URI::toString).distinct().toList();
    if (redirects == null || redirects.isEmpty()) {
      throw new OAuthFailure(
          OAuthError.INVALID_REDIRECT_URI, "redirect_uris must list at least one URI", 400);
    }
    if (redirects.size() > MAX_REDIRECTS) {
      throw new OAuthFailure(
          OAuthError.INVALID_REDIRECT_URI, "at most " + MAX_REDIRECTS + " redirect URIs", 400);
    }
    redirects.forEach(RegistrationEndpoint::checkRedirect);
    String method =
        text(
            "token_endpoint_auth_method",
            requested.tokenEndpointAuthMethod(),
            "client_secret_basic");
    if (!AUTH_METHODS.contains(method)) {
      throw metadata(
          "token_endpoint_auth_method must be none, client_secret_basic or client_secret_post");
    }
    List<String> grants = distinct(requested.grantTypes(), List.of("authorization_code"));
    if (!GRANTS.containsAll(grants) || !grants.contains("authorization_code")) {
      throw metadata("grant_types must include authorization_code and may add refresh_token");
    }
    List<String> responseTypes = distinct(requested.responseTypes(), List.of("code"));
    if (!responseTypes.equals(List.of("code"))) {
      throw metadata("response_types must be [\"code\"]");
    }
    String applicationType = text("application_type", requested.applicationType(), "web");
    if (!applicationType.equals("web") && !applicationType.equals("native")) {
      throw metadata("application_type must be web or native");
    }
    String name = text("client_name", requested.clientName(), null);
    String scope = text("scope", requested.scope(), null);

    String clientId = "c_" + Secrets.random(16);
    String secret = "none".equals(method) ? null : "s_" + Secrets.random(32);
    long now = settings.now();
    store.saveClient(
        new StoredClient(
            clientId,
            secret == null ? null : Secrets.sha256(secret),
            name,
            redirects,
            grants,
            method,
            applicationType,
            scope,
            now));

    ClientInformation registered =
        new ClientInformation(
            new ClientId(clientId),
            secret == null ? null : new ClientSecret(secret),
            now,
            secret == null ? null : 0L,
            null,
            null,
            new ClientMetadata(
                redirects.stream().map(URI::create).toList(),
                name,
                grants,
                responseTypes,
                method,
                applicationType,
                scope,
                null,
                null,
                null,
                null));
    return Response.noStoreJson(201, registered.toMap());
  }

  private static void checkRedirect(String uri) {
    RedirectUris.problem(uri)
        .ifPresent(
            p -> {
              throw new OAuthFailure(OAuthError.INVALID_REDIRECT_URI, p, 400);
            });
  }

  private synchronized void throttle(String address) {
    long now = settings.now();
    Deque<Long> times = recent.computeIfAbsent(address, k -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() <= now - 3600) {
      times.removeFirst();
    }
    if (times.size() >= settings.registrationsPerHour()) {
      throw new OAuthFailure(
          OAuthError.INVALID_REQUEST,
          "too many registrations from this address; try again later",
          429);
    }
    times.addLast(now);
  }

  private static String text(String field, String value, String fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.length() > MAX_TEXT) {
      throw metadata(field + " must be a string of at most " + MAX_TEXT + " characters");
    }
    return value;
  }

  private static List<String> distinct(List<String> values, List<String> fallback) {
    return values == null ? fallback : values.stream().distinct().toList();
  }

  private static OAuthFailure metadata(String description) {
    return new OAuthFailure(OAuthError.INVALID_CLIENT_METADATA, description, 400);
  }
}
