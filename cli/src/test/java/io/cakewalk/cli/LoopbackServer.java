package io.cakewalk.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JDK {@code HttpServer} on 127.0.0.1 with a free port, answering each exact path (optionally per
 * method) with canned replies in order, the last one repeating; unknown paths get 404. It records
 * every request.
 */
public final class LoopbackServer implements AutoCloseable {

  /** A canned answer. */
  public record Reply(int status, String contentType, String body, Map<String, String> headers) {
    public static Reply json(String body) {
      return new Reply(200, "application/json", body, Map.of());
    }

    public static Reply json(int status, String body) {
      return new Reply(status, "application/json", body, Map.of());
    }
  }

  /** A request as received. */
  public record Request(
      String method, String path, String query, String authorization, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
  private final List<Request> received = new ArrayList<>();

  public LoopbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Answers any method on {@code path}. */
  public LoopbackServer on(String path, Reply... answers) {
    replies.put(path, new ArrayDeque<>(List.of(answers)));
    return this;
  }

  /** Answers {@code method} on {@code path}. */
  public LoopbackServer on(String method, String path, Reply... answers) {
    return on(method + " " + path, answers);
  }

  public synchronized List<Request> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      synchronized (this) {
        received.add(
            new Request(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body));
      }
      Reply reply = next(exchange.getRequestMethod() + " " + path);
      if (reply == null) {
        reply = next(path);
      }
      if (reply == null) {
        reply = new Reply(404, "text/plain", "not found", Map.of());
      }
      reply.headers().forEach(exchange.getResponseHeaders()::add);
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private synchronized Reply next(String key) {
    Deque<Reply> queue = replies.get(key);
    if (queue == null || queue.isEmpty()) {
      return null;
    }
    return queue.size() > 1 ? queue.poll() : queue.peek();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
