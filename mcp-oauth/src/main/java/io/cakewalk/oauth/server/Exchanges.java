package io.cakewalk.oauth.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cakewalk.mcp.internal.UnreadBodies;
import io.cakewalk.oauth.OAuthError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The package's only {@link HttpExchange} adapter: reads a size-capped {@link Request}, runs an
 * endpoint and writes its {@link Response}. Unexpected failures answer {@code 500 server_error}
 * without details; nothing about the request body is logged.
 */
final class Exchanges {

  private static final Logger LOG = Logger.getLogger(Exchanges.class.getName());

  /** Request bodies larger than this are refused with 413 before they reach an endpoint. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  private Exchanges() {}

  /** Wraps an endpoint as a handler. */
  static HttpHandler handler(Function<Request, Response> endpoint) {
    return exchange -> {
      try (exchange) {
        Response response;
        try {
          response = endpoint.apply(read(exchange));
        } catch (BodyTooLarge e) {
          response =
              Response.error(
                  new OAuthFailure(
                      OAuthError.INVALID_REQUEST,
                      "request body larger than " + MAX_BODY_BYTES + " bytes",
                      413));
        } catch (OAuthFailure e) {
          response = Response.error(e);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "OAuth endpoint failed: {0}", e.getClass().getName());
          response =
              Response.error(new OAuthFailure(OAuthError.SERVER_ERROR, "internal error", 500));
        }
        write(exchange, response);
      }
    };
  }

  /** Reads the request; bodies over {@link #MAX_BODY_BYTES} raise {@link BodyTooLarge}. */
  static Request read(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
          throw tooLarge(exchange);
        }
      } catch (NumberFormatException e) {
        throw OAuthFailure.invalidRequest("malformed Content-Length");
      }
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw tooLarge(exchange);
      }
    }
    return new Request(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        headers,
        body,
        exchange.getRemoteAddress().getAddress().getHostAddress());
  }

  /** Drains the refused body first, so that the 413 is not lost to a reset. */
  private static BodyTooLarge tooLarge(HttpExchange exchange) {
    UnreadBodies.discard(exchange);
    return new BodyTooLarge();
  }

  /** Writes a response and closes its body. */
  static void write(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
    boolean noBody = response.body().length == 0;
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  /** The request body exceeded {@link #MAX_BODY_BYTES}. */
  static final class BodyTooLarge extends RuntimeException {
    BodyTooLarge() {
      super("request body too large", null, false, false);
    }
  }
}
