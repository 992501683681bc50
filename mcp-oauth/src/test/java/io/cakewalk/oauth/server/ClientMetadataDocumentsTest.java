package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cakewalk.oauth.internal.FormEncoding;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientMetadataDocumentsTest {

  private final HttpServer docs;
  private final String docUrl;
  private final AtomicReference<String> document = new AtomicReference<>();
  private final AtomicReference<Integer> status = new AtomicReference<>(200);

  ClientMetadataDocumentsTest() throws IOException {
    docs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    docUrl = "http://127.0.0.1:" + docs.getAddress().getPort() + "/client.json";
    docs.createContext(
        "/client.json",
        exchange -> {
          byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("Cache-Control", "no-store");
          if (status.get() == 302) {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest");
          }
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    docs.start();
    document.set(
        """
        {"client_id":"%s","client_name":"Doc Client",
         "redirect_uris":["http://127.0.0.1/callback"],"token_endpoint_auth_method":"none"}"""
            .formatted(docUrl));
  }

  @AfterEach
  void stop() {
    docs.stop(0);
  }

  private static void assertUnknownClient(HttpResponse<String> r, String reason) {
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(r.body()).contains("client metadata document " + reason);
  }

  private HttpResponse<String> authorize(OAuthHarness h, String clientId) {
    return h.get(
        "/authorize?" + FormEncoding.encode(h.authParams(clientId, "http://127.0.0.1:7/callback")));
  }

  @Test
  void documentClientCompletesTheFlowInDevelopmentMode() {
    try (OAuthHarness h = OAuthHarness.start(b -> b.insecureClientMetadataDocumentsForTesting())) {
      Map<String, String> callback =
          h.authorize(h.authParams(docUrl, "http://127.0.0.1:7/callback"));
      HttpResponse<String> r =
          h.exchangePublic(
              docUrl, callback.get("code"), "http://127.0.0.1:7/callback", OAuthHarness.VERIFIER);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
  }

  @Test
  void strictModeRefusesPlainHttpDocuments() {
    try (OAuthHarness h = OAuthHarness.start()) {
      assertUnknownClient(authorize(h, docUrl), "URL must use https");
    }
  }

  @Test
  void strictModeRefusesLoopbackAndPrivateAddresses() {
    try (OAuthHarness h = OAuthHarness.start()) {
      assertUnknownClient(
          authorize(h, "https://127.0.0.1:9/client.json"), "host resolves to a non-public address");
      assertUnknownClient(
          authorize(h, "https://10.1.2.3/client.json"), "host resolves to a non-public address");
      assertUnknownClient(
          authorize(h, "https://169.254.169.254/latest"), "host resolves to a non-public address");
      assertUnknownClient(
          authorize(h, "https://[fd00::1]/client.json"), "host resolves to a non-public address");
    }
  }

  @Test
  void refusesUrlsWithoutPathOrWithUserInfo() {
    try (OAuthHarness h = OAuthHarness.start()) {
      assertUnknownClient(
          authorize(h, "https://client.example.com"), "URL must be https://host/path");
      assertUnknownClient(
          authorize(h, "https://u@client.example.com/c.json"), "URL must be https://host/path");
      assertUnknownClient(
          authorize(h, "https://client.example.com/a/../c.json"), "URL must be https://host/path");
    }
  }

  @Test
  void refusesDocumentWhoseClientIdDiffers() {
    document.set(document.get().replace(docUrl, "https://attacker.example/client.json"));
    try (OAuthHarness h = OAuthHarness.start(b -> b.insecureClientMetadataDocumentsForTesting())) {
      assertUnknownClient(authorize(h, docUrl), "client_id does not equal its URL");
    }
  }

  @Test
  void refusesSecretBasedAuthMethods() {
    document.set(document.get().replace("\"none\"", "\"client_secret_basic\""));
    try (OAuthHarness h = OAuthHarness.start(b -> b.insecureClientMetadataDocumentsForTesting())) {
      assertUnknownClient(authorize(h, docUrl), "token_endpoint_auth_method must be none");
    }
  }

  @Test
  void refusesOversizedDocumentsAndRedirects() {
    try (OAuthHarness h = OAuthHarness.start(b -> b.insecureClientMetadataDocumentsForTesting())) {
      String original = document.get();
      document.set(original.replace("Doc Client", "x".repeat(9000)));
      assertUnknownClient(authorize(h, docUrl), "is larger than 8192 bytes");
      document.set(original);
      status.set(302);
      assertUnknownClient(authorize(h, docUrl), "answered HTTP 302");
    }
  }

  @Test
  void redirectUriMustBeListedInTheDocument() {
    try (OAuthHarness h = OAuthHarness.start(b -> b.insecureClientMetadataDocumentsForTesting())) {
      HttpResponse<String> r =
          h.get(
              "/authorize?"
                  + FormEncoding.encode(h.authParams(docUrl, "http://127.0.0.1:7/other")));
      assertThat(r.body()).contains("redirect_uri is not registered");
    }
  }

  @Test
  void classifiesAddresses() throws IOException {
    for (String blocked :
        new String[] {
          "127.0.0.1",
          "10.0.0.1",
          "172.16.5.4",
          "192.168.1.1",
          "169.254.169.254",
          "0.0.0.0",
          "100.64.0.1",
          "::1",
          "fe80::1",
          "fc00::1"
        }) {
      assertThat(ClientMetadataDocuments.isPublic(InetAddress.getByName(blocked)))
          .as(blocked)
          .isFalse();
    }
    assertThat(ClientMetadataDocuments.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
    assertThat(ClientMetadataDocuments.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
  }
}
