package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private final OAuthHarness h = OAuthHarness.start(b -> b.registrationsPerHour(8));

  @AfterEach
  void stop() {
    h.close();
  }

  private void assertRefused(HttpResponse<String> r, int status, String error, String description) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    Map<String, Object> body = OAuthHarness.json(r);
    assertThat(body.get("error")).isEqualTo(error);
    assertThat((String) body.get("error_description")).contains(description);
  }

  @Test
  void registersPublicClientWithoutSecret() {
    Map<String, Object> c = h.registerPublic();
    assertThat((String) c.get("client_id")).startsWith("c_");
    assertThat(c).doesNotContainKey("client_secret");
    assertThat(c.get("token_endpoint_auth_method")).isEqualTo("none");
    assertThat(c.get("redirect_uris")).isEqualTo(List.of("http://127.0.0.1/callback"));
  }

  @Test
  void registersConfidentialClientWithNonExpiringSecret() {
    HttpResponse<String> r =
        h.postJson(
            "/register",
            """
            {"redirect_uris":["https://app.example.com/cb"],"token_endpoint_auth_method":"client_secret_post"}""");
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    Map<String, Object> c = OAuthHarness.json(r);
    assertThat((String) c.get("client_secret")).startsWith("s_").hasSizeGreaterThan(40);
    assertThat(c.get("client_secret_expires_at")).isEqualTo(0);
    assertThat(c.get("token_endpoint_auth_method")).isEqualTo("client_secret_post");
  }

  @Test
  void omittedAuthMethodDefaultsToConfidentialBasic() {
    Map<String, Object> c = h.register("{\"redirect_uris\":[\"https://app.example.com/cb\"]}");
    assertThat(c.get("token_endpoint_auth_method")).isEqualTo("client_secret_basic");
    assertThat(c).containsKey("client_secret");
  }

  @Test
  void refusesPlainHttpRedirectToNonLoopbackHost() {
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\":[\"http://evil.example.com/cb\"]}"),
        400,
        "invalid_redirect_uri",
        "must use https, or http to 127.0.0.1");
  }

  @Test
  void refusesRedirectWithFragmentUserInfoOrWildcard() {
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\":[\"https://app.example.com/cb#x\"]}"),
        400,
        "invalid_redirect_uri",
        "fragment");
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\":[\"https://user@app.example.com/cb\"]}"),
        400,
        "invalid_redirect_uri",
        "without user info");
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\":[\"https://*.example.com/cb\"]}"),
        400,
        "invalid_redirect_uri",
        "");
  }

  @Test
  void refusesUnparsableRedirectUriAsInvalidRedirectUri() {
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\":[\"https://a.example/c b\"]}"),
        400,
        "invalid_redirect_uri",
        "not a valid URI");
  }

  @Test
  void refusesMistypedMembersAsInvalidClientMetadata() {
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\":[\"https://a.example/cb\"],\"client_name\":5}"),
        400,
        "invalid_client_metadata",
        "client_name");
    assertRefused(
        h.postJson(
            "/register",
            "{\"redirect_uris\":[\"https://a.example/cb\"],\"scope\":\"" + "s".repeat(201) + "\"}"),
        400,
        "invalid_client_metadata",
        "scope must be a string of at most 200 characters");
  }

  @Test
  void refusesMissingRedirectUris() {
    assertRefused(
        h.postJson("/register", "{\"client_name\":\"x\"}"),
        400,
        "invalid_redirect_uri",
        "at least one");
  }

  @Test
  void refusesUnknownAuthMethodAndGrant() {
    assertRefused(
        h.postJson(
            "/register",
            "{\"redirect_uris\":[\"https://a.example/cb\"],\"token_endpoint_auth_method\":\"private_key_jwt\"}"),
        400,
        "invalid_client_metadata",
        "token_endpoint_auth_method");
    assertRefused(
        h.postJson(
            "/register",
            "{\"redirect_uris\":[\"https://a.example/cb\"],\"grant_types\":[\"implicit\"]}"),
        400,
        "invalid_client_metadata",
        "grant_types");
  }

  @Test
  void refusesMalformedJsonBody() {
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\": [\"https://a.example/cb\""),
        400,
        "invalid_client_metadata",
        "not a JSON object");
    assertRefused(
        h.postJson("/register", "[1,2]"), 400, "invalid_client_metadata", "not a JSON object");
  }

  @Test
  void refusesOversizedBodyWith413() {
    String huge =
        "{\"redirect_uris\":[\"https://a.example/cb\"],\"client_name\":\""
            + "x".repeat(20_000)
            + "\"}";
    assertRefused(h.postJson("/register", huge), 413, "invalid_request", "larger than 16384 bytes");
  }

  @Test
  void answersEveryMegabyteBodyWith413InsteadOfAReset() {
    // Unread input beyond what the JDK server drains itself would reset the connection and could
    // destroy the answer before the client reads it.
    String huge = "{\"client_name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    for (int i = 0; i < 10; i++) {
      assertRefused(h.postJson("/register", huge), 413, "invalid_request", "larger than");
    }
  }

  @Test
  void refusesWrongContentType() {
    HttpResponse<String> r = h.postForm("/register", "redirect_uris=https%3A%2F%2Fa.example%2Fcb");
    assertRefused(r, 400, "invalid_client_metadata", "application/json");
  }

  @Test
  void rateLimitsRegistrationsPerAddress() {
    for (int i = 0; i < 8; i++) {
      h.registerPublic();
    }
    assertRefused(
        h.postJson("/register", "{\"redirect_uris\":[\"https://a.example/cb\"]}"),
        429,
        "invalid_request",
        "too many registrations");
  }
}
