package io.cakewalk.oauth.client;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A test-only stand-in for the CLI's conformance entry point, proving the library can be driven
 * headlessly: reads {@code MCP_CONFORMANCE_*}, logs in through {@link OAuthMcpAuthorization} on the
 * first challenge, then {@code tools/list} and {@code tools/call test-tool {}} over raw Streamable
 * HTTP (2025-11-25 lifecycle). Exits 1 with one line on failure.
 */
public final class ConformanceAuthProbe {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String MODERN = "2026-07-28";
  private static final String META =
      "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\""
          + MODERN
          + "\","
          + "\"io.modelcontextprotocol/clientCapabilities\":{},"
          + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"cakewalk-probe\",\"version\":\"0\"}}";
  private boolean modern;
  private final URI url;
  private final McpAuthorization auth;
  private String session;
  private int nextId = 1;

  private ConformanceAuthProbe(URI url, McpAuthorization auth) {
    this.url = url;
    this.auth = auth;
  }

  public static void main(String[] args) {
    URI url = URI.create(args[args.length - 1]);
    LoginOptions.Builder options =
        LoginOptions.builder()
            .browser(Browser.headless())
            .messages(System.err::println)
            .callbackTimeout(Duration.ofSeconds(20))
            .clientMetadataDocument(
                URI.create("https://conformance-test.local/client-metadata.json"));
    String context = System.getenv("MCP_CONFORMANCE_CONTEXT");
    if (context != null) {
      JsonFields c = Json.object(context, "conformance context");
      if (c.string("client_id") != null) {
        options.clientId(new ClientId(c.string("client_id")));
      }
      if (c.string("client_secret") != null) {
        options.clientSecret(new ClientSecret(c.string("client_secret")));
      }
    }
    McpAuthorization hook = OAuthClient.builder().build().mcpAuthorization(options.build());
    try {
      ConformanceAuthProbe probe = new ConformanceAuthProbe(url, hook);
      if (MODERN.equals(System.getenv("MCP_CONFORMANCE_PROTOCOL_VERSION"))) {
        probe.modern = true;
        probe.call("tools/list", "{" + META + "}", null);
        probe.call(
            "tools/call", "{\"name\":\"test-tool\",\"arguments\":{}," + META + "}", "test-tool");
      } else {
        probe.call(
            "initialize",
            "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"cakewalk-probe\",\"version\":\"0\"}}",
            null);
        probe.notify("notifications/initialized");
        probe.call("tools/list", "{}", null);
        probe.call("tools/call", "{\"name\":\"test-tool\",\"arguments\":{}}", "test-tool");
      }
      System.exit(0);
    } catch (OAuthException | IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } catch (Exception e) {
      System.err.println("probe failed: " + e);
      System.exit(1);
    }
  }

  private void notify(String method) throws Exception {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}", method, null);
  }

  private void call(String method, String params, String name) throws Exception {
    HttpResponse<String> r =
        send(
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + nextId++
                + ",\"method\":\""
                + method
                + "\",\"params\":"
                + params
                + "}",
            method,
            name);
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " answered HTTP " + r.statusCode());
    }
  }

  /** One request, retried while the hook obtains fresh credentials (it caps its own attempts). */
  private HttpResponse<String> send(String body, String method, String name) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(url)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json, text/event-stream")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      auth.authorization(url).ifPresent(v -> b.header("Authorization", v));
      if (session != null) {
        b.header("Mcp-Session-Id", session);
      }
      if (modern) {
        b.header("MCP-Protocol-Version", MODERN).header("Mcp-Method", method);
        if (name != null) {
          b.header("Mcp-Name", name);
        }
      }
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      r.headers().firstValue("mcp-session-id").ifPresent(s -> session = s);
      if (r.statusCode() != 401 && r.statusCode() != 403) {
        return r;
      }
      Optional<AuthChallenge> challenge =
          r.headers().allValues("WWW-Authenticate").stream()
              .map(AuthChallenge::parseBearer)
              .flatMap(Optional::stream)
              .findFirst();
      if (!auth.onChallenge(url, r.statusCode(), challenge.orElse(null))) {
        throw new IllegalStateException(
            "the server refused our credentials (HTTP " + r.statusCode() + ")");
      }
    }
    throw new IllegalStateException("too many authorization attempts");
  }
}
