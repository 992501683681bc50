package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.McpTransportException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

class LazyTlsTest {

  private final AtomicInteger created = new AtomicInteger();

  private final LazyTls tls =
      new LazyTls(
          () -> {
            created.incrementAndGet();
            try {
              return SSLContext.getDefault();
            } catch (java.security.NoSuchAlgorithmException e) {
              throw new AssertionError(e);
            }
          });

  @Test
  void plainHttpRoundTripNeverCreatesTheTlsContext() throws Exception {
    try (FakeServer server =
        FakeServer.start((exchange, seen) -> FakeServer.json(exchange, 200, "{\"ok\":true}"))) {
      HttpAdapter adapter = new HttpAdapter(TestConfigs.http(server.uri()), tls);
      try (HttpAdapter.Response r =
          adapter.send("POST", server.uri(), Map.of(), "{}", Duration.ofSeconds(10))) {
        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body().readAllBytes(), "UTF-8")).isEqualTo("{\"ok\":true}");
      }
    }
    assertThat(created).hasValue(0);
    assertThat(tls.created()).isFalse();
  }

  @Test
  void anHttpsConnectionCreatesTheTlsContextOnDemand() throws Exception {
    // A loopback socket that hangs up at once: the handshake fails, after TLS was set up.
    try (ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try (Socket s = socket.accept()) {
                  s.getInputStream().read();
                } catch (java.io.IOException e) {
                  // the test closed the socket
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      URI plain = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/mcp");
      URI secure = URI.create("https://127.0.0.1:" + socket.getLocalPort() + "/mcp");
      HttpAdapter adapter = new HttpAdapter(TestConfigs.http(plain), tls);
      assertThatThrownBy(
              () -> adapter.send("POST", secure, Map.of(), "{}", Duration.ofSeconds(10)).close())
          .isInstanceOf(McpTransportException.class);
    }
    assertThat(created).hasValue(1);
  }

  @Test
  void parametersAreTheDefaultContextsOnceRead() throws Exception {
    SSLParameters lazy = tls.context().getDefaultSSLParameters();
    assertThat(created).hasValue(0);
    SSLParameters real = SSLContext.getDefault().getDefaultSSLParameters();
    assertThat(lazy.getProtocols()).containsExactly(real.getProtocols());
    assertThat(lazy.getCipherSuites()).containsExactly(real.getCipherSuites());
    assertThat(lazy.getEndpointIdentificationAlgorithm())
        .isEqualTo(real.getEndpointIdentificationAlgorithm());
    assertThat(lazy.getUseCipherSuitesOrder()).isEqualTo(real.getUseCipherSuitesOrder());
    assertThat(lazy.getMaximumPacketSize()).isEqualTo(real.getMaximumPacketSize());
    assertThat(lazy.getApplicationProtocols()).isEqualTo(real.getApplicationProtocols());
    assertThat(lazy.getEnableRetransmissions()).isEqualTo(real.getEnableRetransmissions());
    assertThat(lazy.getAlgorithmConstraints()).isSameAs(real.getAlgorithmConstraints());
    assertThat(lazy.getServerNames()).isEqualTo(real.getServerNames());
    assertThat(lazy.getSNIMatchers()).isEqualTo(real.getSNIMatchers());
    assertThat(created).hasValue(1);
  }

  @Test
  void theContextCannotBeReinitialised() {
    assertThatThrownBy(() -> tls.context().init(null, null, null))
        .isInstanceOf(java.security.KeyManagementException.class);
    assertThat(created).hasValue(0);
  }
}
