package io.cakewalk.oauth.server;

import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium (the Debian {@code chromium} package) driven over the Chrome DevTools Protocol
 * with the JDK's WebSocket client: just enough to open a page, type into fields, click buttons and
 * read the DOM, as a person would.
 */
final class Chromium implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<Map<String, Object>>> pending =
      new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts Chromium headless with a fresh profile; fails with the fix when it is not installed. */
  static Chromium launch() throws Exception {
    Path binary = Path.of("/usr/bin/chromium");
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "chromium is not installed: run peers/install.sh (apt-get install chromium)");
    }
    Path profile = Files.createTempDirectory("cakewalk-chromium");
    Path log = NodePeerLogs.file("chromium");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(WAIT);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (Instant.now().isAfter(deadline) || !process.isAlive()) {
        process.destroyForcibly();
        throw new IOException("chromium did not start; see " + log);
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newHttpClient();
    String targets =
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String pageSocket =
        Json.listOfObjects(Json.MAPPER.readValue(targets, List.class)).stream()
            .filter(t -> "page".equals(t.get("type")))
            .map(t -> (String) t.get("webSocketDebuggerUrl"))
            .findFirst()
            .orElseThrow(() -> new IOException("chromium has no page target"));
    Chromium[] self = new Chromium[1];
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(pageSocket), new Listener(m -> self[0].receive(m)))
            .get(30, TimeUnit.SECONDS);
    self[0] = new Chromium(process, profile, socket);
    return self[0];
  }

  /** Opens a URL in the page. */
  void open(String url) throws Exception {
    call("Page.navigate", Map.of("url", url));
  }

  /** Evaluates JavaScript in the page and returns its value. */
  Object eval(String expression) throws Exception {
    Map<String, Object> result =
        call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) result.get("result");
    return value == null ? null : value.get("value");
  }

  /** Waits until the JavaScript expression is true; fails with the page text otherwise. */
  void await(String condition) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (Boolean.TRUE.equals(
            eval(
                "(() => { try { return !!("
                    + condition
                    + "); } catch (e) { return false; } })()"))) {
          return;
        }
      } catch (IOException e) {
        // a form post navigates the page: Chromium refuses evaluation until the new one loads
        if (!e.getMessage().contains("navigated or closed")) {
          throw e;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "timed out waiting for "
            + condition
            + "; page: "
            + eval("location.href + ' ' + document.body.innerText"));
  }

  /** Focuses a field and types text into it. */
  void type(String selector, String text) throws Exception {
    eval("document.querySelector(" + Json.write(selector) + ").focus()");
    call("Input.insertText", Map.of("text", text));
  }

  /** Clicks an element. */
  void click(String selector) throws Exception {
    eval("document.querySelector(" + Json.write(selector) + ").click()");
  }

  private Map<String, Object> call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<Map<String, Object>> future = new CompletableFuture<>();
    pending.put(id, future);
    socket
        .sendText(Json.write(Map.of("id", id, "method", method, "params", params)), true)
        .get(30, TimeUnit.SECONDS);
    Map<String, Object> reply = future.get(30, TimeUnit.SECONDS);
    if (reply.containsKey("error")) {
      throw new IOException(method + " failed: " + reply.get("error"));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) reply.get("result");
    return result == null ? Map.of() : result;
  }

  private void receive(String message) {
    Map<String, Object> json = Json.object(message);
    if (json.get("id") instanceof Number n) {
      CompletableFuture<Map<String, Object>> future = pending.remove(n.intValue());
      if (future != null) {
        future.complete(json);
      }
    }
  }

  @Override
  public void close() throws Exception {
    socket.abort();
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // Chromium may still be writing while it exits; a leftover temp profile is harmless.
    }
  }

  /** Collects WebSocket text frames into messages. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> sink;
    private final StringBuilder buffer = new StringBuilder();

    Listener(java.util.function.Consumer<String> sink) {
      this.sink = sink;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String message = buffer.toString();
        buffer.setLength(0);
        sink.accept(message);
      }
      webSocket.request(1);
      return null;
    }
  }

  /** Log files next to the Node peers' logs. */
  private static final class NodePeerLogs {
    static Path file(String name) throws IOException {
      Path dir = Path.of("target", "peer-logs");
      Files.createDirectories(dir);
      return dir.resolve(name + ".log");
    }
  }
}
