package io.cakewalk.cli.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.LoopbackServer;
import io.cakewalk.cli.LoopbackServer.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

  private LoopbackServer server;
  private URI mcp;

  @BeforeEach
  void start() {
    server = new LoopbackServer();
    mcp = server.url("/mcp");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ProbeReport probe() {
    return new ReadinessProbe(Duration.ofSeconds(10)).probe(mcp, Map.of());
  }

  private static Check.Status status(ProbeReport report, String name) {
    return report.checks().stream()
        .filter(c -> c.name().equals(name))
        .map(Check::status)
        .reduce((a, b) -> rank(a) >= rank(b) ? a : b)
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + report.checks()));
  }

  /** The worst outcome wins when a check ran at several locations. */
  private static int rank(Check.Status s) {
    return switch (s) {
      case SKIP -> 0;
      case PASS -> 1;
      case WARN -> 2;
      case FAIL -> 3;
    };
  }

  private void oauthServer(String asMetadata) {
    String prm =
        "{\"resource\":\"" + mcp + "\",\"authorization_servers\":[\"" + server.url("") + "\"]}";
    server
        .on(
            "/mcp",
            new Reply(
                401,
                "application/json",
                "",
                Map.of(
                    "WWW-Authenticate",
                    "Bearer resource_metadata=\""
                        + server.url("/.well-known/oauth-protected-resource/mcp")
                        + "\"")))
        .on("/.well-known/oauth-protected-resource/mcp", Reply.json(prm))
        .on("/.well-known/oauth-protected-resource", Reply.json(prm))
        .on("/.well-known/oauth-authorization-server", Reply.json(asMetadata))
        .on("/.well-known/openid-configuration", Reply.json(asMetadata));
  }

  private String asMetadata(String extra) {
    return "{\"issuer\":\""
        + server.url("")
        + "\",\"authorization_endpoint\":\""
        + server.url("/authorize")
        + "\",\"token_endpoint\":\""
        + server.url("/token")
        + "\""
        + extra
        + "}";
  }

  @Test
  void oauthServerThatDoesEverythingRightIsReady() {
    oauthServer(
        asMetadata(
            ",\"registration_endpoint\":\""
                + server.url("/register")
                + "\","
                + "\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]"));
    ProbeReport report = probe();
    assertThat(report.ready()).as(report.checks().toString()).isTrue();
    assertThat(report.auth()).isEqualTo("oauth");
    assertThat(status(report, "401 challenge")).isEqualTo(Check.Status.PASS);
    assertThat(status(report, "registration")).isEqualTo(Check.Status.PASS);
    assertThat(status(report, "pkce")).isEqualTo(Check.Status.PASS);
    assertThat(status(report, "https")).isEqualTo(Check.Status.WARN);
  }

  @Test
  void missingRegistrationAndS256FailWithFixes() {
    oauthServer(asMetadata(",\"code_challenge_methods_supported\":[\"plain\"]"));
    ProbeReport report = probe();
    assertThat(report.ready()).isFalse();
    assertThat(report.failures()).isEqualTo(2);
    assertThat(report.checks())
        .filteredOn(c -> c.status() == Check.Status.FAIL)
        .allSatisfy(c -> assertThat(c.fix()).isNotBlank())
        .extracting(Check::name)
        .containsExactly("registration", "pkce");
  }

  @Test
  void unauthorizedWithoutChallengeNamesTheManualOAuthFix() {
    server.on("/mcp", new Reply(401, "text/plain", "no", Map.of()));
    ProbeReport report = probe();
    assertThat(status(report, "401 challenge")).isEqualTo(Check.Status.FAIL);
    assertThat(report.checks())
        .filteredOn(c -> c.name().equals("401 challenge"))
        .first()
        .satisfies(c -> assertThat(c.fix()).contains("OAuth 2.1 manually"));
    assertThat(status(report, "resource metadata")).isEqualTo(Check.Status.FAIL);
  }

  @Test
  void openServerAnsweringInitializeNeedsNoAuthentication() {
    server.on(
        "/mcp",
        new Reply(
            200,
            "text/event-stream",
            "data:\n\nevent: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":"
                + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"serverInfo\":{\"name\":\"demo\",\"version\":\"1\"}}}\n\n",
            Map.of("Mcp-Session-Id", "abc")));
    ProbeReport report = probe();
    assertThat(report.ready()).as(report.checks().toString()).isTrue();
    assertThat(report.auth()).isEqualTo("none");
    assertThat(report.protocolVersion()).isEqualTo("2025-11-25");
    assertThat(status(report, "session")).isEqualTo(Check.Status.PASS);
  }

  @Test
  void htmlPageIsNotMcp() {
    server.on("/mcp", new Reply(200, "text/html", "<html>login</html>", Map.of()));
    ProbeReport report = probe();
    assertThat(status(report, "reachable")).isEqualTo(Check.Status.FAIL);
    assertThat(report.checks().get(1).detail()).contains("HTML");
  }

  @Test
  void wrongPathSaysToUseTheEndpoint() {
    ProbeReport report = probe(); // nothing mounted: 404
    assertThat(status(report, "reachable")).isEqualTo(Check.Status.FAIL);
    assertThat(report.checks().get(1).fix()).contains("/mcp");
  }

  @Test
  void closedPortIsUnreachable() {
    server.close();
    ProbeReport report = probe();
    assertThat(status(report, "reachable")).isEqualTo(Check.Status.FAIL);
    assertThat(report.auth()).isEqualTo("unknown");
  }

  @Test
  void unresolvableHostSaysTheNameDidNotResolve() {
    ProbeReport report =
        new ReadinessProbe(Duration.ofSeconds(10))
            .probe(java.net.URI.create("https://nosuch.invalid/mcp"), Map.of());
    assertThat(status(report, "reachable")).isEqualTo(Check.Status.FAIL);
    assertThat(report.checks().get(1).detail()).contains("host name could not be resolved");
  }
}
