package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientAuthenticationTest {

  private static final String REDIRECT = "https://app.example.com/cb";

  private final OAuthHarness h = OAuthHarness.start();
  private final Map<String, Object> client =
      h.register(
          "{\"redirect_uris\":[\""
              + REDIRECT
              + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"]}");
  private final String id = (String) client.get("client_id");
  private final String secret = (String) client.get("client_secret");

  @AfterEach
  void stop() {
    h.close();
  }

  private Map<String, String> codeForm() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", h.authorize(h.authParams(id, REDIRECT)).get("code"));
    form.put("redirect_uri", REDIRECT);
    form.put("code_verifier", OAuthHarness.VERIFIER);
    return form;
  }

  private static void assertInvalidClient(HttpResponse<String> r, boolean basicChallenge) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    assertThat(OAuthHarness.json(r).get("error")).isEqualTo("invalid_client");
    if (basicChallenge) {
      assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow())
          .startsWith("Basic realm=");
    }
  }

  @Test
  void wrongSecretWithBasicIs401WithBasicChallenge() {
    assertInvalidClient(
        h.postForm("/token", codeForm(), "Authorization", OAuthHarness.basic(id, "s_wrong")), true);
  }

  @Test
  void confidentialClientWithoutSecretIsRefused() {
    Map<String, String> form = codeForm();
    form.put("client_id", id);
    assertInvalidClient(h.postForm("/token", form), false);
  }

  @Test
  void twoAuthenticationMethodsAreInvalidRequest() {
    Map<String, String> form = codeForm();
    form.put("client_secret", secret);
    HttpResponse<String> r =
        h.postForm("/token", form, "Authorization", OAuthHarness.basic(id, secret));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(OAuthHarness.json(r).get("error")).isEqualTo("invalid_request");
    assertThat((String) OAuthHarness.json(r).get("error_description")).contains("exactly one");
  }

  @Test
  void secretInBodyWorksToo() {
    Map<String, String> form = codeForm();
    form.put("client_id", id);
    form.put("client_secret", secret);
    assertThat(h.postForm("/token", form).statusCode()).isEqualTo(200);
  }

  @Test
  void confidentialClientStillNeedsPkce() {
    Map<String, String> form = codeForm();
    form.put("code_verifier", "A".repeat(43));
    HttpResponse<String> r =
        h.postForm("/token", form, "Authorization", OAuthHarness.basic(id, secret));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(OAuthHarness.json(r).get("error")).isEqualTo("invalid_grant");
  }

  @Test
  void malformedBasicHeaderIsInvalidClient() {
    assertInvalidClient(
        h.postForm("/token", codeForm(), "Authorization", "Basic %%%not-base64"), true);
  }
}
