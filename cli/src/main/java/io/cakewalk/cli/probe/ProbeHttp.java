package io.cakewalk.cli.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The probe's HTTP adapter: one request at a time, bodies cut at 1 MiB, a deadline on the whole
 * exchange, and server-sent event streams read only up to their first complete event.
 */
final class ProbeHttp implements AutoCloseable {

  private static final int MAX_BODY = 1 << 20;
  private static final Pattern DATA_LINE = Pattern.compile("(?m)^data: ?\\S");

  /** A response with a bounded body. */
  record Response(int status, HttpResponse<?> raw, String body, long millis) {
    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    String contentType() {
      return header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final Map<String, String> headers;
  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "cakewalk-probe-reader");
            t.setDaemon(true);
            return t;
          });

  ProbeHttp(Duration timeout, Map<String, String> headers) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.timeout = timeout;
    this.headers = Map.copyOf(headers);
  }

  Response post(URI url, String json) throws IOException, TimeoutException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(b::header);
    return send(b.build());
  }

  Response get(URI url) throws IOException, TimeoutException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET();
    return send(b.build());
  }

  void delete(URI url, String sessionId) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url).timeout(timeout).header("Mcp-Session-Id", sessionId).DELETE();
    headers.forEach(b::header);
    try {
      send(b.build());
    } catch (IOException | TimeoutException e) {
      // Best effort: the session expires on its own.
    }
  }

  private Response send(HttpRequest request) throws IOException, TimeoutException {
    long start = System.nanoTime();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    InputStream in = response.body();
    boolean sse = response.headers().firstValue("Content-Type").orElse("").contains("event-stream");
    Future<String> body = reader.submit(() -> read(in, sse));
    try {
      String text = body.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Response(
          response.statusCode(), response, text, (System.nanoTime() - start) / 1_000_000);
    } catch (TimeoutException e) {
      body.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      in.close();
    }
  }

  /**
   * Reads up to {@link #MAX_BODY} characters; for an event stream, only up to the end of its first
   * event that carries data (the stream may stay open).
   */
  private static String read(InputStream in, boolean sse) throws IOException {
    InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while (out.length() < MAX_BODY && (n = r.read(buffer)) > 0) {
      out.append(buffer, 0, Math.min(n, MAX_BODY - out.length()));
      if (sse && firstDataEventComplete(out)) {
        break;
      }
    }
    return out.toString();
  }

  private static boolean firstDataEventComplete(CharSequence text) {
    String s = text.toString().replace("\r\n", "\n");
    Matcher m = DATA_LINE.matcher(s);
    return m.find() && s.indexOf("\n\n", m.start()) > 0;
  }

  @Override
  public void close() {
    reader.shutdownNow();
  }
}
