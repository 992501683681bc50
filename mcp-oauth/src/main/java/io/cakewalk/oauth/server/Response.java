package io.cakewalk.oauth.server;

import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.token.TokenResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response an endpoint produced, written to the exchange by {@link Exchanges}.
 *
 * @param status the HTTP status code
 * @param headers header names mapped to values, in order
 * @param body the body bytes (empty for none)
 */
record Response(int status, Map<String, List<String>> headers, byte[] body) {

  Response {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    headers = java.util.Collections.unmodifiableMap(copy);
  }

  /** A JSON response. */
  static Response json(int status, Object value) {
    return jsonText(status, Json.write(value));
  }

  /** A JSON response that no cache may keep (token and registration responses). */
  static Response noStoreJson(int status, Object value) {
    return noStore(json(status, value));
  }

  /** A token endpoint response (RFC 6749 §5.1), which no cache may keep. */
  static Response tokens(TokenResponse tokens) {
    return noStore(jsonText(tokens.httpStatus(), tokens.toJson()));
  }

  private static Response jsonText(int status, String json) {
    return new Response(status, Map.of(), json.getBytes(StandardCharsets.UTF_8))
        .withHeader("Content-Type", "application/json");
  }

  private static Response noStore(Response response) {
    return response.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
  }

  /** The RFC 6749 §5.2 error response for a failure, marked {@code no-store}. */
  static Response error(OAuthFailure failure) {
    Response response = noStoreJson(failure.status(), failure.body());
    return failure.challenge() == null
        ? response
        : response.withHeader("WWW-Authenticate", failure.challenge());
  }

  /** A {@code 302 Found} to {@code location}. */
  static Response redirect(String location) {
    return new Response(302, Map.of(), new byte[0])
        .withHeader("Location", location)
        .withHeader("Cache-Control", "no-store");
  }

  /** A response without a body. */
  static Response empty(int status) {
    return new Response(status, Map.of(), new byte[0]);
  }

  /** An HTML page that may not be framed, cached or leak its URL through {@code Referer}. */
  static Response html(int status, String html) {
    return new Response(status, Map.of(), html.getBytes(StandardCharsets.UTF_8))
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withHeader("Cache-Control", "no-store")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
  }

  /** A copy with one more header value. */
  Response withHeader(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
    values.add(value);
    copy.put(name, values);
    return new Response(status, copy, body);
  }

  /** The first value of a header, or {@code null}. */
  String header(String name) {
    List<String> values = headers.get(name);
    return values == null ? null : values.get(0);
  }

  @Override
  public String toString() {
    return "Response[" + status + "]";
  }
}
