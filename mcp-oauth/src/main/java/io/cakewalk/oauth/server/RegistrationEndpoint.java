package io.cakewalk.oauth.server;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.internal.Secrets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    if ("OPTIONS".equals(request.method())) {
      return Cors.preflight();
    }
    if (!"POST".equals(request.method())) {
      return Cors.allow(Response.empty(405).withHeader("Allow", "POST, OPTIONS"));
    }
    try {
      return Cors.allow(register(request));
    } catch (OAuthFailure e) {
      return Cors.allow(Response.error(e));
    }
  }

  private Response register(Request request) {
    if (!request.hasContentType("application/json")) {
      throw metadata("Content-Type must be application/json");
    }
    Map<String, Object> body;
    try {
      body = Json.object(request.bodyText());
    } catch (RuntimeException e) {
      throw metadata("body is not a JSON object");
    }
    if (body == null) {
      throw metadata("body is not a JSON object");
    }
    throttle(request.remoteAddress());

    List<String> redirects = strings(body, "redirect_uris", null);
    if (redirects == null || redirects.isEmpty()) {
      throw new OAuthFailure(
          OAuthError.INVALID_REDIRECT_URI, "redirect_uris must list at least one URI", 400);
    }
    if (redirects.size() > MAX_REDIRECTS) {
      throw new OAuthFailure(
          OAuthError.INVALID_REDIRECT_URI, "at most " + MAX_REDIRECTS + " redirect URIs", 400);
    }
    for (String uri : redirects) {
      RedirectUris.problem(uri)
          .ifPresent(
              p -> {
                throw new OAuthFailure(OAuthError.INVALID_REDIRECT_URI, p, 400);
              });
    }
    String method = text(body, "token_endpoint_auth_method", "client_secret_basic");
    if (!AUTH_METHODS.contains(method)) {
      throw metadata(
          "token_endpoint_auth_method must be none, client_secret_basic or client_secret_post");
    }
    List<String> grants = strings(body, "grant_types", List.of("authorization_code"));
    if (!GRANTS.containsAll(grants) || !grants.contains("authorization_code")) {
      throw metadata("grant_types must include authorization_code and may add refresh_token");
    }
    List<String> responseTypes = strings(body, "response_types", List.of("code"));
    if (!responseTypes.equals(List.of("code"))) {
      throw metadata("response_types must be [\"code\"]");
    }
    String applicationType = text(body, "application_type", "web");
    if (!applicationType.equals("web") && !applicationType.equals("native")) {
      throw metadata("application_type must be web or native");
    }
    String name = text(body, "client_name", null);
    String scope = text(body, "scope", null);

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

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("client_id", clientId);
    out.put("client_id_issued_at", now);
    if (secret != null) {
      out.put("client_secret", secret);
      out.put("client_secret_expires_at", 0);
    }
    out.put("client_name", name);
    out.put("redirect_uris", redirects);
    out.put("grant_types", grants);
    out.put("response_types", responseTypes);
    out.put("token_endpoint_auth_method", method);
    out.put("application_type", applicationType);
    out.put("scope", scope);
    return Response.noStoreJson(201, out);
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

  private static String text(Map<String, Object> body, String field, String fallback) {
    Object value = body.get(field);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof String s) || s.length() > MAX_TEXT) {
      throw metadata(field + " must be a string of at most " + MAX_TEXT + " characters");
    }
    return s;
  }

  private static List<String> strings(
      Map<String, Object> body, String field, List<String> fallback) {
    Object value = body.get(field);
    if (value == null) {
      return fallback;
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).distinct().toList();
    }
    throw metadata(field + " must be an array of strings");
  }

  private static OAuthFailure metadata(String description) {
    return new OAuthFailure(OAuthError.INVALID_CLIENT_METADATA, description, 400);
  }
}
