package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.oauth.internal.FormEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real authorization server plus a guarded {@code /mcp} echo endpoint on 127.0.0.1:0, and a small
 * HTTP client that plays browser and OAuth client against it.
 */
final class OAuthHarness implements AutoCloseable {

  static final String SCOPE = "mcp:tools";
  static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
  static final String LOOPBACK_REDIRECT = "http://127.0.0.1/callback";

  final HttpServer server;
  final AuthorizationServer as;
  final OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("alice");
  final MutableClock clock = new MutableClock();
  final String base;
  final String resource;
  final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private OAuthHarness(Consumer<AuthorizationServer.Builder> customise, AuthorizationStore store) {
    this(customise, store, OAuthHarness::echo);
  }

  private OAuthHarness(
      Consumer<AuthorizationServer.Builder> customise,
      AuthorizationStore store,
      com.sun.net.httpserver.HttpHandler mcp) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    resource = base + "/mcp";
    AuthorizationServer.Builder builder =
        AuthorizationServer.builder(URI.create(base))
            .resource(URI.create(resource))
            .scopes(List.of(SCOPE, "mcp:admin"))
            .defaultScopes(List.of(SCOPE))
            .authenticator(login)
            .store(store)
            .clock(clock);
    customise.accept(builder);
    as = builder.build();
    as.contexts().forEach(server::createContext);
    ProtectedResourceMetadataHandler prm =
        new ProtectedResourceMetadataHandler(
            URI.create(resource), List.of(as.issuer()), List.of(SCOPE), "Test MCP");
    prm.paths().forEach(p -> server.createContext(p, prm));
    server
        .createContext("/mcp", mcp)
        .getFilters()
        .add(
            BearerTokenFilter.builder(
                    as.accessTokenVerifier(), URI.create(resource), prm.metadataUrl())
                .requiredScopes(List.of(SCOPE))
                .allowOrigin("http://localhost:6274")
                .build());
    server.start();
  }

  static OAuthHarness start() {
    return new OAuthHarness(b -> {}, new InMemoryAuthorizationStore());
  }

  static OAuthHarness start(Consumer<AuthorizationServer.Builder> customise) {
    return new OAuthHarness(customise, new InMemoryAuthorizationStore());
  }

  /** A harness whose guarded {@code /mcp} endpoint is {@code mcp}. */
  static OAuthHarness withMcp(com.sun.net.httpserver.HttpHandler mcp) {
    return new OAuthHarness(b -> {}, new InMemoryAuthorizationStore(), mcp);
  }

  static OAuthHarness start(AuthorizationStore store) {
    return new OAuthHarness(b -> {}, store);
  }

  /** Reports what the protected handler saw: the Authorization header (must be absent) and user. */
  private static void echo(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
    seen.put("x_custom", exchange.getRequestHeaders().getFirst("X-Custom"));
    seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    BearerTokenFilter.verifiedToken(exchange).ifPresent(t -> seen.put("subject", t.subject()));
    seen.put(
        "principal",
        exchange.getPrincipal() == null ? null : exchange.getPrincipal().getUsername());
    byte[] body = Json.write(seen).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  // ---- plain HTTP -------------------------------------------------------------------------

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  HttpResponse<String> get(String pathOrUrl, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  HttpResponse<String> postForm(String path, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    return postForm(path, FormEncoding.encode(form), headers);
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static Map<String, Object> json(HttpResponse<String> response) {
    return Json.object(response.body());
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  // ---- clients ----------------------------------------------------------------------------

  /** Registers a public client for the loopback redirect. */
  Map<String, Object> registerPublic() {
    return register(
        """
        {"client_name":"CLI","redirect_uris":["http://127.0.0.1/callback"],
         "grant_types":["authorization_code","refresh_token"],"token_endpoint_auth_method":"none",
         "application_type":"native"}""");
  }

  Map<String, Object> register(String json) {
    HttpResponse<String> response = postJson("/register", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  /** Authorization parameters for a client, with PKCE S256 and the harness resource. */
  Map<String, String> authParams(String clientId, String redirectUri) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("response_type", "code");
    p.put("client_id", clientId);
    p.put("redirect_uri", redirectUri);
    p.put("code_challenge", CHALLENGE);
    p.put("code_challenge_method", "S256");
    p.put("state", "st-123");
    p.put("scope", SCOPE);
    p.put("resource", resource);
    return p;
  }

  // ---- browser ----------------------------------------------------------------------------

  /** A page of the authorization flow with the cookie and form fields a browser would keep. */
  record Page(HttpResponse<String> response, String cookie) {
    String field(String name) {
      Matcher m =
          Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(response.body());
      assertThat(m.find()).as("form field " + name + " in " + response.body()).isTrue();
      return m.group(1);
    }
  }

  Page openAuthorize(Map<String, String> params) {
    HttpResponse<String> r = get("/authorize?" + FormEncoding.encode(params));
    String setCookie = r.headers().firstValue("Set-Cookie").orElse(null);
    return new Page(r, setCookie == null ? null : setCookie.split(";", 2)[0]);
  }

  Page submit(Page page, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request", page.field("request"));
    form.put("csrf", page.field("csrf"));
    form.put("action", page.field("action"));
    form.putAll(fields);
    HttpResponse<String> r =
        page.cookie() == null
            ? postForm("/authorize", form)
            : postForm("/authorize", form, "Cookie", page.cookie());
    return new Page(r, page.cookie());
  }

  Page signIn(Page loginPage) {
    return submit(
        loginPage, Map.of("username", login.username(), "password", login.revealPassword()));
  }

  /** Runs login and consent; returns the final redirect's query parameters. */
  Map<String, String> authorize(Map<String, String> params) {
    Page login = openAuthorize(params);
    assertThat(login.response().statusCode()).as(login.response().body()).isEqualTo(200);
    Page consent = signIn(login);
    assertThat(consent.response().body()).contains("Allow access?");
    Page done = submit(consent, Map.of("decision", "approve"));
    assertThat(done.response().statusCode()).isEqualTo(302);
    return redirectParams(done.response());
  }

  static Map<String, String> redirectParams(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    Map<String, String> out = new LinkedHashMap<>();
    String query = URI.create(location).getRawQuery();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Exchanges a code as a public client. */
  HttpResponse<String> exchangePublic(
      String clientId, String code, String redirectUri, String verifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", clientId);
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", verifier);
    form.put("resource", resource);
    return postForm("/token", form);
  }

  /** Registers a public client, authorizes and returns the token response. */
  Map<String, Object> publicClientTokens() {
    String clientId = (String) registerPublic().get("client_id");
    Map<String, String> params = authParams(clientId, "http://127.0.0.1:5555/callback");
    String code = authorize(params).get("code");
    HttpResponse<String> r =
        exchangePublic(clientId, code, "http://127.0.0.1:5555/callback", VERIFIER);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, Object> tokens = new LinkedHashMap<>(json(r));
    tokens.put("client_id", clientId);
    return tokens;
  }

  HttpResponse<String> callMcp(String accessToken, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("/mcp"))
            .header("Authorization", "Bearer " + accessToken)
            .POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
