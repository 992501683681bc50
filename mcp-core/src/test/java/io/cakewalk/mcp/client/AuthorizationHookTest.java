package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.mcp.McpAuthorizationException;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.ProtocolMode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The credential hook: Authorization header, challenge parsing, one retry, then failure. */
class AuthorizationHookTest {

  private static final String CHALLENGE =
      "Bearer error=\"invalid_token\", resource_metadata=\"http://127.0.0.1/.well-known/prm\"";

  /** Accepts only {@code Bearer good}; everything else gets a 401 challenge. */
  private static FakeServer guarded() throws IOException {
    return FakeServer.start(
        (x, s) -> {
          if (!"Bearer good".equals(s.header("Authorization"))) {
            x.getResponseHeaders().add("WWW-Authenticate", CHALLENGE);
            FakeServer.send(x, 401, null, "");
            return;
          }
          Map<String, Object> m = s.json();
          if (!m.containsKey("id")) {
            FakeServer.send(x, 202, null, "");
          } else if ("initialize".equals(m.get("method"))) {
            FakeServer.json(
                x,
                200,
                FakeServer.response(m.get("id"), FakeServer.initializeResult("2025-11-25")));
          } else {
            FakeServer.json(x, 200, FakeServer.response(m.get("id"), Map.of("tools", List.of())));
          }
        });
  }

  /** A hook that starts with a bad token and switches to the good one when challenged. */
  private static final class Refreshing implements McpAuthorization {
    final List<AuthChallenge> challenges = new CopyOnWriteArrayList<>();
    final boolean refresh;
    volatile String token = "bad";

    Refreshing(boolean refresh) {
      this.refresh = refresh;
    }

    @Override
    public Optional<String> authorization(URI resource) {
      return Optional.of("Bearer " + token);
    }

    @Override
    public boolean onChallenge(URI resource, int status, AuthChallenge challenge) {
      challenges.add(challenge);
      if (refresh) {
        token = "good";
      }
      return refresh;
    }
  }

  @Test
  void retriesOnceWithFreshCredentials() throws IOException {
    Refreshing hook = new Refreshing(true);
    try (FakeServer server = guarded();
        McpClient client = McpClient.builder(server.uri()).authorization(hook).build()) {
      assertThat(client.listTools()).isEmpty();
      assertThat(hook.challenges).hasSize(1);
      assertThat(hook.challenges.get(0).resourceMetadata())
          .contains("http://127.0.0.1/.well-known/prm");
      assertThat(hook.challenges.get(0).error()).contains("invalid_token");
    }
  }

  @Test
  void failsWithTheChallengeWhenTheHookGivesUp() throws IOException {
    Refreshing hook = new Refreshing(false);
    try (FakeServer server = guarded();
        McpClient client = McpClient.builder(server.uri()).authorization(hook).build()) {
      McpAuthorizationException e =
          catchThrowableOfType(McpAuthorizationException.class, client::connect);
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.challenge()).isPresent();
      assertThat(e.getMessage()).contains("HTTP 401").doesNotContain("bad").doesNotContain("\n");
      assertThat(server.seen).hasSize(1);
    }
  }

  @Test
  void authorizationFailureIsNotEraEvidence() throws IOException {
    try (FakeServer server = guarded();
        McpClient client = McpClient.builder(server.uri()).protocol(ProtocolMode.auto()).build()) {
      catchThrowableOfType(McpAuthorizationException.class, client::connect);
      assertThat(server.calls("initialize")).isEmpty();
      assertThat(server.seen).noneMatch(s -> s.method().equals("GET"));
    }
  }

  @Test
  void sendsStaticHeadersAndTheStaticToken() throws IOException {
    try (FakeServer server = guarded();
        McpClient client =
            McpClient.builder(server.uri())
                .header("X-Api-Key", "k1")
                .authorization(McpAuthorization.bearer("good"))
                .build()) {
      client.connect();
      assertThat(server.seen).allMatch(s -> "k1".equals(s.header("X-Api-Key")));
    }
  }
}
