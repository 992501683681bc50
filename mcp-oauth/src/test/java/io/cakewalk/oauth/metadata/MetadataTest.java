package io.cakewalk.oauth.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetadataTest {

  @Test
  void asMetadataToleratesUnknownAndMissingMembers() {
    AuthorizationServerMetadata m =
        AuthorizationServerMetadata.parse(
            """
            {"issuer":"https://as","authorization_endpoint":"https://as/auth","whatever":{"a":1}}
            """);
    assertThat(m.tokenEndpoint()).isNull();
    assertThat(m.supportsS256()).isFalse();
    assertThat(m.tokenEndpointAuthMethods()).containsExactly("client_secret_basic");
    assertThat(m.toJson()).doesNotContain("token_endpoint").doesNotContain("whatever");
  }

  @Test
  void asMetadataRoundTrips() {
    AuthorizationServerMetadata m =
        AuthorizationServerMetadata.parse(
            """
            {"issuer":"https://as/t1","authorization_endpoint":"https://as/a","token_endpoint":"https://as/t",
             "code_challenge_methods_supported":["S256"],"response_types_supported":["code"],
             "authorization_response_iss_parameter_supported":true}
            """);
    assertThat(AuthorizationServerMetadata.parse(m.toJson())).isEqualTo(m);
    assertThat(m.issParameterRequired()).isTrue();
  }

  @Test
  void asMetadataWithoutIssuerIsRejected() {
    assertThatThrownBy(() -> AuthorizationServerMetadata.parse("{\"token_endpoint\":\"x\"}"))
        .hasMessageContaining("issuer");
  }

  @Test
  void prmRoundTripsAndRejectsWrongTypes() {
    ProtectedResourceMetadata p =
        ProtectedResourceMetadata.parse(
            """
            {"resource":"https://rs/mcp","authorization_servers":["https://as"],"scopes_supported":["a"]}
            """);
    assertThat(ProtectedResourceMetadata.parse(p.toJson())).isEqualTo(p);
    assertThatThrownBy(
            () ->
                ProtectedResourceMetadata.parse(
                    "{\"resource\":\"r\",\"authorization_servers\":\"https://as\"}"))
        .hasMessageContaining("authorization_servers");
  }
}
