package io.cakewalk.oauth.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.internal.FormEncoding;
import io.cakewalk.oauth.metadata.AuthorizationServerMetadata;
import io.cakewalk.oauth.metadata.ProtectedResourceMetadata;
import io.cakewalk.oauth.pkce.CodeChallenge;
import io.cakewalk.oauth.pkce.CodeChallengeMethod;
import io.cakewalk.oauth.pkce.CodeVerifier;
import io.cakewalk.oauth.registration.ClientInformation;
import io.cakewalk.oauth.registration.ClientMetadata;
import io.cakewalk.oauth.token.ClientAuthentication;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A loopback MCP resource server plus authorization server with switches for each discovery variant
 * and failure. Records every request path in order.
 */
final class FakeAuthServer implements AutoCloseable {

  final HttpServer server;
  final String base;
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  // Resource metadata
  String prmPath = "/.well-known/oauth-protected-resource/mcp"; // null: none
  String prmResource; // defaults to the MCP URL
  List<String> scopesSupported = List.of("mcp:tools");
  String issuerOverride; // the issuer resource metadata names, when another server took over
  String clientPrefix = "dyn-";
  // Authorization server
  String issuerPath = ""; // "/tenant1" for an issuer with a path
  String asMetadataPath; // defaults to RFC 8414 location; null after noAsMetadata()
  String advertisedIssuer; // defaults to the issuer
  List<String> pkceMethods = List.of("S256");
  List<String> authMethods = List.of("none", "client_secret_basic", "client_secret_post");
  boolean registration = true;
  boolean refuseRegistration;
  boolean issSupported = true;
  boolean denyConsent;
  boolean wrongState;
  boolean noRedirect; // /authorize answers 200 and never redirects (callback timeout)
  boolean listOfflineAccess;
  String callbackIss; // overrides the iss sent back; "" omits it
  long expiresIn = 3600;
  // Observed
  final Map<String, ClientInformation> clients = new HashMap<>();
  final Map<String, String> lastAuthorize = new LinkedHashMap<>();
  final Map<String, String> lastToken = new LinkedHashMap<>();
  volatile String lastTokenAuthHeader;
  final Map<String, String> codes = new HashMap<>(); // code -> challenge
  final Map<String, String> refreshTokens = new HashMap<>(); // refresh -> client
  final List<String> revoked = Collections.synchronizedList(new ArrayList<>());
  int tokenCount;

  FakeAuthServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.start();
  }

  URI mcpUrl() {
    return URI.create(base + "/mcp");
  }

  String issuer() {
    return base + issuerPath;
  }

  void registerStatic(String id, String secret, String method) {
    String json =
        "{\"client_id\":\""
            + id
            + "\""
            + (secret == null ? "" : ",\"client_secret\":\"" + secret + "\"")
            + ",\"token_endpoint_auth_method\":\""
            + method
            + "\"}";
    clients.put(id, ClientInformation.parse(json));
  }

  private String metadataPath() {
    return asMetadataPath != null
        ? asMetadataPath
        : "/.well-known/oauth-authorization-server" + issuerPath;
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      requests.add(ex.getRequestMethod() + " " + path);
      if (prmPath != null && path.equals(prmPath)) {
        json(
            ex,
            200,
            new ProtectedResourceMetadata(
                    prmResource != null ? prmResource : mcpUrl().toString(),
                    List.of(issuerOverride != null ? issuerOverride : issuer()),
                    scopesSupported,
                    List.of("header"),
                    null,
                    null)
                .toJson());
      } else if (path.equals(metadataPath()) && !"none".equals(asMetadataPath)) {
        json(ex, 200, asMetadata().toJson());
      } else if (path.equals(issuerPath + "/authorize")) {
        authorize(ex);
      } else if (path.equals(issuerPath + "/token")) {
        token(ex);
      } else if (path.equals(issuerPath + "/register") && registration) {
        register(ex);
      } else if (path.equals(issuerPath + "/revoke")) {
        revoked.add(FormEncoding.decode(body(ex)).get("token_type_hint"));
        ex.sendResponseHeaders(200, -1);
      } else {
        json(ex, 404, "{\"error\":\"not_found\"}");
      }
    }
  }

  AuthorizationServerMetadata asMetadata() {
    String i = issuer();
    return AuthorizationServerMetadata.builder(advertisedIssuer != null ? advertisedIssuer : i)
        .authorizationEndpoint(URI.create(i + "/authorize"))
        .tokenEndpoint(URI.create(i + "/token"))
        .registrationEndpoint(registration ? URI.create(i + "/register") : null)
        .revocationEndpoint(URI.create(i + "/revoke"))
        .scopesSupported(
            listOfflineAccess ? List.of("mcp:tools", "offline_access") : List.of("mcp:tools"))
        .responseTypesSupported(List.of("code"))
        .grantTypesSupported(List.of("authorization_code", "refresh_token"))
        .codeChallengeMethodsSupported(pkceMethods)
        .tokenEndpointAuthMethodsSupported(authMethods)
        .authorizationResponseIssParameterSupported(issSupported)
        .build();
  }

  private void authorize(HttpExchange ex) throws IOException {
    Map<String, String> q = FormEncoding.decode(ex.getRequestURI().getRawQuery());
    lastAuthorize.clear();
    lastAuthorize.putAll(q);
    if (noRedirect) {
      json(ex, 200, "{}");
      return;
    }
    Map<String, String> back = new LinkedHashMap<>();
    if (denyConsent) {
      back.put("error", "access_denied");
    } else {
      String code = UUID.randomUUID().toString();
      codes.put(code, q.get("code_challenge") + " " + q.get("client_id") + " " + q.get("resource"));
      back.put("code", code);
    }
    back.put("state", wrongState ? "forged" : q.get("state"));
    String iss = callbackIss != null ? callbackIss : issSupported ? issuer() : "";
    if (!iss.isEmpty()) {
      back.put("iss", iss);
    }
    URI location = FormEncoding.appendQuery(URI.create(q.get("redirect_uri")), back);
    ex.getResponseHeaders().set("Location", location.toString());
    ex.sendResponseHeaders(302, -1);
  }

  private void token(HttpExchange ex) throws IOException {
    Map<String, String> form = FormEncoding.decode(body(ex));
    lastToken.clear();
    lastToken.putAll(form);
    lastTokenAuthHeader = ex.getRequestHeaders().getFirst("Authorization");
    ClientAuthentication auth = ClientAuthentication.parse(lastTokenAuthHeader, form).orElse(null);
    ClientInformation client = auth == null ? null : clients.get(auth.clientId().value());
    if (client == null
        || client.authMethod() != auth.method()
        || (client.clientSecret() != null && !client.clientSecret().equals(auth.secret()))) {
      json(ex, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    String refresh;
    if ("authorization_code".equals(form.get("grant_type"))) {
      String bound = codes.remove(form.get("code"));
      String expected =
          CodeChallenge.compute(
                      CodeChallengeMethod.S256, new CodeVerifier(form.get("code_verifier")))
                  .value()
              + " "
              + auth.clientId().value()
              + " "
              + form.get("resource");
      if (!expected.equals(bound)) {
        json(ex, 400, "{\"error\":\"invalid_grant\"}");
        return;
      }
    } else if ("refresh_token".equals(form.get("grant_type"))) {
      String owner = refreshTokens.remove(form.get("refresh_token")); // rotation
      if (!auth.clientId().value().equals(owner)) {
        json(ex, 400, "{\"error\":\"invalid_grant\"}");
        return;
      }
    } else {
      json(ex, 400, "{\"error\":\"unsupported_grant_type\"}");
      return;
    }
    refresh = "rt-" + UUID.randomUUID();
    refreshTokens.put(refresh, auth.clientId().value());
    tokenCount++;
    json(
        ex,
        200,
        "{\"access_token\":\"at-"
            + tokenCount
            + "\",\"token_type\":\"Bearer\","
            + "\"expires_in\":"
            + expiresIn
            + ",\"refresh_token\":\""
            + refresh
            + "\"}");
  }

  private void register(HttpExchange ex) throws IOException {
    ClientMetadata m = ClientMetadata.parse(body(ex));
    if (refuseRegistration) {
      json(
          ex,
          400,
          "{\"error\":\"invalid_redirect_uri\",\"error_description\":\"loopback not allowed\"}");
      return;
    }
    String id = clientPrefix + (clients.size() + 1);
    boolean confidential = !"none".equals(m.tokenEndpointAuthMethod());
    ClientInformation c =
        new ClientInformation(
            new ClientId(id),
            confidential ? new io.cakewalk.oauth.id.ClientSecret("s-" + id) : null,
            1L,
            confidential ? 0L : null,
            null,
            null,
            m);
    clients.put(id, c);
    json(ex, 201, c.toJson());
  }

  private static String body(HttpExchange ex) throws IOException {
    return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void json(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
