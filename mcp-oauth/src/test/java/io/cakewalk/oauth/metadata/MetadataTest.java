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
  void asMetadataCarriesResponseModesAndOpenIdMembers() {
    AuthorizationServerMetadata m =
        AuthorizationServerMetadata.parse(
            """
            {"issuer":"https://as","response_modes_supported":["query"],
             "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
            """);
    assertThat(m.responseModesSupported()).containsExactly("query");
    assertThat(m.subjectTypesSupported()).containsExactly("public");
    assertThat(m.idTokenSigningAlgValuesSupported()).containsExactly("RS256");
    assertThat(AuthorizationServerMetadata.parse(m.toJson())).isEqualTo(m);

    AuthorizationServerMetadata bare =
        AuthorizationServerMetadata.parse("{\"issuer\":\"https://as\"}");
    assertThat(bare.responseModesSupported()).isNull();
    assertThat(bare.subjectTypesSupported()).isNull();
    assertThat(bare.idTokenSigningAlgValuesSupported()).isNull();
    assertThat(bare.toMap()).containsOnlyKeys("issuer");
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
