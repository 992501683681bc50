package io.cakewalk.cli.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorTest {

  private static final URI URL = URI.create("https://example.com/mcp");

  @Test
  void acceptsVariableReferencesForCredentialHeaders() {
    Connector c =
        new Connector(
            "ok", URL, null, null, List.of("Authorization: Bearer ${T}", "X-Team: blue"), null);
    assertThat(c.auth()).isEqualTo(AuthMethod.NONE);
    assertThat(c.headers()).hasSize(2);
  }

  @Test
  void refusesRawCredentialsWithoutEchoingThem() {
    for (String header : List.of("X-Api-Key: abc", "Cookie: s=1", "Authorization: Basic Zm9v")) {
      assertThatThrownBy(() -> new Connector("c", URL, null, null, List.of(header), null))
          .hasMessageContaining("${VAR}")
          .hasMessageNotContaining(header.substring(header.indexOf(':') + 2));
    }
  }

  @Test
  void bearerNeedsAVariableName() {
    assertThatThrownBy(() -> new Connector("c", URL, AuthMethod.BEARER, null, null, null))
        .hasMessageContaining("--token-env");
    assertThatThrownBy(() -> new Connector("c", URL, AuthMethod.BEARER, "not a var", null, null))
        .hasMessageContaining("not an environment variable name");
  }

  @Test
  void namesFollowLeChatsRule() {
    assertThat(ConnectorName.isValid("a_b-9")).isTrue();
    assertThat(ConnectorName.isValid("a b")).isFalse();
    assertThat(ConnectorName.isValid("x".repeat(65))).isFalse();
    assertThatThrownBy(() -> new Connector("c", URI.create("ftp://x/mcp"), null, null, null, null))
        .hasMessageContaining("http(s)");
  }
}
