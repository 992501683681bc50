package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static Settings settings(String issuer, String resource) {
    return new Settings(
        issuer,
        List.of("mcp"),
        List.of("mcp"),
        List.of(resource),
        false,
        Duration.ofMinutes(1),
        Duration.ofHours(1),
        Duration.ofDays(1),
        10,
        Clock.systemUTC());
  }

  @Test
  void loopbackIssuerTreatsLocalhostSpellingsOfTheSamePortAndPathAsOneResource() {
    Settings s = settings("http://127.0.0.1:8787", "http://127.0.0.1:8787/mcp");
    assertThat(s.protectedResource("http://localhost:8787/mcp"))
        .isEqualTo("http://127.0.0.1:8787/mcp");
    assertThat(s.protectedResource("http://[::1]:8787/mcp")).isEqualTo("http://127.0.0.1:8787/mcp");
    assertThat(s.sameResource("http://localhost:8787/mcp", "http://127.0.0.1:8787/mcp")).isTrue();
  }

  @Test
  void loopbackIssuerStillRefusesAnotherPortPathOrScheme() {
    Settings s = settings("http://127.0.0.1:8787", "http://127.0.0.1:8787/mcp");
    assertThat(s.protectedResource("http://localhost:8788/mcp")).isNull();
    assertThat(s.protectedResource("http://localhost:8787/other")).isNull();
    assertThat(s.protectedResource("https://localhost:8787/mcp")).isNull();
    assertThat(s.protectedResource("http://localhost.example.com:8787/mcp")).isNull();
  }

  @Test
  void nonLoopbackIssuerMatchesResourcesExactly() {
    Settings s = settings("https://mcp.example.com", "http://127.0.0.1:8787/mcp");
    assertThat(s.protectedResource("http://127.0.0.1:8787/mcp"))
        .isEqualTo("http://127.0.0.1:8787/mcp");
    assertThat(s.protectedResource("http://localhost:8787/mcp")).isNull();
  }
}
