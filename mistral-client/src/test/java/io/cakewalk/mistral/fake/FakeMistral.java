package io.cakewalk.mistral.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cakewalk.mistral.ApiKey;
import io.cakewalk.mistral.MistralClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A loopback fake of the Mistral API on {@code 127.0.0.1:0}. Every chat request is checked like
 * Mistral does: API key (401), the OpenAPI schema (422 with FastAPI {@code detail}), and {@link
 * MistralRules} (400). Other routes validate their JSON body against a named spec schema. Answers
 * come from a queue of {@link Reply}s, then from a function of the request.
 */
public final class FakeMistral implements AutoCloseable {

  /** The key the fake accepts. */
  public static final String KEY = "sk-test-0123456789abcdef";

  private record Route(String method, Pattern path, String schema, Function<Received, Reply> fn) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Deque<Reply> chatQueue = new ArrayDeque<>();
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private volatile Function<Received, Reply> chat =
      r -> Reply.json(500, "{\"message\":\"no chat script\"}");

  private FakeMistral() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a fake on an ephemeral loopback port. */
  public static FakeMistral start() {
    try {
      return new FakeMistral();
    } catch (IOException e) {
      throw new IllegalStateException("could not bind the fake Mistral on 127.0.0.1", e);
    }
  }

  /** The base URL. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A client for this fake with fast retries. */
  public MistralClient client() {
    return MistralClient.builder()
        .apiKey(new ApiKey(KEY))
        .baseUrl(uri())
        .initialBackoff(Duration.ofMillis(10))
        .maxRetryDelay(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** Queues chat answers used before the chat function. */
  public synchronized FakeMistral enqueueChat(Reply... replies) {
    chatQueue.addAll(List.of(replies));
    return this;
  }

  /** Answers chat requests (after the queue is empty) with {@code fn}. */
  public FakeMistral onChat(Function<Received, Reply> fn) {
    this.chat = fn;
    return this;
  }

  /** Adds a route; {@code schema} names the spec schema the body must satisfy, or null. */
  public FakeMistral route(
      String method, String pathRegex, String schema, Function<Received, Reply> fn) {
    routes.add(new Route(method, Pattern.compile(pathRegex), schema, fn));
    return this;
  }

  /** Every request received so far. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The chat requests received so far. */
  public List<Received> chatRequests() {
    return received.stream().filter(r -> r.path().equals("/v1/chat/completions")).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Received r =
          new Received(
              ex.getRequestMethod(),
              ex.getRequestURI().getPath(),
              ex.getRequestURI().getRawQuery(),
              ex.getRequestHeaders().getFirst("Authorization"),
              body);
      received.add(r);
      send(ex, answer(r));
    }
  }

  private Reply answer(Received r) {
    if (!("Bearer " + KEY).equals(r.authorization())) {
      return Reply.json(401, "{\"detail\":\"Unauthorized\"}");
    }
    if (r.path().equals("/v1/chat/completions") && r.method().equals("POST")) {
      Reply invalid = validate("ChatCompletionRequest", r.body());
      if (invalid != null) {
        return invalid;
      }
      String broken = MistralRules.check(r.json());
      if (broken != null) {
        return Reply.json(
            400,
            "{\"object\":\"error\",\"message\":"
                + quote(broken)
                + ",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}");
      }
      synchronized (this) {
        if (!chatQueue.isEmpty()) {
          return chatQueue.poll();
        }
      }
      return chat.apply(r);
    }
    for (Route route : routes) {
      if (route.method().equals(r.method()) && route.path().matcher(r.path()).matches()) {
        Reply invalid = route.schema() == null ? null : validate(route.schema(), r.body());
        return invalid != null ? invalid : route.fn().apply(r);
      }
    }
    return Reply.json(404, "{\"detail\":\"Not Found\"}");
  }

  private static Reply validate(String schema, String body) {
    List<String> errors = OpenApiContract.validate(schema, body);
    if (errors.isEmpty()) {
      return null;
    }
    List<String> details = new ArrayList<>();
    for (String e : errors) {
      details.add("{\"type\":\"contract\",\"loc\":[\"body\"],\"msg\":" + quote(e) + "}");
    }
    return Reply.json(422, "{\"detail\":[" + String.join(",", details) + "]}");
  }

  private static void send(HttpExchange ex, Reply reply) throws IOException {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", reply.contentType());
    ex.getResponseHeaders()
        .set("mistral-correlation-id", "corr-" + Integer.toHexString(reply.hashCode()));
    for (Map.Entry<String, String> h : reply.headers().entrySet()) {
      ex.getResponseHeaders().set(h.getKey(), h.getValue());
    }
    ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** A JSON string literal. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
