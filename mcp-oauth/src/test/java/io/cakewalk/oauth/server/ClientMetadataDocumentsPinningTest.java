package io.cakewalk.oauth.server;

import static io.cakewalk.oauth.server.ScriptedHttpServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The metadata document fetch uses the address it checked, and its HTTP answers map to refusals.
 */
class ClientMetadataDocumentsPinningTest {

  private static final Duration LONG = Duration.ofSeconds(20);

  private final ScriptedHttpServer server = new ScriptedHttpServer(answer("HTTP/1.1 500 No", ""));
  private final MutableClock clock = new MutableClock();
  private final List<String> lookups = new ArrayList<>();
  private final InetAddress loopback = InetAddress.getByName("127.0.0.1");
  // TEST-NET-1 (RFC 5737): public by our rules, routed nowhere, so connecting fails.
  private final InetAddress testNet = InetAddress.getByName("192.0.2.1");

  ClientMetadataDocumentsPinningTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  /** A resolver that answers {@code first} once and {@code later} on every further lookup. */
  private ClientMetadataDocuments.Resolver rebinding(InetAddress first, InetAddress later) {
    return host -> {
      lookups.add(host);
      return new InetAddress[] {lookups.size() == 1 ? first : later};
    };
  }

  private static PinnedFetch fetch(Duration connectTimeout, Duration readTimeout) {
    return new PinnedFetch(
        (SSLSocketFactory) SSLSocketFactory.getDefault(), connectTimeout, readTimeout, LONG);
  }

  private ClientMetadataDocuments developmentDocuments() {
    return new ClientMetadataDocuments(
        true, clock, host -> new InetAddress[] {loopback}, fetch(LONG, Duration.ofMillis(300)));
  }

  private String url(String scheme, String host) {
    return scheme + "://" + host + ":" + server.port() + "/client.json";
  }

  private static String document(String clientId) {
    return """
        {"client_id":"%s","client_name":"Doc Client","redirect_uris":["http://127.0.0.1/cb"]}"""
        .formatted(clientId);
  }

  private static ScriptedHttpServer.Script ok(String headers, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return answer("HTTP/1.1 200 OK\r\nContent-Length: " + bytes.length + headers, body);
  }

  @Test
  void aRebindingNameIsResolvedOnceAndOnlyTheCheckedAddressIsContacted() {
    String clientId = url("https", "rebind.test");
    ClientMetadataDocuments strict =
        new ClientMetadataDocuments(
            false, clock, rebinding(testNet, loopback), fetch(Duration.ofMillis(500), LONG));
    assertThatThrownBy(() -> strict.resolve(clientId))
        .isInstanceOf(OAuthFailure.class)
        .hasMessageStartingWith("client metadata document could not be fetched");
    assertThat(lookups).containsExactly("rebind.test");
    assertThat(server.connections()).isZero();
  }

  @Test
  void theFetchGoesToTheFirstAnswerEvenWhenLaterLookupsDiffer() {
    String clientId = url("http", "rebind.test");
    server.script(ok("", document(clientId)));
    ClientMetadataDocuments documents =
        new ClientMetadataDocuments(true, clock, rebinding(loopback, testNet), fetch(LONG, LONG));
    assertThat(documents.resolve(clientId).clientName()).isEqualTo("Doc Client");
    assertThat(lookups).containsExactly("rebind.test");
    assertThat(server.requests().get(0)).contains("\r\nHost: rebind.test:" + server.port());
  }

  @Test
  void strictModeChecksEveryAddressBeforeConnecting() {
    ClientMetadataDocuments strict =
        new ClientMetadataDocuments(
            false, clock, host -> new InetAddress[] {testNet, loopback}, fetch(LONG, LONG));
    assertThatThrownBy(() -> strict.resolve(url("https", "mixed.test")))
        .hasMessage("client metadata document host resolves to a non-public address");
    ClientMetadataDocuments empty =
        new ClientMetadataDocuments(false, clock, host -> new InetAddress[0], fetch(LONG, LONG));
    assertThatThrownBy(() -> empty.resolve(url("https", "none.test")))
        .hasMessage("client metadata document host does not resolve");
    assertThat(server.connections()).isZero();
  }

  @Test
  void acceptsChunkedDocumentsAndRefusesOversizedOnes() {
    String clientId = url("http", "docs.test");
    String doc = document(clientId);
    String chunked = Integer.toHexString(doc.length()) + "\r\n" + doc + "\r\n0\r\n\r\n";
    server.script(answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", chunked));
    assertThat(developmentDocuments().resolve(clientId).clientName()).isEqualTo("Doc Client");

    String huge = doc.replace("Doc Client", "x".repeat(ClientMetadataDocuments.MAX_BYTES));
    String hugeChunks = Integer.toHexString(huge.length()) + "\r\n" + huge + "\r\n0\r\n\r\n";
    server.script(answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", hugeChunks));
    assertThatThrownBy(() -> developmentDocuments().resolve(clientId))
        .hasMessage("client metadata document is larger than 8192 bytes");
    server.script(answer("HTTP/1.1 200 OK", huge));
    assertThatThrownBy(() -> developmentDocuments().resolve(clientId))
        .hasMessage("client metadata document is larger than 8192 bytes");
  }

  @Test
  void refusesRedirectsMalformedAnswersAndStalls() {
    String clientId = url("http", "docs.test");
    server.script(answer("HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/", ""));
    assertThatThrownBy(() -> developmentDocuments().resolve(clientId))
        .hasMessage("client metadata document answered HTTP 302 (redirects are not followed)");
    server.script(answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", "nope\r\n"));
    assertThatThrownBy(() -> developmentDocuments().resolve(clientId))
        .hasMessage("client metadata document could not be fetched: malformed HTTP answer");
    server.script(
        out -> {
          out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          server.awaitClose();
        });
    assertThatThrownBy(() -> developmentDocuments().resolve(clientId))
        .hasMessage("client metadata document could not be fetched in time");
  }

  @Test
  void cachesForMaxAgeAndRefetchesAfterwards() {
    String clientId = url("http", "docs.test");
    server.script(ok("\r\nCache-Control: public, max-age=60", document(clientId)));
    ClientMetadataDocuments documents = developmentDocuments();
    documents.resolve(clientId);
    documents.resolve(clientId);
    assertThat(server.connections()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(61));
    documents.resolve(clientId);
    assertThat(server.connections()).isEqualTo(2);

    server.script(ok("\r\nCache-Control: no-store", document(clientId)));
    clock.advance(Duration.ofSeconds(61));
    documents.resolve(clientId);
    documents.resolve(clientId);
    assertThat(server.connections()).isEqualTo(4);
  }
}
