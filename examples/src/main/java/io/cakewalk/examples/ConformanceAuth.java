package io.cakewalk.examples;

import io.cakewalk.examples.ConformanceClient.Run;
import io.cakewalk.examples.ConformanceClient.Scenario;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.oauth.client.Browser;
import io.cakewalk.oauth.client.LoginOptions;
import io.cakewalk.oauth.client.OAuthClient;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The conformance suite's {@code auth/*} client scenarios: log in through {@link OAuthClient}'s
 * {@code mcp-core} credential hook on the first challenge, unattended ({@link Browser#headless()}),
 * then list the tools and call {@code test-tool}. Scenarios in which the client must refuse (a
 * wrong {@code iss}, a foreign resource, endless step-up) end in an exception, so the entry point
 * exits non-zero. The suite's extensions (client credentials, DPoP, enterprise-managed
 * authorization, workload identity) are not implemented and are not registered here.
 *
 * <p>See the MCP authorization specification (2025-11-25, 2026-07-28) and RFC 9207 for {@code iss}.
 */
final class ConformanceAuth {

  /** The Client ID Metadata Document URL the suite's authorization server recognises. */
  static final URI CLIENT_METADATA_DOCUMENT =
      URI.create("https://conformance-test.local/client-metadata.json");

  /** The suite's non-extension auth scenarios (0.2.0-alpha.12); all share one behaviour. */
  static final List<String> SCENARIOS =
      List.of(
          "auth/metadata-default",
          "auth/metadata-var1",
          "auth/metadata-var2",
          "auth/metadata-var3",
          "auth/basic-cimd",
          "auth/scope-from-www-authenticate",
          "auth/scope-from-scopes-supported",
          "auth/scope-omitted-when-undefined",
          "auth/scope-step-up",
          "auth/scope-retry-limit",
          "auth/token-endpoint-auth-basic",
          "auth/token-endpoint-auth-post",
          "auth/token-endpoint-auth-none",
          "auth/pre-registration",
          "auth/2025-03-26-oauth-metadata-backcompat",
          "auth/2025-03-26-oauth-endpoint-fallback",
          "auth/resource-mismatch",
          "auth/offline-access-scope",
          "auth/offline-access-not-supported",
          "auth/authorization-server-migration",
          "auth/iss-supported",
          "auth/iss-not-advertised",
          "auth/iss-supported-missing",
          "auth/iss-wrong-issuer",
          "auth/iss-unexpected",
          "auth/iss-normalized",
          "auth/metadata-issuer-mismatch");

  private ConformanceAuth() {}

  /** Adds every auth scenario to the entry point's dispatch table. */
  static void register(Map<String, Scenario> scenarios) {
    for (String name : SCENARIOS) {
      scenarios.put(name, ConformanceAuth::loginAndCallTool);
    }
  }

  private static void loginAndCallTool(Run run) {
    try (McpClient client = run.builder().authorization(authorization(run)).build()) {
      client.listTools();
      client.callTool("test-tool", Map.of());
    }
  }

  /**
   * The credential hook: the context's pre-registered {@code client_id}/{@code client_secret} when
   * given, else the Client ID Metadata Document or Dynamic Client Registration, as the server
   * offers.
   */
  private static McpAuthorization authorization(Run run) {
    LoginOptions.Builder options =
        LoginOptions.builder()
            .browser(Browser.headless())
            .messages(System.err::println)
            .callbackTimeout(Duration.ofSeconds(20))
            .clientMetadataDocument(CLIENT_METADATA_DOCUMENT);
    if (run.context().get("client_id") instanceof String id) {
      options.clientId(new ClientId(id));
    }
    if (run.context().get("client_secret") instanceof String secret) {
      options.clientSecret(new ClientSecret(secret));
    }
    OAuthClient.Builder oauth = OAuthClient.builder();
    if (run.version().hasVersionHeader()) {
      oauth.discoveryHeader("MCP-Protocol-Version", run.version().wire());
    }
    return oauth.build().mcpAuthorization(options.build());
  }
}
