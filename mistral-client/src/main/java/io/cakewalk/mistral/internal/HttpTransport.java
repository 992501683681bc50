package io.cakewalk.mistral.internal;

import io.cakewalk.mistral.ApiKey;
import io.cakewalk.mistral.MistralApiException;
import io.cakewalk.mistral.MistralTransportException;
import io.cakewalk.mistral.RateLimits;
import io.cakewalk.mistral.ResponseInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The module's one HTTP adapter: authentication, JSON bodies, retries with exponential backoff and
 * jitter on 429/500/502/503/504 honouring {@code Retry-After}, rate-limit and request-id headers,
 * and error parsing. The API key never appears in exceptions.
 */
public final class HttpTransport {

  /**
   * Settings of the transport.
   *
   * @param baseUrl API root, e.g. {@code https://api.mistral.ai}
   * @param apiKey the key
   * @param connectTimeout TCP/TLS connect timeout
   * @param requestTimeout time until response headers arrive
   * @param streamIdleTimeout longest silence tolerated on a stream
   * @param retry retry settings
   */
  public record Config(
      URI baseUrl,
      ApiKey apiKey,
      Duration connectTimeout,
      Duration requestTimeout,
      Duration streamIdleTimeout,
      Retry retry) {}

  /**
   * Retry settings.
   *
   * @param maxRetries retries after the first attempt (0 disables)
   * @param initialBackoff first delay, doubled for each further retry
   * @param maxDelay cap on any delay, including {@code Retry-After}
   */
  public record Retry(int maxRetries, Duration initialBackoff, Duration maxDelay) {}

  /**
   * A buffered response.
   *
   * @param body the body text
   * @param info status, request id, rate limits
   */
  public record Result(String body, ResponseInfo info) {}

  /**
   * An open streaming response.
   *
   * @param body the body, closed by an idle watchdog after silence
   * @param info status, request id, rate limits
   */
  public record Streamed(IdleTimeoutInputStream body, ResponseInfo info) {}

  private final Config config;
  private final HttpClient client;

  public HttpTransport(Config config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Sends a request with an optional JSON body and returns the buffered 2xx answer. */
  public Result send(String method, String path, Map<String, String> query, String jsonBody) {
    HttpRequest request = request(method, path, query, jsonBody, false);
    Attempt<String> ok = execute(request, HttpResponse.BodyHandlers.ofString());
    return new Result(ok.response.body(), ok.info);
  }

  /** Opens a server-sent-events stream; retries only before any byte of the body was read. */
  public Streamed stream(String path, String jsonBody) {
    HttpRequest request = request("POST", path, Map.of(), jsonBody, true);
    Attempt<InputStream> ok = execute(request, HttpResponse.BodyHandlers.ofInputStream());
    return new Streamed(
        new IdleTimeoutInputStream(ok.response.body(), config.streamIdleTimeout()), ok.info);
  }

  private HttpRequest request(
      String method, String path, Map<String, String> query, String body, boolean sse) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path, query))
            .timeout(config.requestTimeout())
            .header("Authorization", config.apiKey().bearer())
            .header("Accept", sse ? "text/event-stream" : "application/json")
            .header("User-Agent", "cakewalk-mistral-client");
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  URI uri(String path, Map<String, String> query) {
    String base = config.baseUrl().toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    // A base URL that already ends in /v1 (common for OpenAI-compatible servers) is not doubled.
    if (base.endsWith("/v1") && path.startsWith("/v1/")) {
      path = path.substring(3);
    }
    StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
    query.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
    return URI.create(base + path + q);
  }

  /** Percent-encodes one path segment or query value. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static final class Attempt<T> {
    final HttpResponse<T> response;
    final ResponseInfo info;

    Attempt(HttpResponse<T> response, ResponseInfo info) {
      this.response = response;
      this.info = info;
    }
  }

  private <T> Attempt<T> execute(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    Retry retry = config.retry();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<T> response;
      try {
        response = client.send(request, handler);
      } catch (IOException e) {
        throw new MistralTransportException(
            "Could not reach Mistral at " + request.uri().getHost() + ": " + describe(e), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MistralTransportException("Interrupted while calling Mistral", e);
      }
      int status = response.statusCode();
      ResponseInfo info =
          new ResponseInfo(
              status,
              requestId(response.headers()),
              Headers.rateLimits(response.headers()),
              attempt);
      if (status >= 200 && status < 300) {
        return new Attempt<>(response, info);
      }
      String body = readError(response.body());
      MistralApiException error = ErrorBodies.toException(status, redact(body), info.requestId());
      if (!retryable(status) || attempt > retry.maxRetries()) {
        throw error;
      }
      sleep(delay(attempt, info.rateLimits(), retry));
    }
  }

  static boolean retryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  static Duration delay(int attempt, RateLimits limits, Retry retry) {
    Duration max = retry.maxDelay();
    if (limits.retryAfter() != null) {
      return limits.retryAfter().compareTo(max) > 0 ? max : limits.retryAfter();
    }
    long base = retry.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, max.toMillis());
    long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    return Duration.ofMillis(jittered);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MistralTransportException("Interrupted while waiting to retry a Mistral call", e);
    }
  }

  private static String readError(Object body) {
    if (body instanceof String s) {
      return s;
    }
    if (body instanceof InputStream in) {
      try (in) {
        byte[] bytes = in.readNBytes(64 * 1024);
        return new String(bytes, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }
    return "";
  }

  private String redact(String text) {
    return text.replace(config.apiKey().value(), "****");
  }

  private static String requestId(HttpHeaders headers) {
    return headers
        .firstValue("mistral-correlation-id")
        .or(() -> headers.firstValue("x-request-id"))
        .orElse(null);
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
