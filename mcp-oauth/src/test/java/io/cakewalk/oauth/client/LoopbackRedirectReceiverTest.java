package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.oauth.OAuthException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LoopbackRedirectReceiverTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answersTheBrowserWithASuccessPageAndReturnsTheParameters() throws Exception {
    try (LoopbackRedirectReceiver r = LoopbackRedirectReceiver.bind(0)) {
      assertThat(r.redirectUri().toString())
          .isEqualTo("http://127.0.0.1:" + r.port() + "/callback");
      CompletableFuture<HttpResponse<String>> page =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(r.redirectUri() + "?code=c&state=s")).build(),
              HttpResponse.BodyHandlers.ofString());
      Map<String, String> params = r.await(Duration.ofSeconds(30), null, p -> {});
      assertThat(params).containsEntry("code", "c").containsEntry("state", "s");
      assertThat(page.get().statusCode()).isEqualTo(200);
      assertThat(page.get().body()).contains("You can close this tab");
    }
  }

  @Test
  void showsTheFailureOnThePageAndEscapesIt() throws Exception {
    try (LoopbackRedirectReceiver r = LoopbackRedirectReceiver.bind(0)) {
      CompletableFuture<HttpResponse<String>> page =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(r.redirectUri() + "?state=x")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThatThrownBy(
              () ->
                  r.await(
                      Duration.ofSeconds(30),
                      null,
                      p -> {
                        throw new OAuthException("bad <state>");
                      }))
          .hasMessage("bad <state>");
      assertThat(page.get().statusCode()).isEqualTo(400);
      assertThat(page.get().body()).contains("bad &lt;state&gt;");
    }
  }

  @Test
  void checksACallbackThatArrivesBeforeAwait() throws Exception {
    try (LoopbackRedirectReceiver r = LoopbackRedirectReceiver.bind(0)) {
      CompletableFuture<HttpResponse<String>> page =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(r.redirectUri() + "?code=c&state=forged")).build(),
              HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300); // let the browser win the race against await()

      assertThatThrownBy(
              () ->
                  r.await(
                      Duration.ofSeconds(30),
                      null,
                      p -> {
                        throw new OAuthException("state mismatch");
                      }))
          .hasMessage("state mismatch");
      assertThat(page.get().statusCode()).isEqualTo(400);
    }
  }

  @Test
  void ignoresUnrelatedRequestsAndAcceptsAPastedUrl() throws Exception {
    try (LoopbackRedirectReceiver r = LoopbackRedirectReceiver.bind(0)) {
      HttpResponse<String> favicon =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + r.port() + "/favicon.ico"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(favicon.statusCode()).isEqualTo(404);
      String pasted = "not a url\n" + r.redirectUri() + "?code=p&state=s\n";
      Map<String, String> params =
          r.await(
              Duration.ofSeconds(30),
              new ByteArrayInputStream(pasted.getBytes(StandardCharsets.UTF_8)),
              p -> {});
      assertThat(params).containsEntry("code", "p");
    }
  }

  @Test
  void systemBrowserUsesBrowserVariableAsArgumentListNeverAShell() {
    SystemBrowser b = new SystemBrowser("firefox --new-tab %s:echo");
    assertThat(b.commands("https://as/a?x=1;rm"))
        .containsExactly(
            List.of("firefox", "--new-tab", "https://as/a?x=1;rm"),
            List.of("echo", "https://as/a?x=1;rm"));
    assertThat(SystemBrowser.safe(URI.create("javascript:alert(1)"))).isFalse();
    assertThat(SystemBrowser.safe(URI.create("http://10.0.0.1/a"))).isFalse();
    assertThat(SystemBrowser.safe(URI.create("https://as.example/a"))).isTrue();
  }
}
