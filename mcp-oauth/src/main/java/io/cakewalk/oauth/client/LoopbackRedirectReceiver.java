package io.cakewalk.oauth.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.internal.FormEncoding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A one-shot listener for the authorization redirect on {@code http://127.0.0.1:<port>/callback}
 * (RFC 8252 §7.3). It also accepts the redirect URL pasted into a terminal, for machines whose
 * browser cannot reach this one. The first callback that carries {@code state}, {@code code} or
 * {@code error} settles it; the browser gets a small page saying whether login worked.
 *
 * <pre>{@code
 * try (LoopbackRedirectReceiver r = LoopbackRedirectReceiver.bind(0)) {
 *   URI redirectUri = r.redirectUri();
 *   Map<String, String> params = r.await(Duration.ofMinutes(5), System.in, p -> {});
 * }
 * }</pre>
 */
public final class LoopbackRedirectReceiver implements AutoCloseable {

  /** The path the redirect URI uses. */
  public static final String PATH = "/callback";

  /** How long a callback waits for {@link #await} to supply its check. */
  private static final Duration CHECK_WAIT = Duration.ofMinutes(1);

  private final HttpServer server;
  private final CompletableFuture<Map<String, String>> result = new CompletableFuture<>();

  /**
   * The check that {@link #await} supplies. A callback that arrives before it (the browser can be
   * faster than the caller) waits for it, so no callback is ever accepted unchecked.
   */
  private final CompletableFuture<Consumer<Map<String, String>>> validator =
      new CompletableFuture<>();

  private LoopbackRedirectReceiver(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.start();
  }

  /** Listens on 127.0.0.1; {@code port} 0 picks a free one. */
  public static LoopbackRedirectReceiver bind(int port) {
    try {
      return new LoopbackRedirectReceiver(
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    } catch (BindException e) {
      throw new OAuthException(
          "Port " + port + " on 127.0.0.1 is in use; choose another callback port.", null, e);
    } catch (IOException e) {
      throw new OAuthException(
          "Could not listen on 127.0.0.1 for the login callback (" + e.getMessage() + ").",
          null,
          e);
    }
  }

  /** {@code http://127.0.0.1:<port>/callback}. */
  public URI redirectUri() {
    return URI.create("http://127.0.0.1:" + port() + PATH);
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Waits for the callback and returns its query parameters.
   *
   * @param pasted a stream to read pasted redirect URLs from (one per line), or {@code null}
   * @param check validates the parameters before the browser is answered; an {@link OAuthException}
   *     it throws is shown on the page and rethrown here
   */
  public Map<String, String> await(
      Duration timeout, InputStream pasted, Consumer<Map<String, String>> check) {
    validator.complete(check);
    if (pasted != null) {
      Thread reader = new Thread(() -> readPasted(pasted), "oauth-paste-reader");
      reader.setDaemon(true);
      reader.start();
    }
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new OAuthException(
          "No login callback arrived within "
              + describe(timeout)
              + "; run login again, and if the browser cannot reach this machine paste the"
              + " final redirect URL into the terminal.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OAuthException o) {
        throw o;
      }
      throw new OAuthException("The login callback failed: " + e.getCause(), null, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("Interrupted while waiting for the login callback.", null, e);
    }
  }

  private static String describe(Duration d) {
    return d.toMinutes() >= 1 && d.toSecondsPart() == 0
        ? d.toMinutes() + " minute" + (d.toMinutes() == 1 ? "" : "s")
        : d.toSeconds() + " second" + (d.toSeconds() == 1 ? "" : "s");
  }

  private void readPasted(InputStream in) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      String line;
      while (!result.isDone() && (line = reader.readLine()) != null) {
        Map<String, String> params = paramsOf(line.strip());
        if (params != null) {
          settle(params);
        }
      }
    } catch (IOException e) {
      // the terminal went away; the browser callback may still arrive
    }
  }

  /** The query parameters of a pasted URL, or {@code null} if it is not a callback URL. */
  static Map<String, String> paramsOf(String line) {
    if (line.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(line);
      Map<String, String> params = FormEncoding.decode(uri.getRawQuery());
      return isCallback(params) ? params : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static boolean isCallback(Map<String, String> params) {
    return params.containsKey("state") || params.containsKey("code") || params.containsKey("error");
  }

  /** Runs the check once; returns the error message to show, or {@code null} on success. */
  private synchronized String settle(Map<String, String> params) {
    if (result.isDone()) {
      return result.isCompletedExceptionally() ? "Login already failed." : null;
    }
    try {
      checkFor(params);
      result.complete(params);
      return null;
    } catch (OAuthException e) {
      result.completeExceptionally(e);
      return e.getMessage();
    } catch (RuntimeException e) {
      OAuthException o = new OAuthException("The login callback is invalid: " + e.getMessage());
      result.completeExceptionally(o);
      return o.getMessage();
    }
  }

  private void checkFor(Map<String, String> params) {
    Consumer<Map<String, String>> check;
    try {
      check = validator.get(CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new OAuthException("No login is waiting for this callback; start the login again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("Interrupted while checking the login callback.", null, e);
    }
    check.accept(params);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> params;
      try {
        params = FormEncoding.decode(exchange.getRequestURI().getRawQuery());
      } catch (IllegalArgumentException e) {
        params = Map.of();
      }
      if (!exchange.getRequestURI().getPath().equals(PATH) || !isCallback(params)) {
        respond(exchange, 404, "Not found", "This address only receives the login callback.");
        return;
      }
      String error = settle(params);
      if (error == null) {
        respond(exchange, 200, "Logged in", "You are logged in. You can close this tab.");
      } else {
        respond(exchange, 400, "Login failed", error);
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String title, String message)
      throws IOException {
    String html =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Cakewalk: "
            + title
            + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
            + title
            + "</h1><p>"
            + escape(message)
            + "</p></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange
        .getResponseHeaders()
        .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Stops listening. */
  @Override
  public void close() {
    server.stop(0);
  }
}
