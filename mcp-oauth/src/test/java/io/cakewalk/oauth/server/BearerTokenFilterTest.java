package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.AuthChallenge;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {

  private final OAuthHarness h =
      OAuthHarness.start(b -> b.resource(URI.create("https://other.example.com/mcp")));
  private final String prmUrl = h.base + "/.well-known/oauth-protected-resource/mcp";

  @AfterEach
  void stop() {
    h.close();
  }

  private static AuthChallenge challenge(HttpResponse<String> r) {
    return AuthChallenge.parseBearer(r.headers().firstValue("WWW-Authenticate").orElseThrow())
        .orElseThrow();
  }

  private String token() {
    return (String) h.publicClientTokens().get("access_token");
  }

  @Test
  void missingTokenIs401WithResourceMetadataAndScopeButNoError() {
    HttpResponse<String> r =
        h.send(
            HttpRequest.newBuilder(h.uri("/mcp")).POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(r.statusCode()).isEqualTo(401);
    AuthChallenge c = challenge(r);
    assertThat(c.resourceMetadata()).hasValue(prmUrl);
    assertThat(c.scope()).hasValue("mcp:tools");
    assertThat(c.error()).isEmpty();
  }

  @Test
  void aLargeRequestWithAnExpiredTokenStillGetsThe401ItNeedsToRefresh() {
    // Beyond the JDK server's own 64 KiB drain, unread input would reset the connection and the
    // client would never learn that it should refresh its token.
    String big = "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> r =
          h.send(
              HttpRequest.newBuilder(h.uri("/mcp"))
                  .header("Authorization", "Bearer expired-or-unknown")
                  .POST(HttpRequest.BodyPublishers.ofString(big)));
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(challenge(r).error()).hasValue("invalid_token");
    }
  }

  @Test
  void unknownTokenIs401InvalidToken() {
    HttpResponse<String> r = h.callMcp("at_forged");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(challenge(r).error()).hasValue("invalid_token");
    assertThat(challenge(r).resourceMetadata()).hasValue(prmUrl);
  }

  @Test
  void malformedTokenIs401InvalidToken() {
    HttpResponse<String> r = h.callMcp("not a token");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(challenge(r).param("error_description")).hasValue("malformed bearer token");
  }

  @Test
  void validTokenPassesWithoutTheAuthorizationHeader() {
    HttpResponse<String> r = h.callMcp(token(), "X-Custom", "kept");
    assertThat(r.statusCode()).isEqualTo(200);
    Map<String, Object> seen = OAuthHarness.json(r);
    assertThat(seen.get("authorization")).isNull();
    assertThat(seen.get("x_custom")).isEqualTo("kept");
    assertThat(seen.get("body")).isEqualTo("{}");
    assertThat(seen.get("subject")).isEqualTo("alice");
    assertThat(seen.get("principal")).isEqualTo("alice");
  }

  @Test
  void tokenForAnotherResourceIs401() {
    String clientId = (String) h.registerPublic().get("client_id");
    Map<String, String> params = h.authParams(clientId, OAuthHarness.LOOPBACK_REDIRECT);
    params.put("resource", "https://other.example.com/mcp");
    String code = h.authorize(params).get("code");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", clientId);
    form.put("code", code);
    form.put("redirect_uri", OAuthHarness.LOOPBACK_REDIRECT);
    form.put("code_verifier", OAuthHarness.VERIFIER);
    String foreign = (String) OAuthHarness.json(h.postForm("/token", form)).get("access_token");
    HttpResponse<String> r = h.callMcp(foreign);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(challenge(r).error()).hasValue("invalid_token");
    assertThat(challenge(r).param("error_description"))
        .hasValue("the access token was issued for another resource");
  }

  @Test
  void tokenInQueryStringIsRefused() {
    String token = token();
    HttpResponse<String> r =
        h.send(
            HttpRequest.newBuilder(h.uri("/mcp?access_token=" + token))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(challenge(r).error()).hasValue("invalid_request");
    HttpResponse<String> both =
        h.send(
            HttpRequest.newBuilder(h.uri("/mcp?access_token=" + token))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(both.statusCode()).isEqualTo(400);
  }

  @Test
  void foreignOriginIsRefusedEvenWithAValidToken() {
    HttpResponse<String> r = h.callMcp(token(), "Origin", "https://evil.example.com");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat((String) OAuthHarness.json(r).get("error_description"))
        .isEqualTo("Origin https://evil.example.com is not allowed");
  }

  @Test
  void ownAndAllowedOriginsPass() {
    String token = token();
    assertThat(h.callMcp(token, "Origin", h.base).statusCode()).isEqualTo(200);
    assertThat(h.callMcp(token, "Origin", "http://localhost:6274").statusCode()).isEqualTo(200);
  }

  @Test
  void insufficientScopeIs403WithRequiredScopes() {
    String clientId = (String) h.registerPublic().get("client_id");
    Map<String, String> params = h.authParams(clientId, OAuthHarness.LOOPBACK_REDIRECT);
    params.put("scope", "mcp:admin");
    String code = h.authorize(params).get("code");
    String token =
        (String)
            OAuthHarness.json(
                    h.exchangePublic(
                        clientId, code, OAuthHarness.LOOPBACK_REDIRECT, OAuthHarness.VERIFIER))
                .get("access_token");
    HttpResponse<String> r = h.callMcp(token);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(challenge(r).error()).hasValue("insufficient_scope");
    assertThat(challenge(r).scope()).hasValue("mcp:tools");
  }

  @Test
  void expiredTokenIs401() {
    String token = token();
    h.clock.advance(Duration.ofHours(1));
    assertThat(h.callMcp(token).statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedAuthorizationHeadersAreRefused() {
    String token = token();
    HttpResponse<String> r =
        h.send(
            HttpRequest.newBuilder(h.uri("/mcp"))
                .header("Authorization", "Bearer " + token)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void basicCredentialsAreAChallengeWithoutError() {
    HttpResponse<String> r =
        h.send(
            HttpRequest.newBuilder(h.uri("/mcp"))
                .header("Authorization", OAuthHarness.basic("a", "b"))
                .GET());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(challenge(r).error()).isEmpty();
    assertThat(List.of(r.headers().allValues("WWW-Authenticate").size())).containsExactly(1);
  }
}
