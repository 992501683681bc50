package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {

  private static final String REDIRECT = "http://127.0.0.1:5555/callback";

  private final OAuthHarness h = OAuthHarness.start();
  private final String clientId = (String) h.registerPublic().get("client_id");

  @AfterEach
  void stop() {
    h.close();
  }

  private String code() {
    return h.authorize(h.authParams(clientId, REDIRECT)).get("code");
  }

  private static void assertRefused(
      HttpResponse<String> r, int status, String error, String description) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    Map<String, Object> body = OAuthHarness.json(r);
    assertThat(body.get("error")).isEqualTo(error);
    assertThat((String) body.get("error_description")).contains(description);
  }

  private Map<String, String> refreshForm(String refreshToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("client_id", clientId);
    form.put("refresh_token", refreshToken);
    return form;
  }

  @Test
  void codeExchangeReturnsNoStoreBearerTokens() {
    HttpResponse<String> r = h.exchangePublic(clientId, code(), REDIRECT, OAuthHarness.VERIFIER);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.headers().firstValue("Pragma")).hasValue("no-cache");
    Map<String, Object> t = OAuthHarness.json(r);
    assertThat(t.get("token_type")).isEqualTo("Bearer");
    assertThat(t.get("expires_in")).isEqualTo(3600);
    assertThat(t.get("scope")).isEqualTo("mcp:tools");
    assertThat((String) t.get("access_token")).startsWith("at_");
    assertThat((String) t.get("refresh_token")).startsWith("rt_");
  }

  @Test
  void wrongVerifierIsInvalidGrant() {
    assertRefused(
        h.exchangePublic(clientId, code(), REDIRECT, "x".repeat(43)),
        400,
        "invalid_grant",
        "code_verifier does not match");
  }

  @Test
  void missingVerifierIsInvalidRequest() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", clientId);
    form.put("code", code());
    form.put("redirect_uri", REDIRECT);
    assertRefused(h.postForm("/token", form), 400, "invalid_request", "missing code_verifier");
  }

  @Test
  void codeReplayIsRefusedAndRevokesTokensIssuedFromIt() {
    String code = code();
    Map<String, Object> first =
        OAuthHarness.json(h.exchangePublic(clientId, code, REDIRECT, OAuthHarness.VERIFIER));
    String access = (String) first.get("access_token");
    assertThat(h.callMcp(access).statusCode()).isEqualTo(200);
    assertRefused(
        h.exchangePublic(clientId, code, REDIRECT, OAuthHarness.VERIFIER),
        400,
        "invalid_grant",
        "already used");
    assertThat(h.callMcp(access).statusCode()).isEqualTo(401);
    assertRefused(
        h.postForm("/token", refreshForm((String) first.get("refresh_token"))),
        400,
        "invalid_grant",
        "");
  }

  @Test
  void codeUsedByAnotherClientIsRefused() {
    String code = code();
    String other = (String) h.registerPublic().get("client_id");
    assertRefused(
        h.exchangePublic(other, code, REDIRECT, OAuthHarness.VERIFIER),
        400,
        "invalid_grant",
        "issued to another client");
  }

  @Test
  void expiredCodeIsRefused() {
    String code = code();
    h.clock.advance(Duration.ofSeconds(61));
    assertRefused(
        h.exchangePublic(clientId, code, REDIRECT, OAuthHarness.VERIFIER),
        400,
        "invalid_grant",
        "expired");
  }

  @Test
  void redirectUriMustRepeatTheAuthorizationRequest() {
    assertRefused(
        h.exchangePublic(clientId, code(), "http://127.0.0.1:5556/callback", OAuthHarness.VERIFIER),
        400,
        "invalid_grant",
        "redirect_uri differs");
  }

  @Test
  void resourceMustMatchTheAuthorizedOne() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", clientId);
    form.put("code", code());
    form.put("redirect_uri", REDIRECT);
    form.put("code_verifier", OAuthHarness.VERIFIER);
    form.put("resource", "https://other.example.com/mcp");
    assertRefused(h.postForm("/token", form), 400, "invalid_target", "resource differs");
  }

  @Test
  void refreshRotatesAndReuseRevokesTheWholeFamily() {
    Map<String, Object> first = h.publicClientTokens();
    String cid = (String) first.get("client_id");
    String oldRefresh = (String) first.get("refresh_token");
    Map<String, String> form = refreshForm(oldRefresh);
    form.put("client_id", cid);
    HttpResponse<String> rotated = h.postForm("/token", form);
    assertThat(rotated.statusCode()).isEqualTo(200);
    Map<String, Object> second = OAuthHarness.json(rotated);
    assertThat(second.get("refresh_token")).isNotEqualTo(oldRefresh);
    String newAccess = (String) second.get("access_token");
    assertThat(h.callMcp(newAccess).statusCode()).isEqualTo(200);

    assertRefused(h.postForm("/token", form), 400, "invalid_grant", "already used");
    assertThat(h.callMcp(newAccess).statusCode()).isEqualTo(401);
    assertThat(h.callMcp((String) first.get("access_token")).statusCode()).isEqualTo(401);
    Map<String, String> newer = refreshForm((String) second.get("refresh_token"));
    newer.put("client_id", cid);
    assertRefused(h.postForm("/token", newer), 400, "invalid_grant", "expired or revoked");
  }

  @Test
  void refreshCannotWidenScopeOrChangeResource() {
    Map<String, Object> t = h.publicClientTokens();
    Map<String, String> form = refreshForm((String) t.get("refresh_token"));
    form.put("client_id", (String) t.get("client_id"));
    form.put("scope", "mcp:tools mcp:admin");
    assertRefused(h.postForm("/token", form), 400, "invalid_scope", "exceeds");
  }

  @Test
  void refreshTokenOfAnotherClientIsRefused() {
    Map<String, Object> t = h.publicClientTokens();
    assertRefused(
        h.postForm("/token", refreshForm((String) t.get("refresh_token"))),
        400,
        "invalid_grant",
        "issued to another client");
  }

  @Test
  void unsupportedGrantType() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    assertRefused(h.postForm("/token", form), 400, "unsupported_grant_type", "password");
  }

  @Test
  void malformedFormEncodingIsInvalidRequest() {
    assertRefused(
        h.postForm("/token", "grant_type=authorization_code&client_id=%zz"),
        400,
        "invalid_request",
        "malformed percent-encoding");
  }

  @Test
  void repeatedParameterIsInvalidRequest() {
    assertRefused(
        h.postForm(
            "/token", "grant_type=authorization_code&client_id=" + clientId + "&code=a&code=b"),
        400,
        "invalid_request",
        "code is repeated");
  }

  @Test
  void jsonBodyIsRefused() {
    HttpResponse<String> r =
        h.send(
            HttpRequest.newBuilder(h.uri("/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"grant_type\":\"authorization_code\"}")));
    assertRefused(r, 400, "invalid_request", "application/x-www-form-urlencoded");
  }

  @Test
  void oversizedBodyIsRefusedWith413() {
    assertRefused(
        h.postForm("/token", "grant_type=" + "a".repeat(17_000)),
        413,
        "invalid_request",
        "larger than");
  }

  @Test
  void parametersInTheUrlAreRefused() {
    assertRefused(
        h.postForm("/token?code=abc", "grant_type=authorization_code&client_id=" + clientId),
        400,
        "invalid_request",
        "not the URL");
  }

  @Test
  void getIsMethodNotAllowed() {
    assertThat(h.get("/token").statusCode()).isEqualTo(405);
  }
}
