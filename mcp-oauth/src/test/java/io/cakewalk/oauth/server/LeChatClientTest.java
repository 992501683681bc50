package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plays Mistral Le Chat as the community observes it: confidential dynamic registration with {@code
 * client_secret_basic}, the hosted callback URL, PKCE on top of the secret, and refresh.
 */
class LeChatClientTest {

  private static final String CALLBACK =
      "https://callback.mistral.ai/v1/integrations_auth/oauth2_callback";

  private final OAuthHarness h = OAuthHarness.start();

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void registersAuthorizesAndRefreshesLikeLeChat() {
    // Discovery through the OpenID configuration, as Le Chat's auto-detection does.
    Map<String, Object> oidc = OAuthHarness.json(h.get("/.well-known/openid-configuration"));
    assertThat(oidc.get("token_endpoint_auth_methods_supported").toString())
        .contains("client_secret_basic");

    Map<String, Object> registered =
        h.register(
            """
            {"client_name":"Le Chat","redirect_uris":["%s"],
             "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
             "token_endpoint_auth_method":"client_secret_basic"}"""
                .formatted(CALLBACK));
    String id = (String) registered.get("client_id");
    String secret = (String) registered.get("client_secret");
    assertThat(secret).isNotBlank();
    assertThat(registered.get("client_secret_expires_at")).isEqualTo(0);
    assertThat(registered.get("token_endpoint_auth_method")).isEqualTo("client_secret_basic");

    Map<String, String> params = h.authParams(id, CALLBACK);
    params.remove("scope");
    Map<String, String> callback = h.authorize(params);
    assertThat(callback.get("iss")).isEqualTo(h.base);

    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", callback.get("code"));
    form.put("redirect_uri", CALLBACK);
    form.put("code_verifier", OAuthHarness.VERIFIER);
    HttpResponse<String> tokenResponse =
        h.postForm("/token", form, "Authorization", OAuthHarness.basic(id, secret));
    assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
    Map<String, Object> tokens = OAuthHarness.json(tokenResponse);
    assertThat(tokens.get("scope")).isEqualTo("mcp:tools");
    assertThat(h.callMcp((String) tokens.get("access_token")).statusCode()).isEqualTo(200);

    Map<String, String> refresh = new LinkedHashMap<>();
    refresh.put("grant_type", "refresh_token");
    refresh.put("refresh_token", (String) tokens.get("refresh_token"));
    HttpResponse<String> refreshed =
        h.postForm("/token", refresh, "Authorization", OAuthHarness.basic(id, secret));
    assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
    Map<String, Object> next = OAuthHarness.json(refreshed);
    assertThat(next.get("refresh_token")).isNotEqualTo(tokens.get("refresh_token"));
    assertThat(h.callMcp((String) next.get("access_token")).statusCode()).isEqualTo(200);
  }
}
