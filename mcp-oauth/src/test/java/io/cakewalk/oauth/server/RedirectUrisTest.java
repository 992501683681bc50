package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectUrisTest {

  @Test
  void acceptsHttpsAndLoopbackHttp() {
    assertThat(
            RedirectUris.problem(
                "https://callback.mistral.ai/v1/integrations_auth/oauth2_callback"))
        .isEmpty();
    assertThat(RedirectUris.problem("http://127.0.0.1/callback")).isEmpty();
    assertThat(RedirectUris.problem("http://[::1]:8080/callback")).isEmpty();
    assertThat(RedirectUris.problem("http://localhost:3000/oauth/callback")).isEmpty();
  }

  @Test
  void refusesOtherSchemesAndRelativeUris() {
    assertThat(RedirectUris.problem("http://example.com/cb")).isPresent();
    assertThat(RedirectUris.problem("javascript:alert(1)")).isPresent();
    assertThat(RedirectUris.problem("/callback")).isPresent();
    assertThat(RedirectUris.problem("http://127.0.0.1.nip.io/cb")).isPresent();
  }

  @Test
  void loopbackMatchesAnyPortButNothingElse() {
    assertThat(RedirectUris.matches("http://127.0.0.1/callback", "http://127.0.0.1:61000/callback"))
        .isTrue();
    assertThat(RedirectUris.matches("http://[::1]/cb", "http://[::1]:5/cb")).isTrue();
    assertThat(RedirectUris.matches("http://127.0.0.1/callback", "http://localhost:61000/callback"))
        .isFalse();
    assertThat(RedirectUris.matches("http://127.0.0.1/callback", "http://127.0.0.1:1/callback#x"))
        .isFalse();
    assertThat(RedirectUris.matches("https://a.example/cb", "https://a.example:443/cb")).isFalse();
  }
}
