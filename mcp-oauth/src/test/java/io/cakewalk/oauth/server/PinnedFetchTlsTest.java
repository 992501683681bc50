package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS through {@link PinnedFetch}: a self-signed certificate for {@code localhost} only. */
class PinnedFetchTlsTest {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @TempDir static Path dir;
  private static SSLContext serverTls;
  private static SSLSocketFactory trustingLocalhost;

  private final HttpsServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final InetAddress loopback = InetAddress.getByName("127.0.0.1");

  @BeforeAll
  static void certificate() throws Exception {
    Path store = dir.resolve("localhost.p12");
    Path log = dir.resolve("keytool.log");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "localhost",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "san=dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!keytool.waitFor(60, TimeUnit.SECONDS)) {
      keytool.destroyForcibly();
      throw new AssertionError("keytool did not finish within 60 s");
    }
    assertThat(keytool.exitValue()).as(Files.readString(log)).isZero();

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, PASSWORD);
    serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);

    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("localhost", keys.getCertificate("localhost"));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, tmf.getTrustManagers(), null);
    trustingLocalhost = clientTls.getSocketFactory();
  }

  PinnedFetchTlsTest() throws IOException {
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
    server.createContext(
        "/client.json",
        exchange -> {
          requests.incrementAndGet();
          String host = exchange.getRequestHeaders().getFirst("Host");
          byte[] body =
              """
              {"client_id":"https://%s/client.json","client_name":"TLS Client",
               "redirect_uris":["http://127.0.0.1/callback"]}"""
                  .formatted(host)
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Cache-Control", "no-store");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String host) {
    return "https://" + host + ":" + server.getAddress().getPort() + "/client.json";
  }

  private PinnedFetch fetch(SSLSocketFactory tls) {
    return new PinnedFetch(tls, TIMEOUT, TIMEOUT, TIMEOUT);
  }

  /** Development mode (loopback allowed) with every name pinned to 127.0.0.1. */
  private ClientMetadataDocuments documents() {
    return new ClientMetadataDocuments(
        true, Clock.systemUTC(), host -> new InetAddress[] {loopback}, fetch(trustingLocalhost));
  }

  @Test
  void fetchesOverTlsWhenTheCertificateNamesTheHost() throws IOException {
    PinnedFetch.Response r =
        fetch(trustingLocalhost).get(URI.create(url("localhost")), List.of(loopback), 1000);
    assertThat(r.status()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("TLS Client");
  }

  @Test
  void resolvesAnHttpsDocumentEndToEnd() {
    StoredClient client = documents().resolve(url("localhost"));
    assertThat(client.clientName()).isEqualTo("TLS Client");
    assertThat(requests).hasValue(1);
  }

  @Test
  void refusesTheSameServerUnderAnotherName() {
    assertThatThrownBy(
            () ->
                fetch(trustingLocalhost)
                    .get(URI.create(url("pinned.test")), List.of(loopback), 1000))
        .isInstanceOf(SSLHandshakeException.class);
    assertThatThrownBy(() -> documents().resolve(url("pinned.test")))
        .isInstanceOf(OAuthFailure.class)
        .hasMessage("client metadata document could not be fetched: TLS handshake failed");
    assertThatThrownBy(() -> documents().resolve(url("127.0.0.1")))
        .isInstanceOf(OAuthFailure.class)
        .hasMessageContaining("TLS handshake failed");
    assertThat(requests).hasValue(0);
  }

  @Test
  void refusesACertificateOutsideTheTrustStore() {
    SSLSocketFactory jdkDefault = (SSLSocketFactory) SSLSocketFactory.getDefault();
    assertThatThrownBy(
            () -> fetch(jdkDefault).get(URI.create(url("localhost")), List.of(loopback), 1000))
        .isInstanceOf(SSLException.class);
    assertThat(requests).hasValue(0);
  }
}
