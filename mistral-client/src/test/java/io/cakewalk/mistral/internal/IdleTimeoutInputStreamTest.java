package io.cakewalk.mistral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.cakewalk.mistral.ApiKey;
import io.cakewalk.mistral.MistralClient;
import io.cakewalk.mistral.MistralTransportException;
import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.stream.ChatStream;
import io.cakewalk.mistral.stream.CompletionChunk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stream idle timeout, on a controlled stream and through the real JDK HTTP client. */
class IdleTimeoutInputStreamTest {

  private static final Duration IDLE = Duration.ofMillis(200);

  private final CountDownLatch release = new CountDownLatch(1);
  private HttpServer server;
  private ExecutorService executor;

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  /** Blocks every read until closed, then fails like a closed socket. */
  private final class Stalled extends InputStream {
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public int read() throws IOException {
      try {
        if (!closed.await(30, TimeUnit.SECONDS)) {
          return 'x'; // never closed: the assertions below fail instead of the test hanging
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("stream closed");
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }

  @Test
  void closesAReadThatWaitsLongerThanTheIdleTimeout() {
    IdleTimeoutInputStream in = new IdleTimeoutInputStream(new Stalled(), IDLE);

    assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("stream closed");
    assertThat(in.timedOut()).isTrue();
  }

  @Test
  void timeSpentBetweenReadsDoesNotCount() throws Exception {
    IdleTimeoutInputStream in =
        new IdleTimeoutInputStream(new ByteArrayInputStream(new byte[] {1, 2}), IDLE);

    assertThat(in.read()).isEqualTo(1);
    Thread.sleep(IDLE.toMillis() * 3); // a slow consumer, e.g. a listener doing work per token
    assertThat(in.read()).isEqualTo(2);
    assertThat(in.timedOut()).isFalse();
    in.close();
    assertThat(in.timedOut()).isFalse();
  }

  @Test
  void aStreamThatGoesSilentEndsWithAClearError() throws IOException {
    executor = Executors.newFixedThreadPool(2);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext(
        "/v1/chat/completions",
        ex -> {
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().set("Content-Type", "text/event-stream");
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          out.write(
              ("data: {\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                      + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"},"
                      + "\"finish_reason\":null}]}\n\n")
                  .getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            release.await(30, TimeUnit.SECONDS); // then silence, connection held open
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    server.start();
    MistralClient client =
        MistralClient.builder()
            .apiKey(new ApiKey("sk-idle-test"))
            .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .streamIdleTimeout(IDLE)
            .build();

    try (ChatStream stream =
        client.chatStream(ChatRequest.builder("m", List.of(ChatMessage.user("hi"))).build())) {
      CompletionChunk first = stream.next();
      assertThat(first.choices().get(0).delta().content().text()).isEqualTo("Hel");
      assertThatThrownBy(stream::hasNext)
          .isInstanceOf(MistralTransportException.class)
          .hasMessage("Mistral stream went silent and was closed; retry the request");
    }
  }
}
