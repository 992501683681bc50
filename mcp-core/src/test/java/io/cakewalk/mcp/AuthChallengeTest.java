package io.cakewalk.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthChallengeTest {

  @Test
  void parsesBearerWithQuotedParameters() {
    AuthChallenge c =
        AuthChallenge.parseBearer(
                "Bearer error=\"invalid_token\", error_description=\"Missing header\", "
                    + "resource_metadata=\"http://localhost:3000/.well-known/oauth-protected-resource/mcp\"")
            .orElseThrow();

    assertThat(c.error()).contains("invalid_token");
    assertThat(c.param("ERROR_DESCRIPTION")).contains("Missing header");
    assertThat(c.resourceMetadata())
        .contains("http://localhost:3000/.well-known/oauth-protected-resource/mcp");
    assertThat(c.scope()).isEmpty();
  }

  @Test
  void unescapesQuotedPairsAndKeepsSpacesInScope() {
    AuthChallenge c =
        AuthChallenge.parseBearer("bearer scope=\"mcp:tools mcp:write\", realm=\"a \\\"b\\\"\"")
            .orElseThrow();

    assertThat(c.scope()).contains("mcp:tools mcp:write");
    assertThat(c.param("realm")).contains("a \"b\"");
  }

  @Test
  void findsBearerAmongSeveralChallenges() {
    AuthChallenge c =
        AuthChallenge.parseBearer("Basic realm=\"x\", Negotiate abc==, Bearer scope=\"s\"")
            .orElseThrow();

    assertThat(c.scheme()).isEqualTo("Bearer");
    assertThat(c.params()).containsExactly(Map.entry("scope", "s"));
    assertThat(AuthChallenge.parseAll("Basic realm=\"x\", Negotiate abc==, Bearer scope=\"s\""))
        .extracting(AuthChallenge::scheme)
        .containsExactly("Basic", "Negotiate", "Bearer");
  }

  @Test
  void toleratesUnquotedUrlValues() {
    AuthChallenge c =
        AuthChallenge.parseBearer(
                "Bearer resource_metadata=https://rs.example/.well-known/x, scope=a")
            .orElseThrow();

    assertThat(c.resourceMetadata()).contains("https://rs.example/.well-known/x");
    assertThat(c.scope()).contains("a");
  }

  @Test
  void emptyOrMalformedHeadersYieldNoBearer() {
    assertThat(AuthChallenge.parseBearer(null)).isEmpty();
    assertThat(AuthChallenge.parseBearer("")).isEmpty();
    assertThat(AuthChallenge.parseBearer("Basic realm=\"x\"")).isEmpty();
    assertThat(AuthChallenge.parseBearer("Bearer scope=\"unterminated"))
        .get()
        .extracting(AuthChallenge::scope)
        .isEqualTo(java.util.Optional.of("unterminated"));
  }

  @Test
  void renderRoundTrips() {
    AuthChallenge original =
        new AuthChallenge(
            "Bearer",
            new java.util.LinkedHashMap<>(
                Map.of("error", "insufficient_scope", "scope", "a \"quoted\" b")));

    assertThat(AuthChallenge.parseBearer(original.render())).contains(original);
  }
}
