package io.cakewalk.cli.probe;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Checks an MCP server the way Le Chat's connector auto-detection does and says, for each failure,
 * what to fix: the endpoint answers {@code initialize}, or challenges with 401 and {@code
 * WWW-Authenticate: Bearer resource_metadata=…}; protected resource metadata (RFC 9728) and
 * authorization server metadata (RFC 8414, OpenID Connect discovery) at each well-known location;
 * dynamic client registration (RFC 7591); PKCE S256.
 *
 * <pre>{@code
 * ProbeReport report = new ReadinessProbe(Duration.ofSeconds(10)).probe(url, Map.of());
 * }</pre>
 */
public final class ReadinessProbe {

  private static final String INITIALIZE =
      """
      {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",\
      "capabilities":{},"clientInfo":{"name":"cakewalk-probe","version":"1"}}}""";

  private final Duration timeout;

  public ReadinessProbe(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Probes {@code url}, sending {@code headers} (credentials included) with the MCP request only,
   * never to metadata endpoints.
   */
  public ProbeReport probe(URI url, Map<String, String> headers) {
    List<Check> checks = new ArrayList<>();
    checks.add(https(url));
    try (ProbeHttp http = new ProbeHttp(timeout, headers)) {
      ProbeHttp.Response r;
      try {
        r = http.post(url, INITIALIZE);
      } catch (ConnectException | UnknownHostException e) {
        checks.add(
            Check.fail(
                "reachable",
                "cannot connect to " + url.getHost() + ": " + reason(e),
                "check the URL, that the server is running, and that it is reachable from the"
                    + " internet (Mistral connects from its own servers)"));
        return new ProbeReport(url, "unknown", null, checks);
      } catch (HttpTimeoutException | TimeoutException e) {
        checks.add(
            Check.fail(
                "reachable",
                "no answer within " + timeout.toSeconds() + "s",
                "make initialize answer fast; Le Chat gives up on slow servers"));
        return new ProbeReport(url, "unknown", null, checks);
      } catch (IOException e) {
        checks.add(
            Check.fail(
                "reachable",
                "the exchange failed: " + reason(e),
                "check TLS and any proxy in front of the server"));
        return new ProbeReport(url, "unknown", null, checks);
      }
      return afterInitialize(url, headers, http, r, checks);
    }
  }

  private ProbeReport afterInitialize(
      URI url,
      Map<String, String> headers,
      ProbeHttp http,
      ProbeHttp.Response r,
      List<Check> checks) {
    int status = r.status();
    if (status == 401) {
      checks.add(
          Check.pass("reachable", "HTTP 401 in " + r.millis() + " ms: credentials required"));
      Optional<AuthChallenge> challenge = challenge(r, checks);
      new OAuthChecks(http, checks).run(url, challenge.orElse(null));
      return new ProbeReport(url, "oauth", null, checks);
    }
    if (r.contentType().contains("text/html")) {
      checks.add(
          Check.fail(
              "reachable",
              "HTTP " + status + " with an HTML page, not MCP",
              "a proxy, login page or wrong path answers: use the MCP endpoint itself (often"
                  + " ending in /mcp)"));
      return new ProbeReport(url, "unknown", null, checks);
    }
    if (status / 100 != 2) {
      checks.add(Check.fail("reachable", "HTTP " + status, fixForStatus(status)));
      return new ProbeReport(url, "unknown", null, checks);
    }
    Map<String, Object> message = jsonRpc(r);
    if (message == null || !(message.get("result") instanceof Map<?, ?> result)) {
      checks.add(
          Check.fail(
              "reachable",
              "HTTP "
                  + status
                  + " but no initialize result"
                  + (message != null && message.get("error") instanceof Map<?, ?> e
                      ? ": " + e.get("message")
                      : ""),
              "answer initialize with a JSON-RPC result as application/json or"
                  + " text/event-stream (MCP Streamable HTTP)"));
      return new ProbeReport(url, "unknown", null, checks);
    }
    String version = String.valueOf(result.get("protocolVersion"));
    String server =
        result.get("serverInfo") instanceof Map<?, ?> info
            ? info.get("name") + " " + info.get("version")
            : "unnamed server";
    checks.add(Check.pass("reachable", "HTTP " + status + " in " + r.millis() + " ms: " + server));
    checks.add(
        Check.pass(
            "protocol era",
            version + (version.compareTo("2026") >= 0 ? " (stateless era)" : " (session era)")));
    Optional<String> session = r.header("Mcp-Session-Id");
    if (session.isPresent()) {
      checks.add(Check.pass("session", "Mcp-Session-Id issued"));
      http.delete(url, session.get());
    } else if (version.compareTo("2026") < 0) {
      checks.add(
          Check.warn(
              "session",
              "no Mcp-Session-Id header",
              "Le Chat expects initialize to return Mcp-Session-Id and the session to be kept"));
    }
    boolean sentCredentials = headers.keySet().stream().anyMatch("Authorization"::equalsIgnoreCase);
    String auth = sentCredentials ? "bearer" : "none";
    checks.add(
        Check.skip(
            "authorization",
            sentCredentials
                ? "the server accepted the bearer token: choose HTTP Bearer in Le Chat"
                : "the server answered without credentials: Le Chat will pick no authentication"));
    return new ProbeReport(url, auth, version, checks);
  }

  private static Optional<AuthChallenge> challenge(ProbeHttp.Response r, List<Check> checks) {
    Optional<String> header = r.header("WWW-Authenticate");
    Optional<AuthChallenge> bearer = header.flatMap(AuthChallenge::parseBearer);
    if (header.isEmpty() || bearer.isEmpty()) {
      checks.add(
          Check.fail(
              "401 challenge",
              header.isEmpty()
                  ? "no WWW-Authenticate header"
                  : "no Bearer challenge in WWW-Authenticate",
              "answer unauthenticated requests with 401 and WWW-Authenticate: Bearer"
                  + " resource_metadata=\"<metadata URL>\"; if a proxy strips the header, pick"
                  + " OAuth 2.1 manually in Le Chat's connector form"));
    } else if (bearer.get().resourceMetadata().isEmpty()) {
      checks.add(
          Check.warn(
              "401 challenge",
              "Bearer challenge without resource_metadata",
              "add resource_metadata=\"<url>\" so clients need not guess the well-known URL"));
    } else {
      checks.add(
          Check.pass(
              "401 challenge",
              "Bearer resource_metadata=" + bearer.get().resourceMetadata().get()));
    }
    return bearer;
  }

  /** The JSON-RPC message of a JSON or event-stream body, or {@code null}. */
  private static Map<String, Object> jsonRpc(ProbeHttp.Response r) {
    String body = r.body();
    if (r.contentType().contains("event-stream")) {
      StringBuilder data = new StringBuilder();
      for (String line : body.split("\r?\n")) {
        if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        } else if (line.isEmpty() && data.length() > 0) {
          break;
        }
      }
      body = data.toString();
    }
    try {
      return Json.object(body);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Check https(URI url) {
    if ("https".equals(url.getScheme())) {
      return Check.pass("https", "served over HTTPS");
    }
    String fix =
        "Le Chat needs a public HTTPS URL with a valid certificate: put the server behind TLS"
            + " (a reverse proxy or tunnel) before registering it";
    return loopback(url.getHost())
        ? Check.warn("https", "plain HTTP on a loopback address (fine for local tests)", fix)
        : Check.fail("https", "plain HTTP", fix);
  }

  private static boolean loopback(String host) {
    try {
      return host.equals("localhost") || InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String fixForStatus(int status) {
    if (status == 403) {
      return "the server or a proxy (firewall, IP allow list) refuses the request: allow"
          + " Mistral's requests, or check the token";
    }
    if (status == 400 || status == 404 || status == 405) {
      return "no Streamable HTTP MCP endpoint at this URL: use the full endpoint path (often"
          + " /mcp); Le Chat does not support the legacy SSE transport";
    }
    if (status == 406 || status == 415) {
      return "the server rejects Accept: application/json, text/event-stream or Content-Type:"
          + " application/json; it must accept both";
    }
    if (status / 100 == 5) {
      return "the server failed: check its logs";
    }
    return "answer initialize with 200 (or 401 when credentials are needed)";
  }

  private static String reason(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException
          || t instanceof java.nio.channels.UnresolvedAddressException) {
        return "the host name could not be resolved";
      }
    }
    if (e instanceof ConnectException && e.getMessage() == null) {
      return "connection refused";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
