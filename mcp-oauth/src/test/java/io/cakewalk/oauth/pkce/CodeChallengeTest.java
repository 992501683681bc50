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

  @Test
  void parsesOnlyVerifiersOf43To128UnreservedChars() {
    assertThat(CodeVerifier.parse("a".repeat(42))).isEmpty();
    assertThat(CodeVerifier.parse("a".repeat(129))).isEmpty();
    assertThat(CodeVerifier.parse("a".repeat(42) + "+")).isEmpty();
    assertThat(CodeVerifier.parse(null)).isEmpty();
    assertThat(CodeVerifier.parse("a".repeat(43))).hasValue(new CodeVerifier("a".repeat(43)));
  }

  @Test
  void parsesOnlyS256ChallengesOf43Base64urlChars() {
    assertThat(CodeChallenge.parseS256("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).isPresent();
    assertThat(CodeChallenge.parseS256("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-c")).isEmpty();
    assertThat(CodeChallenge.parseS256("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM")).isEmpty();
    assertThat(CodeChallenge.parseS256(null)).isEmpty();
  }

  @Test
  void plainChallengeEqualToVerifierDoesNotVerifyUnderS256() {
    CodeVerifier verifier = new CodeVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    assertThat(new CodeChallenge(verifier.value()).verify(CodeChallengeMethod.S256, verifier))
        .isFalse();
  }
}
