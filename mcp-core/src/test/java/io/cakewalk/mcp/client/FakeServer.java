package io.cakewalk.mcp.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A loopback JDK {@link HttpServer} playing an MCP server, recording every request it saw. */
final class FakeServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Seen(String method, URI uri, com.sun.net.httpserver.Headers headers, String body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    Map<String, Object> json() {
      return Json.object(body);
    }

    String rpcMethod() {
      return body.isEmpty() ? null : (String) json().get("method");
    }
  }

  /** Answers one request. */
  interface Handler {
    void handle(HttpExchange exchange, Seen seen) throws IOException;
  }

  private final HttpServer server;
  final List<Seen> seen = new CopyOnWriteArrayList<>();

  private FakeServer(Handler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Seen s =
                new Seen(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI(),
                    exchange.getRequestHeaders(),
                    body);
            seen.add(s);
            handler.handle(exchange, s);
          } catch (IOException | RuntimeException e) {
            // the client went away (as tests of oversized or stalled bodies intend)
          }
        });
    server.start();
  }

  static FakeServer start(Handler handler) throws IOException {
    return new FakeServer(handler);
  }

  /**
   * A legacy Streamable HTTP server: answers {@code initialize} (session {@code s-1}, the given
   * version), accepts notifications with 202, DELETE with 200, GET with 405, and other requests
   * with {@code results} (method and params to result; {@code null} means method not found).
   */
  static FakeServer legacy(String version, Function<Map<String, Object>, Object> results)
      throws IOException {
    return start(
        (exchange, seen) -> {
          switch (seen.method()) {
            case "DELETE" -> send(exchange, 200, null, "");
            case "GET" -> send(exchange, 405, null, "");
            default -> {
              Map<String, Object> message = seen.json();
              if (!message.containsKey("id")) {
                send(exchange, 202, null, "");
              } else if ("initialize".equals(message.get("method"))) {
                exchange.getResponseHeaders().add("Mcp-Session-Id", "s-1");
                json(exchange, 200, response(message.get("id"), initializeResult(version)));
              } else {
                Object result = results.apply(message);
                json(
                    exchange,
                    200,
                    result == null
                        ? error(message.get("id"), -32601, "Method not found")
                        : response(message.get("id"), result));
              }
            }
          }
        });
  }

  static Map<String, Object> initializeResult(String version) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("protocolVersion", version);
    result.put("capabilities", Map.of("tools", Map.of()));
    result.put("serverInfo", Map.of("name", "fake", "version", "1.0"));
    return result;
  }

  static String response(Object id, Object result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jsonrpc", "2.0");
    m.put("id", id);
    m.put("result", result);
    return Json.write(m);
  }

  static String error(Object id, int code, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jsonrpc", "2.0");
    m.put("id", id);
    m.put("error", Map.of("code", code, "message", message));
    return Json.write(m);
  }

  static void json(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "application/json", body);
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Starts an event stream and writes the given raw text, flushing it. */
  static OutputStream sse(HttpExchange exchange, String raw) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write(raw.getBytes(StandardCharsets.UTF_8));
    out.flush();
    return out;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
  }

  /** The requests whose JSON-RPC method is {@code method}. */
  List<Seen> calls(String method) {
    return seen.stream().filter(s -> method.equals(s.rpcMethod())).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
