package io.cakewalk.oauth.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ClientInformationTest {

  @Test
  void nativeClientMetadataCarriesApplicationTypeAndLoopbackRedirect() {
    ClientMetadata m =
        ClientMetadata.nativeClient(
            "Cakewalk", URI.create("http://127.0.0.1:5000/callback"), ClientAuthMethod.NONE);
    assertThat(m.toJson())
        .contains("\"application_type\":\"native\"")
        .contains("\"redirect_uris\":[\"http://127.0.0.1:5000/callback\"]")
        .contains("\"token_endpoint_auth_method\":\"none\"");
  }

  @Test
  void nativeClientWithoutNameOrRedirectLeavesThemAbsent() {
    ClientMetadata m = ClientMetadata.nativeClient(null, null, ClientAuthMethod.NONE);
    assertThat(m.redirectUris()).isNull();
    assertThat(m.toMap())
        .containsOnlyKeys(
            "grant_types", "response_types", "token_endpoint_auth_method", "application_type");
  }

  @Test
  void registrationResponseRoundTripsAndHidesSecret() {
    ClientInformation c =
        ClientInformation.parse(
            """
            {"client_id":"c1","client_secret":"s3cr3t","client_secret_expires_at":0,
             "token_endpoint_auth_method":"client_secret_post","redirect_uris":["http://127.0.0.1/cb"]}
            """);
    assertThat(c.authMethod()).isEqualTo(ClientAuthMethod.CLIENT_SECRET_POST);
    assertThat(c.secretExpired(Long.MAX_VALUE)).isFalse();
    assertThat(c.toString()).doesNotContain("s3cr3t");
    assertThat(ClientInformation.parse(c.toJson())).isEqualTo(c);
  }

  @Test
  void missingAuthMethodDefaultsBySecretPresence() {
    assertThat(ClientInformation.parse("{\"client_id\":\"c\"}").authMethod())
        .isEqualTo(ClientAuthMethod.NONE);
    assertThat(
            ClientInformation.parse("{\"client_id\":\"c\",\"client_secret\":\"s\"}").authMethod())
        .isEqualTo(ClientAuthMethod.CLIENT_SECRET_BASIC);
  }
}
