package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetadataTest {

  private final OAuthHarness h = OAuthHarness.start();

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void servesRfc8414MetadataWithIssuerEqualToBaseUrl() {
    HttpResponse<String> r = h.get("/.well-known/oauth-authorization-server");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    Map<String, Object> m = OAuthHarness.json(r);
    assertThat(m.get("issuer")).isEqualTo(h.base);
    assertThat(m.get("authorization_endpoint")).isEqualTo(h.base + "/authorize");
    assertThat(m.get("token_endpoint")).isEqualTo(h.base + "/token");
    assertThat(m.get("registration_endpoint")).isEqualTo(h.base + "/register");
    assertThat(m.get("revocation_endpoint")).isEqualTo(h.base + "/revoke");
    assertThat(m.get("code_challenge_methods_supported")).isEqualTo(List.of("S256"));
    assertThat(m.get("response_types_supported")).isEqualTo(List.of("code"));
    assertThat(m.get("grant_types_supported"))
        .isEqualTo(List.of("authorization_code", "refresh_token"));
    assertThat(m.get("token_endpoint_auth_methods_supported"))
        .isEqualTo(List.of("client_secret_basic", "client_secret_post", "none"));
    assertThat(m.get("scopes_supported"))
        .isEqualTo(List.of("mcp:tools", "mcp:admin", "offline_access"));
    assertThat(m.get("authorization_response_iss_parameter_supported")).isEqualTo(true);
    assertThat(m.get("client_id_metadata_document_supported")).isEqualTo(true);
    assertThat(m).doesNotContainKey("subject_types_supported");
  }

  @Test
  void servesTheSameMetadataAsOpenIdConfiguration() {
    Map<String, Object> oauth = OAuthHarness.json(h.get("/.well-known/oauth-authorization-server"));
    HttpResponse<String> r = h.get("/.well-known/openid-configuration");
    assertThat(r.statusCode()).isEqualTo(200);
    Map<String, Object> oidc = OAuthHarness.json(r);
    assertThat(oidc).containsAllEntriesOf(oauth);
    assertThat(oidc.get("subject_types_supported")).isEqualTo(List.of("public"));
  }

  @Test
  void servesProtectedResourceMetadataAtPathInsertedAndRootLocations() {
    for (String path :
        List.of(
            "/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource")) {
      HttpResponse<String> r = h.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      Map<String, Object> prm = OAuthHarness.json(r);
      assertThat(prm.get("resource")).isEqualTo(h.resource);
      assertThat(prm.get("authorization_servers")).isEqualTo(List.of(h.base));
      assertThat(prm.get("scopes_supported")).isEqualTo(List.of("mcp:tools"));
      assertThat(prm.get("bearer_methods_supported")).isEqualTo(List.of("header"));
    }
  }

  @Test
  void unknownWellKnownPathsAre404() {
    assertThat(h.get("/.well-known/oauth-protected-resource/other").statusCode()).isEqualTo(404);
    assertThat(h.get("/.well-known/oauth-authorization-server/x").statusCode()).isEqualTo(404);
    assertThat(h.get("/tokenx").statusCode()).isEqualTo(404);
  }

  @Test
  void issuerWithTrailingSlashOrPlainHttpIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AuthorizationServer.builder(java.net.URI.create("http://127.0.0.1:1/")))
        .hasMessageContaining("trailing slash");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AuthorizationServer.builder(java.net.URI.create("http://auth.example.com")))
        .hasMessageContaining("https");
  }
}
