package io.cakewalk.mcp.client;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.McpAuthorizationException;
import io.cakewalk.mcp.McpTransportException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The module's one {@link HttpClient} wrapper: static headers, the {@code Authorization} hook and
 * its single retry after a 401/403 challenge, timeouts, and failures turned into one-line {@link
 * io.cakewalk.mcp.McpException}s.
 */
final class HttpAdapter {

  /** A response whose body has not been read yet; close it when done. */
  record Response(URI uri, int status, java.net.http.HttpHeaders headers, InputStream body)
      implements Closeable {

    /** The media type without parameters, lower case, or {@code ""}. */
    String mediaType() {
      String value = headers.firstValue("Content-Type").orElse("");
      int semicolon = value.indexOf(';');
      return (semicolon < 0 ? value : value.substring(0, semicolon))
          .strip()
          .toLowerCase(Locale.ROOT);
    }

    boolean isJson() {
      String type = mediaType();
      return type.equals("application/json") || type.endsWith("+json");
    }

    boolean isEventStream() {
      return mediaType().equals("text/event-stream");
    }

    @Override
    public void close() {
      try {
        body.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }

  private final ClientConfig config;
  private final HttpClient client;

  HttpAdapter(ClientConfig config) {
    this(config, "http".equalsIgnoreCase(config.uri().getScheme()) ? LazyTls.ofDefault() : null);
  }

  /** With {@code tls} non-null, TLS is set up only when a connection needs it. */
  HttpAdapter(ClientConfig config, LazyTls tls) {
    this.config = config;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL);
    if (tls != null) {
      builder.sslContext(tls.context());
    }
    this.client = builder.build();
  }

  /**
   * Sends one request and returns once the response headers arrived. A 401/403 goes to the
   * credential hook; the request is repeated once if the hook obtained fresh credentials.
   */
  Response send(
      String method, URI target, Map<String, String> headers, String body, Duration timeout) {
    for (int attempt = 0; ; attempt++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(positive(timeout));
      config.headers().forEach(request::header);
      headers.forEach(request::setHeader); // protocol headers win over static ones
      config
          .authorization()
          .authorization(config.uri())
          .ifPresent(v -> request.setHeader("Authorization", v));
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      Response response = execute(request.build(), timeout);
      int status = response.status();
      if (status != 401 && status != 403) {
        return response;
      }
      response.close();
      AuthChallenge challenge = challenge(response.headers().allValues("WWW-Authenticate"));
      if (attempt == 0 && config.authorization().onChallenge(config.uri(), status, challenge)) {
        continue;
      }
      throw new McpAuthorizationException(
          authMessage(status, challenge, attempt > 0), status, challenge);
    }
  }

  private Response execute(HttpRequest request, Duration timeout) {
    try {
      HttpResponse<InputStream> r = sendOnLiveConnection(request);
      return new Response(request.uri(), r.statusCode(), r.headers(), r.body());
    } catch (HttpConnectTimeoutException e) {
      throw new McpTransportException(
          "could not connect to "
              + origin(request.uri())
              + " within "
              + Limits.describe(config.connectTimeout())
              + "; check the URL and your network",
          e);
    } catch (HttpTimeoutException e) {
      throw timeout(request.uri(), timeout, e);
    } catch (ConnectException e) {
      if (unresolved(e)) {
        throw new McpTransportException(
            "cannot resolve the host name "
                + request.uri().getHost()
                + "; check the URL for typos and your network or DNS",
            e);
      }
      throw new McpTransportException(
          "cannot connect to "
              + origin(request.uri())
              + " (connection refused); is the server running?",
          e);
    } catch (IOException e) {
      throw new McpTransportException(
          request.method()
              + " "
              + request.uri()
              + " failed: "
              + oneLine(e)
              + "; check the URL and the server",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new McpTransportException("interrupted while waiting for " + request.uri(), e);
    }
  }

  /**
   * Sends, and sends once more when the connection died before a single response byte arrived.
   * Servers close idle keep-alive connections (the JDK's {@code HttpServer} after 30 s, nginx after
   * 75 s) while the JDK 17 client keeps them pooled for 20 minutes, so a request can go out on a
   * connection the server already closed; it never reached the server, and the retry takes a new
   * connection. This is the stale-connection retry OkHttp makes by default.
   */
  private HttpResponse<InputStream> sendOnLiveConnection(HttpRequest request)
      throws IOException, InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      if (!closedBeforeResponse(e)) {
        throw e;
      }
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }
  }

  /** Whether the JDK client saw the connection end before any byte of the response head. */
  static boolean closedBeforeResponse(IOException e) {
    return e instanceof java.io.EOFException
        || (e.getMessage() != null && e.getMessage().contains("header parser received no bytes"));
  }

  /**
   * Whether a failed connect never got an address: the JDK client reports an unknown host as a
   * {@link ConnectException} caused by an {@link UnresolvedAddressException}.
   */
  static boolean unresolved(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /** The timeout failure used for every request that got no (complete) answer in time. */
  static McpTransportException timeout(URI uri, Duration timeout, Throwable cause) {
    return new McpTransportException(
        "no answer from "
            + uri
            + " within "
            + Limits.describe(timeout)
            + "; the server may be stuck or slow (raise the request timeout)",
        cause);
  }

  private static AuthChallenge challenge(List<String> headers) {
    for (String header : headers) {
      List<AuthChallenge> all = AuthChallenge.parseAll(header);
      for (AuthChallenge c : all) {
        if (c.isBearer()) {
          return c;
        }
      }
    }
    return headers.isEmpty()
        ? null
        : AuthChallenge.parseAll(headers.get(0)).stream().findFirst().orElse(null);
  }

  private String authMessage(int status, AuthChallenge challenge, boolean retried) {
    String what = status == 401 ? "requires authorization" : "refused access";
    String detail = challenge == null ? "" : challenge.error().map(e -> " (" + e + ")").orElse("");
    String fix =
        retried
            ? "the fresh credentials were rejected too; check the account's permissions"
            : "supply a token (--header 'Authorization: Bearer …') or sign in";
    return config.uri() + " " + what + " (HTTP " + status + ")" + detail + "; " + fix;
  }

  private static Duration positive(Duration d) {
    return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
  }

  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("[\\r\\n]+", " ");
  }
}
