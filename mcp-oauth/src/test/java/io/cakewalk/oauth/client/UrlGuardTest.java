package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.ResourceUri;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlGuardTest {

  private final UrlGuard publicServer =
      UrlGuard.forResource(ResourceUri.of("https://93.184.216.34/mcp"), false);

  @Test
  void publicServerMayNotPointIntoPrivateOrLocalNetworks() {
    for (String url :
        new String[] {
          "https://10.0.0.1/x", "https://192.168.1.1/x", "https://172.16.0.1/x",
          "https://127.0.0.1/x", "https://169.254.169.254/latest", "https://[::1]/x",
          "https://[fd00::1]/x", "https://[fe80::1]/x"
        }) {
      assertThatThrownBy(() -> publicServer.check(URI.create(url), "metadata"))
          .as(url)
          .isInstanceOf(OAuthException.class)
          .hasMessageContaining("private or local network");
    }
  }

  @Test
  void plainHttpIsRefusedForPublicServers() {
    assertThatThrownBy(() -> publicServer.check(URI.create("http://93.184.216.34/x"), "metadata"))
        .hasMessageContaining("plain http");
    assertThat(publicServer.check(URI.create("https://93.184.216.35/x"), "metadata")).isNotNull();
  }

  @Test
  void loopbackHttpServerMayUseLoopbackHttpButNotOtherSchemes() {
    UrlGuard local = UrlGuard.forResource(ResourceUri.of("http://127.0.0.1:3000/mcp"), false);
    assertThat(local.check(URI.create("http://localhost:9000/as"), "metadata")).isNotNull();
    assertThatThrownBy(() -> local.check(URI.create("file:///etc/passwd"), "metadata"))
        .isInstanceOf(OAuthException.class);
    assertThatThrownBy(() -> local.check(URI.create("http://10.1.1.1/x"), "metadata"))
        .hasMessageContaining("plain http");
  }
}
