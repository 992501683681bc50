package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.McpAuthorizationException;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpException;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import io.cakewalk.oauth.internal.FormEncoding;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayTest {

  private static final String CALLBACK = "http://127.0.0.1:9/callback";

  private final McpServer upstreamServer =
      McpServer.builder(new Implementation("upstream", "1.0.0", null))
          .tool(
              Tool.builder(
                      "greet",
                      Map.of(
                          "type", "object", "properties", Map.of("name", Map.of("type", "string"))))
                  .description("Greets")
                  .build(),
              (args, ctx) -> CallToolResult.text("hello " + args.get("name")))
          .build();
  private final RunningServer upstream = McpServer.serve(upstreamServer, 0);
  private final OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("admin");
  private final Gateway gateway =
      Gateway.builder(login)
          .port(0)
          .upstream(Upstream.http("up", upstream.uri(), Map.of("X-Upstream-Key", "k")))
          .start();

  @AfterEach
  void stop() {
    gateway.close();
    upstream.close();
    upstreamServer.close();
  }

  private String accessToken() throws Exception {
    return accessToken(gateway.issuer(), null, gateway.mcpUrl().toString());
  }

  /**
   * Registers, logs in and redeems a code at {@code base}, naming {@code authorizeResource} (when
   * not null) and {@code tokenResource} as the RFC 8707 resource.
   */
  private String accessToken(String base, String authorizeResource, String tokenResource)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Object> client =
        Json.object(
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/register"))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"redirect_uris\":[\"http://127.0.0.1/callback\"],\"token_endpoint_auth_method\":\"none\"}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    String clientId = (String) client.get("client_id");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("response_type", "code");
    params.put("client_id", clientId);
    params.put("redirect_uri", CALLBACK);
    params.put("code_challenge", OAuthHarness.CHALLENGE);
    params.put("code_challenge_method", "S256");
    params.put("state", "s");
    if (authorizeResource != null) {
      params.put("resource", authorizeResource);
    }
    URI callback =
        new HeadlessBrowser(login.username(), login.revealPassword())
            .approveAndCapture(
                URI.create(base + "/authorize?" + FormEncoding.encode(params)), CALLBACK);
    String code = Form.parse(callback.getRawQuery()).single("code").orElseThrow();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", clientId);
    form.put("code", code);
    form.put("redirect_uri", CALLBACK);
    form.put("code_verifier", OAuthHarness.VERIFIER);
    form.put("resource", tokenResource);
    HttpResponse<String> tokens =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(form)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
    return (String) Json.object(tokens.body()).get("access_token");
  }

  @Test
  void exposesDemoAndPrefixedUpstreamToolsToAnAuthorizedClient() throws Exception {
    assertThat(gateway.toolNames()).containsExactly("echo", "add", "utc_time", "up_greet");
    try (McpClient client =
        McpClient.builder(gateway.mcpUrl())
            .header("Authorization", "Bearer " + accessToken())
            .build()) {
      client.connect();
      assertThat(client.listTools()).extracting(Tool::name).contains("echo", "add", "up_greet");
      assertThat(text(client.callTool("up_greet", Map.of("name", "Le Chat"))))
          .isEqualTo("hello Le Chat");
      assertThat(text(client.callTool("add", Map.of("a", 2, "b", 40)))).isEqualTo("42");
    }
  }

  @Test
  void aClientThatSaysLocalhostGetsATokenTheLoopbackGatewayAccepts() throws Exception {
    int port = gateway.mcpUrl().getPort();
    URI localhost = URI.create("http://localhost:" + port + "/mcp");
    String token =
        accessToken("http://localhost:" + port, localhost.toString(), localhost.toString());
    try (McpClient client =
        McpClient.builder(localhost).header("Authorization", "Bearer " + token).build()) {
      client.connect();
      assertThat(client.listTools()).extracting(Tool::name).contains("echo");
    }
  }

  @Test
  void ourOAuthClientLogsInThroughThePagesAndCallsTools() {
    HeadlessBrowser person = new HeadlessBrowser(login.username(), login.revealPassword());
    io.cakewalk.oauth.client.OAuthClient oauth =
        io.cakewalk.oauth.client.OAuthClient.builder()
            .store(new io.cakewalk.oauth.client.InMemoryTokenStore())
            .insecureLoopbackHttp(true)
            .build();
    io.cakewalk.oauth.client.LoginOptions options =
        io.cakewalk.oauth.client.LoginOptions.builder()
            .browser(
                url ->
                    new Thread(
                            () -> {
                              try {
                                person.approve(url);
                              } catch (Exception e) {
                                throw new IllegalStateException(e);
                              }
                            })
                        .start())
            .messages(m -> {})
            .build();
    try (McpClient client =
        McpClient.builder(gateway.mcpUrl())
            .authorization(oauth.mcpAuthorization(options))
            .build()) {
      client.connect();
      assertThat(client.listTools()).extracting(Tool::name).contains("utc_time", "up_greet");
      assertThat(text(client.callTool("echo", Map.of("message", "ours")))).isEqualTo("ours");
    }
  }

  @Test
  void refusesClientsWithoutToken() {
    try (McpClient client = McpClient.builder(gateway.mcpUrl()).build()) {
      assertThatThrownBy(client::connect)
          .isInstanceOfAny(McpAuthorizationException.class, McpException.class);
    }
  }

  @Test
  void unreachableUpstreamFailsInOneLine() {
    assertThatThrownBy(
            () ->
                Gateway.builder(login)
                    .port(0)
                    .upstream(Upstream.http("gone", URI.create("http://127.0.0.1:9/mcp"), Map.of()))
                    .start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("upstream gone (http://127.0.0.1:9/mcp) is unreachable")
        .hasMessageNotContaining("\n");
  }

  private static String text(CallToolResult result) {
    assertThat(result.failed()).as(String.valueOf(result)).isFalse();
    return ((Content.Text) result.content().get(0)).text();
  }
}
