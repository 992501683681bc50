package io.cakewalk.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JDK {@code HttpServer} on 127.0.0.1 with a free port, answering each exact path with a canned
 * response; unknown paths get 404.
 */
public final class LoopbackServer implements AutoCloseable {

  /** A canned answer. */
  public record Reply(int status, String contentType, String body, Map<String, String> headers) {
    public static Reply json(String body) {
      return new Reply(200, "application/json", body, Map.of());
    }
  }

  private final HttpServer server;
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();

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

  public LoopbackServer on(String path, Reply reply) {
    replies.put(path, reply);
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      Reply reply = replies.get(exchange.getRequestURI().getPath());
      if (reply == null) {
        reply = new Reply(404, "text/plain", "not found", Map.of());
      }
      reply.headers().forEach(exchange.getResponseHeaders()::add);
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
