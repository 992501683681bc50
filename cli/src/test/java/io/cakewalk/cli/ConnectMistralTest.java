package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.LoopbackServer.Reply;
import io.cakewalk.cli.connect.DemoBrowser;
import io.cakewalk.cli.connectors.AuthMethod;
import io.cakewalk.cli.connectors.ConnectorRegistry;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.oauth.client.FileTokenStore;
import io.cakewalk.oauth.client.LoginOptions;
import io.cakewalk.oauth.client.OAuthClient;
import io.cakewalk.oauth.server.Gateway;
import io.cakewalk.oauth.server.InMemoryAuthorizationStore;
import io.cakewalk.oauth.server.OneTimePasswordAuthenticator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connect mistral} against our MCP server and a loopback fake of the Connectors API. */
class ConnectMistralTest {

  private static final String KEY = "sk-test-0123456789abcdef";

  @TempDir Path home;
  private TestMcpServer mcp;
  private LoopbackServer mistral;

  @BeforeEach
  void start() {
    mcp = new TestMcpServer();
    mistral = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    mistral.close();
    mcp.close();
  }

  private CliRunner.Result run(Map<String, String> env, String... args) {
    return new CliRunner(home, env, new McpClients("test")).run(args);
  }

  @Test
  void withoutAKeyPrintsTheLeChatFormAndExportsTheTools() {
    Path file = home.resolve("out/tools.json");
    CliRunner.Result r =
        run(
            Map.of(),
            "connect",
            "mistral",
            "--server",
            mcp.url(),
            "--name",
            "Demo_1",
            "-o",
            file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("1/4", "reachable", "2/4", "3 tools", "3/4")
        .contains("Connector name:  Demo_1", "Server URL:      " + mcp.url())
        .contains("4/4", "3 functions", "Connected. Next:", "cakewalk tools call Demo_1");
    assertThat(r.out()).contains("'get-sum' needs the model to fill a (number), b (number)");
    assertThat(file).content().contains("\"name\" : \"echo\"");
    assertThat(new ConnectorRegistry(home).find("Demo_1").orElseThrow().auth())
        .isEqualTo(AuthMethod.NONE);
    assertThat(mistral.received()).isEmpty();
  }

  @Test
  void withAKeyCreatesASharedConnectorThroughTheApi() {
    mistral
        .on("GET", "/v1/connectors/Demo", Reply.json(404, "{\"message\":\"not found\"}"))
        .on(
            "POST",
            "/v1/connectors",
            Reply.json(201, "{\"id\":\"7f9a\",\"name\":\"Demo\",\"server\":\"" + mcp.url() + "\"}"))
        .on("POST", "/v1/connectors/Demo/user/credentials", Reply.json("{\"message\":\"ok\"}"))
        .on(
            "GET",
            "/v1/connectors/Demo/tools",
            Reply.json("[{\"name\":\"echo\"},{\"name\":\"get-sum\"},{\"name\":\"fail\"}]"));
    Map<String, String> env =
        Map.of("MISTRAL_API_KEY", KEY, "MISTRAL_BASE_URL", mistral.url("").toString());
    CliRunner.Result r =
        run(
            env,
            "connect",
            "mistral",
            "--server",
            mcp.url(),
            "--name",
            "Demo",
            "--description",
            "Demo tools",
            "--json",
            "-o",
            home.resolve("t.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> summary = Json.object(r.out());
    assertThat(summary).containsEntry("auth", "none").containsKey("export");
    assertThat(summary.get("mistral"))
        .isEqualTo(Map.of("id", "7f9a", "tools", java.util.List.of("echo", "get-sum", "fail")));
    LoopbackServer.Request create =
        mistral.received().stream()
            .filter(q -> q.method().equals("POST") && q.path().equals("/v1/connectors"))
            .findFirst()
            .orElseThrow();
    assertThat(Json.object(create.body()))
        .containsEntry("name", "Demo")
        .containsEntry("server", mcp.url())
        .containsEntry("visibility", "shared_workspace")
        .containsEntry("description", "Demo tools");
    assertThat(mistral.received())
        .anySatisfy(
            q -> {
              assertThat(q.path()).isEqualTo("/v1/connectors/Demo/user/credentials");
              assertThat(Json.object(q.body())).containsEntry("is_default", true);
            });
  }

  @Test
  void anExistingConnectorIsUpdatedByItsId() {
    mistral
        .on("GET", "/v1/connectors/Demo", Reply.json("{\"id\":\"abc-1\",\"name\":\"Demo\"}"))
        .on("PATCH", "/v1/connectors/abc-1", Reply.json("{\"id\":\"abc-1\",\"name\":\"Demo\"}"))
        .on("POST", "/v1/connectors/Demo/user/credentials", Reply.json("{\"message\":\"ok\"}"))
        .on("GET", "/v1/connectors/Demo/tools", Reply.json("[]"));
    Map<String, String> env =
        Map.of("MISTRAL_API_KEY", KEY, "MISTRAL_BASE_URL", mistral.url("").toString());
    CliRunner.Result r =
        run(
            env,
            "connect",
            "mistral",
            "--server",
            mcp.url(),
            "--name",
            "Demo",
            "--target",
            "api",
            "-o",
            home.resolve("t.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(mistral.received())
        .noneMatch(q -> q.path().equals("/v1/connectors") && q.method().equals("POST"));
    assertThat(mistral.received()).anyMatch(q -> q.method().equals("PATCH"));
  }

  @Test
  void unreachableServerStopsAfterTheReadinessReport() {
    CliRunner.Result r =
        run(
            Map.of(),
            "connect",
            "mistral",
            "--server",
            "http://127.0.0.1:9/mcp",
            "--timeout",
            "5s");
    assertThat(r.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(r.out()).contains("FAIL", "reachable").doesNotContain("2/4");
  }

  @Test
  void apiTargetWithoutAKeySaysWhereToGetOne() {
    CliRunner.Result r =
        run(
            Map.of(),
            "connect",
            "mistral",
            "--server",
            mcp.url(),
            "--target",
            "api",
            "-o",
            home.resolve("t.json").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("MISTRAL_API_KEY");
  }

  @Test
  void rejectsNamesLeChatRejects() {
    CliRunner.Result r = run(Map.of(), "connect", "mistral", "--name", "My Server");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void demoWalksEveryStepAgainstTheEmbeddedGatewayWithOAuth() {
    CliRunner.Result r = run(Map.of("MISTRAL_API_KEY", KEY), "connect", "mistral", "--demo");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("Demo: started the Cakewalk gateway at http://127.0.0.1:")
        .contains("PASS  401 challenge", "PASS  registration", "PASS  pkce")
        .contains("Logging in (oauth)", "Called ", "with the new token")
        .contains("Connector name:  Cakewalk", "Demo complete. Next:", "cakewalk gateway")
        .contains("Saved in the demo's own registry")
        .doesNotContain("cakewalk tools list Cakewalk");
    assertThat(home.resolve("connectors.json")).doesNotExist();
    assertThat(mistral.received()).isEmpty();
  }

  @Test
  void demoJsonSummaryNamesTheToolsAndTheExport() {
    CliRunner.Result r = run(Map.of(), "connect", "mistral", "--demo", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> summary = Json.object(r.out());
    assertThat(summary).containsEntry("auth", "oauth").containsKey("export");
    assertThat(String.valueOf(summary.get("tools"))).contains("echo");
    assertThat(Path.of((String) summary.get("export"))).exists();
  }

  @Test
  void oauthServerThroughTheApiOpensMistralsAuthUrlAndWaitsUntilConnected() throws Exception {
    OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("admin");
    Path opened = home.resolve("opened.txt");
    Path browser = home.resolve("browser.sh");
    Files.writeString(browser, "#!/bin/sh\necho \"$1\" >> '" + opened + "'\n");
    browser.toFile().setExecutable(true);
    try (Gateway gateway =
        Gateway.builder(login).port(0).store(new InMemoryAuthorizationStore()).start()) {
      String url = gateway.mcpUrl().toString();
      // Log in beforehand as 'auth login' would; connect reuses the stored tokens.
      OAuthClient.builder()
          .store(new FileTokenStore(home.resolve("oauth")))
          .insecureLoopbackHttp(true)
          .build()
          .login(
              gateway.mcpUrl(),
              LoginOptions.builder()
                  .browser(new DemoBrowser(login.username(), login.revealPassword(), m -> {}))
                  .messages(m -> {})
                  .build());
      mistral
          .on(
              "GET",
              "/v1/connectors/Demo",
              Reply.json(404, "{\"message\":\"not found\"}"),
              Reply.json("{\"id\":\"9\",\"name\":\"Demo\",\"is_authenticated\":false}"),
              Reply.json("{\"id\":\"9\",\"name\":\"Demo\",\"is_authenticated\":true}"))
          .on("POST", "/v1/connectors", Reply.json(201, "{\"id\":\"9\",\"name\":\"Demo\"}"))
          .on(
              "GET",
              "/v1/connectors/Demo/auth_url",
              Reply.json("{\"auth_url\":\"https://auth.example/authorize?x=1\",\"ttl\":600}"))
          .on("GET", "/v1/connectors/Demo/tools", Reply.json("[{\"name\":\"echo\"}]"));
      Map<String, String> env =
          Map.of(
              "MISTRAL_API_KEY", KEY,
              "MISTRAL_BASE_URL", mistral.url("").toString(),
              "BROWSER", browser.toString());
      CliRunner.Result r =
          run(
              env,
              "connect",
              "mistral",
              "--server",
              url,
              "--name",
              "Demo",
              "--target",
              "api",
              "-o",
              home.resolve("t.json").toString());
      assertThat(r.code()).as(r.out() + r.err()).isZero();
      assertThat(r.out())
          .contains(
              "PASS  401 challenge", "Logging in (oauth)", "Connected: Mistral lists 1 tools");
      assertThat(r.err()).contains("https://auth.example/authorize?x=1");
      assertThat(opened).content().contains("https://auth.example/authorize?x=1");
      assertThat(new ConnectorRegistry(home).find("Demo").orElseThrow().auth())
          .isEqualTo(AuthMethod.OAUTH);
    }
  }
}
