package io.cakewalk.oauth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.internal.FormEncoding;
import io.cakewalk.oauth.pkce.CodeVerifier;
import io.cakewalk.oauth.registration.ClientAuthMethod;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenMessagesTest {

  @Test
  void authorizationCodeGrantRoundTripsThroughForm() {
    TokenRequest r =
        new TokenRequest.AuthorizationCodeGrant(
            new AuthorizationCode("c0de"),
            URI.create("http://127.0.0.1:5000/callback"),
            CodeVerifier.random(),
            ResourceUri.of("https://mcp.example.com/mcp"));
    Map<String, String> form = FormEncoding.decode(FormEncoding.encode(r.toForm()));
    assertThat(form).containsEntry("grant_type", "authorization_code");
    assertThat(form).containsEntry("resource", "https://mcp.example.com/mcp");
    assertThat(TokenRequest.parse(form)).isEqualTo(r);
  }

  @Test
  void refreshGrantOmitsEmptyScope() {
    TokenRequest r = new TokenRequest.RefreshTokenGrant(new RefreshToken("rt"), Scope.EMPTY, null);
    assertThat(r.toForm()).containsOnlyKeys("grant_type", "refresh_token");
  }

  @Test
  void successParsesLowerCaseBearerAndOptionalMembers() {
    TokenResponse r =
        TokenResponse.parse(
            200,
            """
            {"access_token":"at","token_type":"bearer","expires_in":"3600","extra":1}
            """);
    assertThat(r).isInstanceOf(TokenResponse.Success.class);
    TokenResponse.Success s = (TokenResponse.Success) r;
    assertThat(s.isBearer()).isTrue();
    assertThat(s.expiresIn()).isEqualTo(3600L);
    assertThat(s.refreshToken()).isNull();
    assertThat(s.scope()).isNull();
    assertThat(s.toJson()).doesNotContain("refresh_token");
  }

  @Test
  void successRendersAnEmptyScopeAsEmptyStringAndParsesItBack() {
    TokenResponse.Success s =
        new TokenResponse.Success(new AccessToken("at"), "Bearer", 60L, null, Scope.EMPTY);
    assertThat(s.toJson()).contains("\"scope\":\"\"");
    assertThat(((TokenResponse.Success) TokenResponse.parse(200, s.toJson())).scope())
        .isEqualTo(Scope.EMPTY);
    TokenResponse.Success none =
        new TokenResponse.Success(new AccessToken("at"), "Bearer", 60L, null, null);
    assertThat(none.toJson()).doesNotContain("scope");
  }

  @Test
  void errorBodyAndNonJsonErrorsBecomeErrors() {
    TokenResponse r =
        TokenResponse.parse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"old\"}");
    assertThat(((TokenResponse.Error) r).error().is(OAuthError.INVALID_GRANT)).isTrue();
    TokenResponse html = TokenResponse.parse(502, "<html>bad gateway</html>");
    assertThat(((TokenResponse.Error) html).error().is(OAuthError.SERVER_ERROR)).isTrue();
  }

  @Test
  void basicAuthFormEncodesIdAndSecretAndParsesBack() {
    ClientAuthentication auth =
        new ClientAuthentication(
            ClientAuthMethod.CLIENT_SECRET_BASIC, new ClientId("a:b"), new ClientSecret("s p&"));
    String header = auth.authorizationHeader().orElseThrow();
    assertThat(auth.formParameters()).isEmpty();
    assertThat(ClientAuthentication.parse(header, Map.of())).contains(auth);
  }

  @Test
  void postAndNoneAuthUseTheBody() {
    ClientAuthentication post =
        new ClientAuthentication(
            ClientAuthMethod.CLIENT_SECRET_POST, new ClientId("c"), new ClientSecret("s"));
    assertThat(post.formParameters()).containsEntry("client_secret", "s");
    assertThat(ClientAuthentication.parse(null, post.formParameters())).contains(post);
    ClientAuthentication none =
        new ClientAuthentication(ClientAuthMethod.NONE, new ClientId("c"), null);
    assertThat(none.authorizationHeader()).isEmpty();
    assertThat(none.formParameters()).containsOnlyKeys("client_id");
  }

  @Test
  void tokensNeverPrint() {
    assertThat(new AccessToken("secret-at").toString()).doesNotContain("secret");
    assertThat(new RefreshToken("secret-rt").toString()).doesNotContain("secret");
    assertThat(new ClientSecret("secret-cs").toString()).doesNotContain("secret");
    assertThat(new AccessToken("x"))
        .isEqualTo(new AccessToken("x"))
        .isNotEqualTo(new AccessToken("y"));
  }
}
