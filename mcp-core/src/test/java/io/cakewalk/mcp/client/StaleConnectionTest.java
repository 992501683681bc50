package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.McpTransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server that closes a keep-alive connection just as the next request arrives (an idle timeout
 * race) must not fail the call: the request never reached it, so it is sent again on a new
 * connection, once.
 */
class StaleConnectionTest {

  private static final String OK =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}";

  @Test
  void resendsOnceWhenAPooledConnectionWasClosedBeforeAnswering() throws Exception {
    try (RawServer server = new RawServer(1)) {
      HttpAdapter adapter = new HttpAdapter(TestConfigs.http(server.uri()));

      assertThat(post(adapter, server.uri())).isEqualTo("{\"ok\":true}");
      assertThat(post(adapter, server.uri())).isEqualTo("{\"ok\":true}");

      assertThat(server.connections.get()).isEqualTo(2);
      assertThat(server.requests.get()).isEqualTo(3);
    }
  }

  @Test
  void failsWithOneLineWhenTheRetryDiesToo() throws Exception {
    try (RawServer server = new RawServer(0)) {
      HttpAdapter adapter = new HttpAdapter(TestConfigs.http(server.uri()));

      assertThatThrownBy(() -> post(adapter, server.uri()))
          .isInstanceOf(McpTransportException.class)
          .hasMessageContaining("POST " + server.uri() + " failed")
          .hasMessageNotContaining("\n");
      assertThat(server.requests.get()).isEqualTo(2);
    }
  }

  private static String post(HttpAdapter adapter, URI uri) throws IOException {
    try (HttpAdapter.Response r =
        adapter.send("POST", uri, Map.of(), "{}", Duration.ofSeconds(10))) {
      return new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Answers the first {@code answeredOnFirstConnection} requests of its first connection, then
   * reads the next one and closes that connection without a byte; later connections are answered.
   * With 0, every connection is closed after reading its first request.
   */
  private static final class RawServer implements AutoCloseable {
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    private final ServerSocket socket;
    private final Thread acceptor;

    RawServer(int answeredOnFirstConnection) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket s = socket.accept()) {
                    int n = connections.incrementAndGet();
                    int answered =
                        n == 1 || answeredOnFirstConnection == 0 ? answeredOnFirstConnection : -1;
                    serve(s, answered);
                  } catch (IOException closed) {
                    // the test ended, or the client went away
                  }
                }
              },
              "raw-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/mcp");
    }

    /** Answers {@code answered} requests ({@code -1}: all), then closes after the next one. */
    private void serve(Socket s, int answered) throws IOException {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      for (int i = 0; answered < 0 || i <= answered; i++) {
        if (!readRequest(in)) {
          return;
        }
        requests.incrementAndGet();
        if (answered >= 0 && i == answered) {
          return; // close without answering
        }
        out.write(OK.getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    }

    private static boolean readRequest(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        head.write(b);
        byte[] h = head.toByteArray();
        int len = h.length;
        if (len >= 4
            && h[len - 4] == '\r'
            && h[len - 3] == '\n'
            && h[len - 2] == '\r'
            && h[len - 1] == '\n') {
          String text = head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
          int at = text.indexOf("content-length:");
          int length =
              at < 0 ? 0 : Integer.parseInt(text.substring(at + 15, text.indexOf('\r', at)).trim());
          in.readNBytes(length);
          return true;
        }
      }
      return false;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
