package io.cakewalk.oauth.server;

import static io.cakewalk.oauth.server.ScriptedHttpServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PinnedFetchTest {

  private static final Duration LONG = Duration.ofSeconds(20);

  private final ScriptedHttpServer server =
      new ScriptedHttpServer(answer("HTTP/1.1 200 OK\r\nContent-Length: 2", "{}"));
  private final InetAddress loopback = address("127.0.0.1");

  @AfterEach
  void stop() {
    server.close();
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static PinnedFetch fetch(Duration readTimeout, Duration deadline) {
    return new PinnedFetch(
        (SSLSocketFactory) SSLSocketFactory.getDefault(), LONG, readTimeout, deadline);
  }

  private PinnedFetch.Response get(String path, int limit) throws IOException {
    URI url = URI.create("http://pinned.test:" + server.port() + path);
    return fetch(LONG, LONG).get(url, List.of(loopback), limit);
  }

  private static String text(PinnedFetch.Response r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void sendsAMinimalGetWithTheUrlsHostToThePinnedAddress() throws IOException {
    PinnedFetch.Response r = get("/client.json?v=1&x=%20", 100);
    assertThat(r.status()).isEqualTo(200);
    assertThat(text(r)).isEqualTo("{}");
    String request = server.requests().get(0);
    assertThat(request)
        .startsWith("GET /client.json?v=1&x=%20 HTTP/1.1\r\n")
        .contains("\r\nHost: pinned.test:" + server.port() + "\r\n")
        .contains("\r\nAccept: application/json\r\n")
        .contains("\r\nConnection: close\r\n")
        .contains("\r\nUser-Agent: ")
        .endsWith("\r\n\r\n");
  }

  @Test
  void readsContentLengthBodiesAndHeadersCaseInsensitively() throws IOException {
    server.script(
        answer(
            "HTTP/1.1 200 OK\r\ncache-control: max-age=60\r\nContent-Length: 11",
            "hello world and more after the declared length"));
    PinnedFetch.Response r = get("/c.json", 100);
    assertThat(text(r)).isEqualTo("hello world");
    assertThat(r.header("Cache-Control")).isEqualTo("max-age=60");
    assertThat(r.header("Missing")).isEmpty();
  }

  @Test
  void decodesChunkedBodiesWithExtensionsAndTrailers() throws IOException {
    server.script(
        answer(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 999",
            "4;name=value\r\nwiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nX-Trailer: t\r\n\r\n"));
    assertThat(text(get("/c.json", 100))).isEqualTo("wikipedia in\r\n\r\nchunks.");
  }

  @Test
  void readsUntilCloseWithoutFraming() throws IOException {
    server.script(answer("HTTP/1.0 200 OK", "until the end"));
    assertThat(text(get("/c.json", 100))).isEqualTo("until the end");
  }

  @Test
  void cutsBodiesOffAtTheLimit() throws IOException {
    String big = "x".repeat(50);
    server.script(answer("HTTP/1.1 200 OK\r\nContent-Length: 50", big));
    assertThat(get("/c.json", 10).body()).hasSize(10);
    server.script(
        answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", "32\r\n" + big + "\r\n0\r\n\r\n"));
    assertThat(get("/c.json", 10).body()).hasSize(10);
    server.script(answer("HTTP/1.1 200 OK", big));
    assertThat(get("/c.json", 10).body()).hasSize(10);
  }

  @Test
  void skipsInterimAnswers() throws IOException {
    server.script(
        answer(
            "HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2",
            "ok"));
    assertThat(text(get("/c.json", 100))).isEqualTo("ok");
  }

  @Test
  void returnsRedirectsWithoutFollowingThem() throws IOException {
    try (ScriptedHttpServer elsewhere = new ScriptedHttpServer(answer("HTTP/1.1 200 OK", "{}"))) {
      server.script(
          answer(
              "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:"
                  + elsewhere.port()
                  + "/x\r\nContent-Length: 5",
              "moved"));
      PinnedFetch.Response r = get("/c.json", 100);
      assertThat(r.status()).isEqualTo(302);
      assertThat(r.body()).isEmpty();
      assertThat(elsewhere.connections()).isZero();
    }
  }

  @Test
  void triesTheNextCheckedAddressWhenAConnectFails() throws IOException {
    // The server listens on 127.0.0.1 only, so connecting to 127.0.0.2 is refused.
    URI url = URI.create("http://pinned.test:" + server.port() + "/c.json");
    PinnedFetch.Response r = fetch(LONG, LONG).get(url, List.of(address("127.0.0.2"), loopback), 9);
    assertThat(text(r)).isEqualTo("{}");
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void refusesMalformedAnswers() {
    server.script(answer("ICY 200 OK", ""));
    assertThatThrownBy(() -> get("/c.json", 100)).isInstanceOf(ProtocolException.class);
    server.script(answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", "zz\r\n"));
    assertThatThrownBy(() -> get("/c.json", 100)).isInstanceOf(ProtocolException.class);
    server.script(answer("HTTP/1.1 200 OK\r\nContent-Length: 1, 2", "ab"));
    assertThatThrownBy(() -> get("/c.json", 100)).isInstanceOf(ProtocolException.class);
    server.script(answer("HTTP/1.1 200 OK\r\n folded: header", ""));
    assertThatThrownBy(() -> get("/c.json", 100)).isInstanceOf(ProtocolException.class);
    server.script(answer("HTTP/1.1 200 OK\r\nX-Big: " + "h".repeat(20_000), ""));
    assertThatThrownBy(() -> get("/c.json", 100)).isInstanceOf(ProtocolException.class);
  }

  @Test
  void refusesBodiesShorterThanDeclared() {
    server.script(answer("HTTP/1.1 200 OK\r\nContent-Length: 10", "short"));
    assertThatThrownBy(() -> get("/c.json", 100))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Content-Length");
  }

  @Test
  void aStalledServerHitsTheReadTimeout() {
    server.script(
        out -> {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          server.awaitClose();
        });
    URI url = URI.create("http://127.0.0.1:" + server.port() + "/c.json");
    assertThatThrownBy(() -> fetch(Duration.ofMillis(200), LONG).get(url, List.of(loopback), 100))
        .isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void aTricklingServerHitsTheOverallDeadline() {
    server.script(
        out -> {
          out.write("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.UTF_8));
          for (int i = 0; i < 300; i++) {
            out.write('z');
            out.flush();
            Thread.sleep(50);
          }
        });
    URI url = URI.create("http://127.0.0.1:" + server.port() + "/c.json");
    assertThatThrownBy(() -> fetch(LONG, Duration.ofMillis(500)).get(url, List.of(loopback), 100))
        .isInstanceOf(SocketTimeoutException.class)
        .hasMessageContaining("deadline");
  }

  @Test
  void sendsNonAsciiPathsPercentEncoded() throws Exception {
    URI url = new URI("http://127.0.0.1:" + server.port() + "/cl\u00e9.json?q=%0d%0a");
    assertThat(text(fetch(LONG, LONG).get(url, List.of(loopback), 9))).isEqualTo("{}");
    assertThat(server.requests().get(0)).startsWith("GET /cl%C3%A9.json?q=%0d%0a HTTP/1.1\r\n");
  }
}
