package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.oauth.internal.FormEncoding;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationEndpointTest {

  private final OAuthHarness h = OAuthHarness.start();
  private final String clientId = (String) h.registerPublic().get("client_id");
  private final String webClientId =
      (String)
          h.register(
                  "{\"client_name\":\"Web\",\"redirect_uris\":[\"https://app.example.com/cb\"],"
                      + "\"token_endpoint_auth_method\":\"none\"}")
              .get("client_id");

  @AfterEach
  void stop() {
    h.close();
  }

  private Map<String, String> params(String redirect) {
    return new LinkedHashMap<>(h.authParams(clientId, redirect));
  }

  private static void assertErrorPage(HttpResponse<String> r, String message) {
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(r.body()).contains("Cannot continue").contains(message);
  }

  private static void assertRedirectError(
      HttpResponse<String> r, String error, String description) {
    assertThat(r.statusCode()).isEqualTo(302);
    Map<String, String> p = OAuthHarness.redirectParams(r);
    assertThat(p.get("error")).isEqualTo(error);
    assertThat(p.get("error_description")).contains(description);
    assertThat(p).doesNotContainKey("code");
  }

  @Test
  void approvedRequestRedirectsWithCodeStateAndIssuerOnce() {
    Map<String, String> p = h.authorize(params("http://127.0.0.1:49152/callback"));
    assertThat(p.keySet()).containsExactly("code", "state", "iss");
    assertThat(p.get("state")).isEqualTo("st-123");
    assertThat(p.get("iss")).isEqualTo(h.base);
  }

  @Test
  void loginAndConsentPagesAreProtected() {
    OAuthHarness.Page login = h.openAuthorize(params("http://127.0.0.1:1234/callback"));
    HttpResponse<String> r = login.response();
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
    assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly")
        .contains("SameSite=Lax");
    assertThat(r.body()).contains("<label for=\"password\">").contains("lang=\"en\"");
    OAuthHarness.Page consent = h.signIn(login);
    assertThat(consent.response().body())
        .contains("CLI")
        .contains(clientId)
        .contains("127.0.0.1:1234")
        .contains("mcp:tools")
        .contains(h.resource)
        .contains("localhost");
  }

  @Test
  void unknownClientIsShownNotRedirected() {
    Map<String, String> p = params("http://127.0.0.1/callback");
    p.put("client_id", "c_nope");
    assertErrorPage(h.get("/authorize?" + FormEncoding.encode(p)), "Unknown client");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example.com/cb/evil",
        "https://app.example.com/cbx",
        "https://app.example.com/cb?x=1",
        "https://app.example.com/cb/../other",
        "https://app.example.com.evil.com/cb",
        "https://app.example.com@evil.com/cb",
        "https://APP.example.com/cb",
        "https://app.example.com:443/cb",
        "http://app.example.com/cb",
        "https://app.example.com/cb#frag"
      })
  void redirectPrefixAndLookalikeTricksAreRefusedWithoutRedirect(String redirect) {
    Map<String, String> p = h.authParams(webClientId, redirect);
    assertErrorPage(
        h.get("/authorize?" + FormEncoding.encode(p)),
        "redirect_uri is not registered for this client");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:5000/callback",
        "http://127.0.0.1:5000/callback/x",
        "http://127.0.0.1:5000/callback?x=1",
        "https://127.0.0.1/callback",
        "http://127.0.0.1:5000@evil.com/callback"
      })
  void loopbackRedirectIgnoresOnlyThePort(String redirect) {
    assertErrorPage(
        h.get("/authorize?" + FormEncoding.encode(params(redirect))),
        "redirect_uri is not registered for this client");
  }

  @Test
  void missingPkceIsRedirectedAsInvalidRequest() {
    Map<String, String> p = params("http://127.0.0.1:1/callback");
    p.remove("code_challenge");
    p.remove("code_challenge_method");
    HttpResponse<String> r = h.get("/authorize?" + FormEncoding.encode(p));
    assertRedirectError(r, "invalid_request", "code_challenge is required");
    assertThat(OAuthHarness.redirectParams(r))
        .containsEntry("state", "st-123")
        .containsEntry("iss", h.base);
  }

  @Test
  void plainPkceIsRefused() {
    Map<String, String> p = params("http://127.0.0.1:1/callback");
    p.put("code_challenge", OAuthHarness.VERIFIER);
    p.put("code_challenge_method", "plain");
    assertRedirectError(
        h.get("/authorize?" + FormEncoding.encode(p)),
        "invalid_request",
        "code_challenge_method must be S256");
  }

  @Test
  void omittedChallengeMethodIsRefusedBecauseItMeansPlain() {
    Map<String, String> p = params("http://127.0.0.1:1/callback");
    p.remove("code_challenge_method");
    assertRedirectError(
        h.get("/authorize?" + FormEncoding.encode(p)),
        "invalid_request",
        "code_challenge_method must be S256");
  }

  @Test
  void unsupportedResponseTypeIsRedirected() {
    Map<String, String> p = params("http://127.0.0.1:1/callback");
    p.put("response_type", "token");
    assertRedirectError(
        h.get("/authorize?" + FormEncoding.encode(p)),
        "unsupported_response_type",
        "response_type must be code");
  }

  @Test
  void foreignResourceIsInvalidTarget() {
    Map<String, String> p = params("http://127.0.0.1:1/callback");
    p.put("resource", "https://other.example.com/mcp");
    assertRedirectError(
        h.get("/authorize?" + FormEncoding.encode(p)), "invalid_target", "not protected");
  }

  @Test
  void repeatedParameterIsInvalidRequest() {
    String query =
        FormEncoding.encode(params("http://127.0.0.1:1/callback")) + "&scope=mcp%3Aadmin";
    assertRedirectError(h.get("/authorize?" + query), "invalid_request", "scope is repeated");
  }

  @Test
  void consentWithoutBrowserCookieFailsCsrfCheck() {
    OAuthHarness.Page login = h.openAuthorize(params("http://127.0.0.1:1/callback"));
    OAuthHarness.Page consent = h.signIn(login);
    OAuthHarness.Page forged =
        h.submit(new OAuthHarness.Page(consent.response(), null), Map.of("decision", "approve"));
    assertThat(forged.response().statusCode()).isEqualTo(403);
    assertThat(forged.response().body()).contains("CSRF check failed");
    assertThat(forged.response().headers().firstValue("Location")).isEmpty();
  }

  @Test
  void consentWithWrongCsrfTokenFails() {
    OAuthHarness.Page consent = h.signIn(h.openAuthorize(params("http://127.0.0.1:1/callback")));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request", consent.field("request"));
    form.put("csrf", "forged-token");
    form.put("action", "consent");
    form.put("decision", "approve");
    HttpResponse<String> r = h.postForm("/authorize", form, "Cookie", consent.cookie());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("CSRF check failed");
  }

  @Test
  void consentFromAnotherBrowserFails() {
    OAuthHarness.Page victim = h.signIn(h.openAuthorize(params("http://127.0.0.1:1/callback")));
    OAuthHarness.Page attacker = h.openAuthorize(params("http://127.0.0.1:1/callback"));
    OAuthHarness.Page forged =
        h.submit(
            new OAuthHarness.Page(victim.response(), attacker.cookie()),
            Map.of("decision", "approve"));
    assertThat(forged.response().statusCode()).isEqualTo(403);
  }

  @Test
  void wrongPasswordShowsAlertAndLocksAfterFiveAttempts() {
    OAuthHarness.Page page = h.openAuthorize(params("http://127.0.0.1:1/callback"));
    for (int i = 0; i < 4; i++) {
      page = h.submit(page, Map.of("username", "alice", "password", "guess" + i));
      assertThat(page.response().body())
          .contains("role=\"alert\"")
          .contains("Wrong user name or password");
    }
    page = h.submit(page, Map.of("username", "alice", "password", "guess"));
    assertThat(page.response().statusCode()).isEqualTo(400);
    assertThat(page.response().body()).contains("Too many failed sign-in attempts");
  }

  @Test
  void consentBeforeLoginIsRefused() {
    OAuthHarness.Page login = h.openAuthorize(params("http://127.0.0.1:1/callback"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request", login.field("request"));
    form.put("csrf", login.field("csrf"));
    form.put("action", "consent");
    form.put("decision", "approve");
    HttpResponse<String> r = h.postForm("/authorize", form, "Cookie", login.cookie());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Sign in before giving consent");
  }

  @Test
  void denyRedirectsWithAccessDenied() {
    OAuthHarness.Page consent = h.signIn(h.openAuthorize(params("http://127.0.0.1:1/callback")));
    HttpResponse<String> r = h.submit(consent, Map.of("decision", "deny")).response();
    assertRedirectError(r, "access_denied", "denied");
    assertThat(OAuthHarness.redirectParams(r)).containsEntry("state", "st-123");
  }

  @Test
  void signedInBrowserGoesStraightToConsent() {
    OAuthHarness.Page consent = h.signIn(h.openAuthorize(params("http://127.0.0.1:1/callback")));
    HttpResponse<String> again =
        h.get(
            "/authorize?" + FormEncoding.encode(params("http://127.0.0.1:2/callback")),
            "Cookie",
            consent.cookie());
    assertThat(again.body()).contains("Allow access?").doesNotContain("name=\"password\"");
  }

  @Test
  void unknownScopesAreDroppedAndDefaultApplied() {
    Map<String, String> p = params("http://127.0.0.1:1/callback");
    p.put("scope", "openid email offline_access");
    OAuthHarness.Page consent = h.signIn(h.openAuthorize(p));
    assertThat(consent.response().body())
        .contains("<li>mcp:tools</li>")
        .contains("<li>offline_access</li>")
        .doesNotContain("<li>openid</li>");
  }
}
