package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RevocationTest {

  private final OAuthHarness h = OAuthHarness.start();

  @AfterEach
  void stop() {
    h.close();
  }

  private Map<String, String> revoke(String clientId, String token) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", clientId);
    form.put("token", token);
    return form;
  }

  @Test
  void revokedAccessTokenStopsWorking() {
    Map<String, Object> t = h.publicClientTokens();
    String access = (String) t.get("access_token");
    assertThat(h.postForm("/revoke", revoke((String) t.get("client_id"), access)).statusCode())
        .isEqualTo(200);
    assertThat(h.callMcp(access).statusCode()).isEqualTo(401);
  }

  @Test
  void revokingRefreshTokenRevokesTheGrant() {
    Map<String, Object> t = h.publicClientTokens();
    assertThat(
            h.postForm(
                    "/revoke", revoke((String) t.get("client_id"), (String) t.get("refresh_token")))
                .statusCode())
        .isEqualTo(200);
    assertThat(h.callMcp((String) t.get("access_token")).statusCode()).isEqualTo(401);
  }

  @Test
  void unknownTokenAnswers200AndOtherClientsTokensSurvive() {
    Map<String, Object> t = h.publicClientTokens();
    String other = (String) h.registerPublic().get("client_id");
    assertThat(h.postForm("/revoke", revoke(other, "at_unknown")).statusCode()).isEqualTo(200);
    assertThat(h.postForm("/revoke", revoke(other, (String) t.get("access_token"))).statusCode())
        .isEqualTo(200);
    assertThat(h.callMcp((String) t.get("access_token")).statusCode()).isEqualTo(200);
  }

  @Test
  void missingTokenIsInvalidRequest() {
    String clientId = (String) h.registerPublic().get("client_id");
    var r = h.postForm("/revoke", Map.of("client_id", clientId));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(OAuthHarness.json(r).get("error")).isEqualTo("invalid_request");
  }
}
