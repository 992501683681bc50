package io.cakewalk.oauth.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeChallengeTest {

  @Test
  void matchesRfc7636AppendixAVector() {
    CodeVerifier verifier = new CodeVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    CodeChallenge challenge = CodeChallenge.compute(CodeChallengeMethod.S256, verifier);
    assertThat(challenge.value()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(challenge.verify(CodeChallengeMethod.S256, verifier)).isTrue();
  }

  @Test
  void randomVerifierIs43UnreservedCharsAndDiffersEachTime() {
    CodeVerifier a = CodeVerifier.random();
    assertThat(a.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(CodeVerifier.random()).isNotEqualTo(a);
  }

  @Test
  void rejectsVerifierShorterThan43Chars() {
    assertThatThrownBy(() -> new CodeVerifier("a".repeat(42)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsVerifierWithReservedChars() {
    assertThatThrownBy(() -> new CodeVerifier("a".repeat(42) + "+"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verifierNeverPrints() {
    CodeVerifier v = new CodeVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    assertThat(v.toString()).doesNotContain("dBjft");
  }

  @Test
  void wrongVerifierFailsVerification() {
    CodeChallenge c = CodeChallenge.compute(CodeChallengeMethod.S256, CodeVerifier.random());
    assertThat(c.verify(CodeChallengeMethod.S256, CodeVerifier.random())).isFalse();
  }
}
