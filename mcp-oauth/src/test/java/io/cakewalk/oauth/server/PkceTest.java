package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

  @Test
  void matchesRfc7636AppendixB() {
    assertThat(Pkce.s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(Pkce.verify(OAuthHarness.VERIFIER, OAuthHarness.CHALLENGE)).isTrue();
  }

  @Test
  void rejectsVerifierShorterThan43CharsOrWithForbiddenCharacters() {
    assertThat(Pkce.isVerifier("a".repeat(42))).isFalse();
    assertThat(Pkce.isVerifier("a".repeat(129))).isFalse();
    assertThat(Pkce.isVerifier("a".repeat(42) + "+")).isFalse();
    assertThat(Pkce.isVerifier("a".repeat(43))).isTrue();
  }

  @Test
  void plainChallengeEqualToVerifierDoesNotVerify() {
    assertThat(Pkce.verify(OAuthHarness.VERIFIER, OAuthHarness.VERIFIER)).isFalse();
  }
}
