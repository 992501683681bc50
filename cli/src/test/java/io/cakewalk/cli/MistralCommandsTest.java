package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.LoopbackServer.Reply;
import io.cakewalk.mcp.internal.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chat, tools export and mistral connectors against our MCP server and a loopback fake Mistral. */
class MistralCommandsTest {

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

  private CliRunner.Result run(String... args) {
    Map<String, String> env =
        Map.of("MISTRAL_API_KEY", KEY, "MISTRAL_BASE_URL", mistral.url("").toString());
    return new CliRunner(home, env, new McpClients("test")).run(args);
  }

  private static String completion(String message, String finish) {
    return "{\"id\":\"c\",\"object\":\"chat.completion\",\"model\":\"m\",\"created\":1,"
        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2},"
        + "\"choices\":[{\"index\":0,\"message\":"
        + message
        + ",\"finish_reason\":\""
        + finish
        + "\"}]}";
  }

  @Test
  void chatLetsTheModelCallTools() {
    mistral.on(
        "POST",
        "/v1/chat/completions",
        Reply.json(
            completion(
                "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"abcDEF123\","
                    + "\"type\":\"function\",\"function\":{\"name\":\"get-sum\","
                    + "\"arguments\":\"{\\\"a\\\":2,\\\"b\\\":40}\"},\"index\":0}]}",
                "tool_calls")),
        Reply.json(completion("{\"role\":\"assistant\",\"content\":\"The sum is 42.\"}", "stop")));
    CliRunner.Result r = run("chat", mcp.url(), "Add 2 and 40", "--no-stream");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("The sum is 42.");
    assertThat(r.err()).contains("→ get-sum", "42.0");
    List<LoopbackServer.Request> chats =
        mistral.received().stream().filter(q -> q.path().equals("/v1/chat/completions")).toList();
    assertThat(chats).hasSize(2);
    assertThat(chats.get(0).authorization()).isEqualTo("Bearer " + KEY);
    assertThat(chats.get(0).body()).contains("\"get-sum\"", "Add 2 and 40");
    assertThat(chats.get(1).body()).contains("\"role\":\"tool\"", "42.0");
  }

  @Test
  void chatWithoutAKeySaysWhereToGetOne() {
    CliRunner.Result r =
        new CliRunner(home, Map.of(), new McpClients("test")).run("chat", mcp.url(), "hi");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("MISTRAL_API_KEY", "console.mistral.ai");
  }

  @Test
  void exportPrintsMistralFunctions() {
    CliRunner.Result r = run("tools", "export", mcp.url());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Json.tree(r.out()).size()).isEqualTo(3);
    assertThat(r.out()).contains("\"type\" : \"function\"", "\"name\" : \"get-sum\"");
  }

  @Test
  void exportWritesAFileInOpenAiShape() {
    Path file = home.resolve("tools.json");
    CliRunner.Result r =
        run("tools", "export", mcp.url(), "--format", "openai", "-o", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(file).content().contains("\"strict\" : false");
    assertThat(r.err()).contains("Wrote 3 tools");
  }

  @Test
  void connectorsListShowsWhatTheKeySees() {
    mistral.on(
        "GET",
        "/v1/connectors",
        Reply.json(
            "{\"items\":[{\"id\":\"0b6f\",\"name\":\"Cakewalk\",\"server\":\"https://x/mcp\","
                + "\"visibility\":\"shared_workspace\",\"is_authenticated\":true}],"
                + "\"pagination\":{\"next_cursor\":null}}"));
    CliRunner.Result r = run("mistral", "connectors", "list");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Cakewalk", "https://x/mcp", "shared_workspace", "yes");
  }

  @Test
  void connectorCallGoesThroughMistral() {
    mistral
        .on(
            "GET",
            "/v1/connectors/Cakewalk/tools",
            Reply.json(
                "[{\"name\":\"get-sum\",\"inputSchema\":{\"type\":\"object\",\"properties\":"
                    + "{\"a\":{\"type\":\"number\"}}}}]"))
        .on(
            "POST",
            "/v1/connectors/Cakewalk/tools/get-sum/call",
            Reply.json("{\"content\":[{\"type\":\"text\",\"text\":\"3\"}],\"metadata\":{}}"));
    CliRunner.Result r = run("mistral", "connectors", "call", "Cakewalk", "get-sum", "-a", "a=3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo("3");
    assertThat(mistral.received())
        .filteredOn(q -> q.method().equals("POST"))
        .singleElement()
        .satisfies(q -> assertThat(q.body()).contains("\"arguments\":{\"a\":3}"));
  }

  @Test
  void unknownConnectorExplainsTheKeyScope() {
    mistral.on(
        "GET", "/v1/connectors/Nope", Reply.json(404, "{\"message\":\"Connector not found\"}"));
    CliRunner.Result r = run("mistral", "connectors", "show", "Nope");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("Shared connectors only");
  }

  @Test
  void rejectedKeyIsAnAuthorizationError() {
    mistral.on("GET", "/v1/connectors", Reply.json(401, "{\"message\":\"Unauthorized\"}"));
    CliRunner.Result r = run("mistral", "connectors", "list");
    assertThat(r.code()).isEqualTo(ExitCodes.AUTH);
    assertThat(r.err()).doesNotContain(KEY);
  }
}
