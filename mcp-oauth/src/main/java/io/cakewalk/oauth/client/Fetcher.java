package io.cakewalk.oauth.client;

import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.internal.FormEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The client side's one HTTP adapter: bounded bodies, timeouts, redirects followed by hand with
 * each hop checked by the {@link UrlGuard}, and one-line failures that never quote secrets.
 */
final class Fetcher {

  private static final int MAX_BODY = 1 << 20;
  private static final int MAX_REDIRECTS = 5;

  /** A received response. */
  record Response(int status, HttpHeaders headers, String body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final HttpClient http;
  private final Duration timeout;

  Fetcher(Duration timeout) {
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** GETs JSON from {@code uri}, following up to five redirects that pass {@code guard}. */
  Response getJson(URI uri, UrlGuard guard, String what, Map<String, String> headers) {
    URI current = guard.check(uri, what);
    for (int hop = 0; ; hop++) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(current).timeout(timeout).header("Accept", "application/json");
      headers.forEach(b::header);
      Response r = send(b.GET().build(), what);
      if (r.status() / 100 != 3 || r.headers().firstValue("Location").isEmpty()) {
        return r;
      }
      if (hop >= MAX_REDIRECTS) {
        throw new OAuthException(
            "Too many redirects while fetching " + what + " from " + uri + ".");
      }
      current = guard.check(current.resolve(r.headers().firstValue("Location").get()), what);
    }
  }

  /** POSTs a form; {@code authorization} is a header value or {@code null}. */
  Response postForm(URI uri, Map<String, String> form, String authorization, String what) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(form)));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build(), what);
  }

  /** POSTs a JSON document. */
  Response postJson(URI uri, String json, String what) {
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        what);
  }

  private Response send(HttpRequest request, String what) {
    try {
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
          throw new OAuthException(
              "The "
                  + what
                  + " at "
                  + origin(request.uri())
                  + " sent more than 1 MiB; refusing it.");
        }
        return new Response(r.statusCode(), r.headers(), new String(body, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new OAuthException(
          "Could not reach the "
              + what
              + " at "
              + origin(request.uri())
              + " ("
              + reason
              + "); check the URL and your network connection.",
          null,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("Interrupted while contacting the " + what + ".", null, e);
    }
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
