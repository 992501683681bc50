package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact JSON objects a running server emits (metadata, protected resource metadata,
 * registration and token responses): every member and its value. Random members (tokens, client ids
 * and secrets) are checked against their shape and then replaced by {@code "<random>"}.
 */
class ServerJsonCharacterizationTest {

  private static final String RANDOM = "<random>";
  private static final Map<String, Pattern> RANDOM_MEMBERS =
      Map.of(
          "access_token", Pattern.compile("at_[A-Za-z0-9_-]{43}"),
          "refresh_token", Pattern.compile("rt_[A-Za-z0-9_-]{43}"),
          "client_id", Pattern.compile("c_[A-Za-z0-9_-]{22}"),
          "client_secret", Pattern.compile("s_[A-Za-z0-9_-]{43}"));
  private static final String REDIRECT = "http://127.0.0.1:5555/callback";

  private OAuthHarness h = OAuthHarness.start();

  @AfterEach
  void stop() {
    h.close();
  }

  /** The members of a 2xx JSON response with random values masked. */
  private static Map<String, Object> body(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    Map<String, Object> out = new LinkedHashMap<>(OAuthHarness.json(r));
    RANDOM_MEMBERS.forEach(
        (name, shape) -> {
          if (out.containsKey(name)) {
            assertThat((String) out.get(name)).as(name).matches(shape);
            out.put(name, RANDOM);
          }
        });
    return out;
  }

