package io.cakewalk.oauth.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the endpoints see it, read from the exchange by {@link Exchanges}.
 *
 * @param method the request method, upper case
 * @param path the raw request path
 * @param rawQuery the raw query string, or {@code null}
 * @param headers header names in lower case mapped to their values
 * @param body the request body (already size-capped)
 * @param remoteAddress the peer's IP address as text, for rate limiting
 */
record Request(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    String remoteAddress) {

  Request {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header (name is case-insensitive), if present. */
  Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** All values of a header. */
  List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** Query parameters; malformed encoding raises {@link OAuthFailure} {@code invalid_request}. */
  Form query() {
    return Form.parse(rawQuery == null ? "" : rawQuery);
  }

  /** The body as UTF-8 text. */
  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the {@code Content-Type} media type (parameters ignored) equals {@code type}. */
  boolean hasContentType(String type) {
    return header("Content-Type")
        .map(v -> v.split(";", 2)[0].trim().equalsIgnoreCase(type))
        .orElse(false);
  }

  /** The body parsed as an {@code application/x-www-form-urlencoded} form. */
  Form form() {
    if (!hasContentType("application/x-www-form-urlencoded")) {
      throw OAuthFailure.invalidRequest("Content-Type must be application/x-www-form-urlencoded");
    }
    return Form.parse(bodyText());
  }

  /** The value of a cookie, if present. */
  Optional<String> cookie(String name) {
    for (String header : headerValues("Cookie")) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
          return Optional.of(part.substring(eq + 1).trim());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Request[" + method + " " + path + "]";
  }
}