  private Map<String, Object> metadata(boolean metadataDocuments) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("issuer", h.base);
    m.put("authorization_endpoint", h.base + "/authorize");
    m.put("token_endpoint", h.base + "/token");
    m.put("registration_endpoint", h.base + "/register");
    m.put("revocation_endpoint", h.base + "/revoke");
    m.put("scopes_supported", List.of("mcp:tools", "mcp:admin", "offline_access"));
    m.put("response_types_supported", List.of("code"));
    m.put("response_modes_supported", List.of("query"));
    m.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
    List<String> authMethods = List.of("client_secret_basic", "client_secret_post", "none");
    m.put("token_endpoint_auth_methods_supported", authMethods);
    m.put("revocation_endpoint_auth_methods_supported", authMethods);
    m.put("code_challenge_methods_supported", List.of("S256"));
    m.put("authorization_response_iss_parameter_supported", true);
    m.put("client_id_metadata_document_supported", metadataDocuments);
    return m;
  }

  @Test
  void authorizationServerMetadataMembers() {
    HttpResponse<String> r = h.get("/.well-known/oauth-authorization-server");
    assertThat(body(r, 200)).isEqualTo(metadata(true));
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
  }

  @Test
  void openIdConfigurationMembers() {
    Map<String, Object> expected = metadata(true);
    expected.put("subject_types_supported", List.of("public"));
    expected.put("id_token_signing_alg_values_supported", List.of("RS256"));
    HttpResponse<String> r = h.get("/.well-known/openid-configuration");
    assertThat(body(r, 200)).isEqualTo(expected);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
  }

  @Test
  void metadataWithoutClientMetadataDocuments() {
    h.close();
    h = OAuthHarness.start(b -> b.clientMetadataDocuments(false));
    assertThat(body(h.get("/.well-known/oauth-authorization-server"), 200))
        .isEqualTo(metadata(false));
  }

  @Test
  void protectedResourceMetadataMembers() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("resource", h.resource);
    expected.put("authorization_servers", List.of(h.base));
    expected.put("scopes_supported", List.of("mcp:tools"));
    expected.put("bearer_methods_supported", List.of("header"));
    expected.put("resource_name", "Test MCP");
    for (String path :
        List.of(
            "/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource")) {
      HttpResponse<String> r = h.get(path);
      assertThat(body(r, 200)).as(path).isEqualTo(expected);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    }
  }

  @Test
  void protectedResourceMetadataWithoutName() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    try {
      String origin = "http://127.0.0.1:" + server.getAddress().getPort();
      ProtectedResourceMetadataHandler prm =
          new ProtectedResourceMetadataHandler(
              URI.create(origin), List.of("https://as.example.com"), List.of("a", "b"), null);
      prm.paths().forEach(p -> server.createContext(p, prm));
      server.start();
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("resource", origin);
      expected.put("authorization_servers", List.of("https://as.example.com"));
      expected.put("scopes_supported", List.of("a", "b"));
      expected.put("bearer_methods_supported", List.of("header"));
      assertThat(body(h.get(origin + "/.well-known/oauth-protected-resource"), 200))
          .isEqualTo(expected);
    } finally {
      server.stop(0);
    }
  }

  private long now() {
    return h.clock.instant().getEpochSecond();
  }

  @Test
  void publicClientRegistrationMembers() {
    HttpResponse<String> r =
        h.postJson(
            "/register",
            """
            {"client_name":"CLI","redirect_uris":["http://127.0.0.1/callback"],
             "grant_types":["authorization_code","refresh_token"],"token_endpoint_auth_method":"none",
             "application_type":"native","scope":"mcp:tools","logo_uri":"https://x.example/l.png"}""");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("client_id", RANDOM);
    expected.put("client_id_issued_at", now());
    expected.put("client_name", "CLI");
    expected.put("redirect_uris", List.of("http://127.0.0.1/callback"));
    expected.put("grant_types", List.of("authorization_code", "refresh_token"));
    expected.put("response_types", List.of("code"));
    expected.put("token_endpoint_auth_method", "none");
    expected.put("application_type", "native");
    expected.put("scope", "mcp:tools");
    assertThat(numbersAsLongs(body(r, 201))).isEqualTo(expected);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.headers().firstValue("Pragma")).hasValue("no-cache");
  }

  @Test
  void confidentialClientRegistrationMembersWithDefaults() {
    HttpResponse<String> r =
        h.postJson(
            "/register",
            """
            {"redirect_uris":["https://app.example.com/cb","https://app.example.com/cb"]}""");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("client_id", RANDOM);
    expected.put("client_id_issued_at", now());
    expected.put("client_secret", RANDOM);
    expected.put("client_secret_expires_at", 0L);
    expected.put("redirect_uris", List.of("https://app.example.com/cb"));
    expected.put("grant_types", List.of("authorization_code"));
    expected.put("response_types", List.of("code"));
    expected.put("token_endpoint_auth_method", "client_secret_basic");
    expected.put("application_type", "web");
    // members the client did not send are omitted, never sent as JSON null (RFC 7591 §3.2.1)
    assertThat(numbersAsLongs(body(r, 201))).isEqualTo(expected);
  }

  /** JSON numbers parse as Integer or Long by size; compare them as longs. */
  private static Map<String, Object> numbersAsLongs(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, v instanceof Number n ? (Object) n.longValue() : v));
    return out;
  }

  private Map<String, Object> tokens(String clientId, String code) {
    return numbersAsLongs(
        body(h.exchangePublic(clientId, code, REDIRECT, OAuthHarness.VERIFIER), 200));
  }

  @Test
  void tokenResponseMembersForCodeAndRefreshGrants() {
    String clientId = (String) h.registerPublic().get("client_id");
    String code = h.authorize(h.authParams(clientId, REDIRECT)).get("code");
    HttpResponse<String> first = h.exchangePublic(clientId, code, REDIRECT, OAuthHarness.VERIFIER);
    String refreshToken = (String) OAuthHarness.json(first).get("refresh_token");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("access_token", RANDOM);
    expected.put("token_type", "Bearer");
    expected.put("expires_in", 3600L);
    expected.put("refresh_token", RANDOM);
    expected.put("scope", "mcp:tools");
    assertThat(numbersAsLongs(body(first, 200))).isEqualTo(expected);
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(first.headers().firstValue("Pragma")).hasValue("no-cache");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("client_id", clientId);
    form.put("refresh_token", refreshToken);
    form.put("scope", "mcp:tools");
    assertThat(numbersAsLongs(body(h.postForm("/token", form), 200))).isEqualTo(expected);
  }

  @Test
  void tokenResponseWithoutRefreshGrantHasNoRefreshToken() {
    String clientId =
        (String)
            h.register(
                    """
                    {"redirect_uris":["http://127.0.0.1/callback"],"token_endpoint_auth_method":"none"}""")
                .get("client_id");
    Map<String, String> params = h.authParams(clientId, REDIRECT);
    params.put("scope", "mcp:admin mcp:tools offline_access");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("access_token", RANDOM);
    expected.put("token_type", "Bearer");
    expected.put("expires_in", 3600L);
    expected.put("scope", "mcp:admin mcp:tools");
    assertThat(tokens(clientId, h.authorize(params).get("code"))).isEqualTo(expected);
  }

  @Test
  void tokenResponseWithNoGrantedScopeSendsEmptyScope() {
    h.close();
    h = OAuthHarness.start(b -> b.defaultScopes(List.of()));
    String clientId = (String) h.registerPublic().get("client_id");
    Map<String, String> params = h.authParams(clientId, REDIRECT);
    params.put("scope", "unknown:scope");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("access_token", RANDOM);
    expected.put("token_type", "Bearer");
    expected.put("expires_in", 3600L);
    expected.put("refresh_token", RANDOM);
    expected.put("scope", "");
    assertThat(tokens(clientId, h.authorize(params).get("code"))).isEqualTo(expected);
  }
}
