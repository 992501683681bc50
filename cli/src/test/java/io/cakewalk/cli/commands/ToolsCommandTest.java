package io.cakewalk.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.CliRunner;
import io.cakewalk.cli.ExitCodes;
import io.cakewalk.cli.connectors.AuthMethod;
import io.cakewalk.cli.connectors.Connector;
import io.cakewalk.cli.connectors.ConnectorRegistry;
import io.cakewalk.cli.options.Transport;
import io.cakewalk.mcp.McpValidationException;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.Tool;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsCommandTest {

  private static final String URL = "http://127.0.0.1:3001/mcp";

  @TempDir Path home;
  private FakeServer server;

  @BeforeEach
  void tools() {
    server =
        new FakeServer()
            .tool(
                Tool.builder(
                        "get-sum",
                        Map.of(
                            "type", "object",
                            "properties",
                                Map.of(
                                    "a", Map.of("type", "number"), "b", Map.of("type", "number")),
                            "required", List.of("a", "b")))
                    .description("Adds two numbers\nand more text")
                    .build())
            .tool(
                Tool.builder(
                        "echo",
                        Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of("message", Map.of("type", "string"))))
                    .description("Echoes back")
                    .build());
  }

  private CliRunner.Result run(Map<String, String> env, String... args) {
    return new CliRunner(home, env, server).run(args);
  }

  private CliRunner.Result run(String... args) {
    return run(Map.of(), args);
  }

  @Test
  void listPrintsATableWithRequiredArgumentsMarked() {
    CliRunner.Result r = run("tools", "list", URL);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("NAME", "get-sum", "a*", "b*", "Adds two numbers", "echo", "message", "2 tools")
        .doesNotContain("and more text");
    assertThat(server.opened.get(0).url()).isEqualTo(URI.create(URL));
    assertThat(server.opened.get(0).transport()).isEqualTo(Transport.AUTO);
    assertThat(server.closed).isEqualTo(1);
  }

  @Test
  void listJsonIsTheToolsListResult() {
    CliRunner.Result r = run("tools", "list", URL, "--json");
    assertThat(r.code()).isZero();
    Map<String, Object> json = Json.object(r.out());
    assertThat(Json.listOfObjects(json.get("tools")))
        .extracting(t -> t.get("name"))
        .containsExactly("get-sum", "echo");
  }

  @Test
  void headersExpandVariablesFromTheEnvironment() {
    CliRunner.Result r =
        run(
            Map.of("KEY", "s3cret"),
            "tools",
            "list",
            URL,
            "--header",
            "X-Api-Key: ${KEY}",
            "-H",
            "X-Plain: v");
    assertThat(r.code()).isZero();
    assertThat(server.opened.get(0).headers())
        .containsEntry("X-Api-Key", "s3cret")
        .containsEntry("X-Plain", "v");
    assertThat(server.opened.get(0).toString()).doesNotContain("s3cret");
  }

  @Test
  void unsetHeaderVariableIsAConfigurationError() {
    CliRunner.Result r = run("tools", "list", URL, "--header", "X-Api-Key: ${NOPE}");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("NOPE", "not set");
    assertThat(server.opened).isEmpty();
  }

  @Test
  void malformedHeaderIsAUsageError() {
    CliRunner.Result r = run("tools", "list", URL, "--header", "no colon here");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Name: value");
  }

  @Test
  void tokenEnvSendsABearerToken() {
    CliRunner.Result r = run(Map.of("TOK", "abc"), "tools", "list", URL, "--token-env", "TOK");
    assertThat(r.code()).isZero();
    assertThat(server.opened.get(0).authorization().authorization(URI.create(URL)))
        .contains("Bearer abc");
  }

  @Test
  void protocolAndTimeoutAreParsed() {
    CliRunner.Result r =
        run("tools", "list", URL, "--protocol", "2025-06-18", "--timeout", "500ms");
    assertThat(r.code()).isZero();
    assertThat(server.opened.get(0).protocol().version()).isEqualTo(ProtocolVersion.V2025_06_18);
    assertThat(server.opened.get(0).timeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void unknownProtocolIsAUsageError() {
    CliRunner.Result r = run("tools", "list", URL, "--protocol", "1999-01-01");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("legacy, auto or one of");
  }

  @Test
  void nonHttpUrlIsAUsageError() {
    CliRunner.Result r = run("tools", "list", "ftp://example.com/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(server.opened).isEmpty();
  }

  @Test
  void connectorNameResolvesThroughTheRegistry() {
    new ConnectorRegistry(home)
        .put(
            new Connector(
                "demo",
                URI.create(URL),
                AuthMethod.BEARER,
                "DEMO_TOKEN",
                List.of("X-Team: ${TEAM}"),
                null));
    CliRunner.Result r =
        run(Map.of("DEMO_TOKEN", "t0k", "TEAM", "blue"), "tools", "list", "demo", "-H", "X-B: 1");
    assertThat(r.code()).isZero();
    ServerSpec spec = server.opened.get(0);
    assertThat(spec.label()).isEqualTo("demo");
    assertThat(spec.url()).isEqualTo(URI.create(URL));
    assertThat(spec.headers()).containsEntry("X-Team", "blue").containsEntry("X-B", "1");
    assertThat(spec.authorization().authorization(spec.url())).contains("Bearer t0k");
  }

  @Test
  void connectorWithUnsetTokenVariableSaysWhich() {
    new ConnectorRegistry(home)
        .put(new Connector("demo", URI.create(URL), AuthMethod.BEARER, "DEMO_TOKEN", null, null));
    CliRunner.Result r = run("tools", "list", "demo");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("DEMO_TOKEN", "demo");
  }

  @Test
  void unknownConnectorSaysHowToAddIt() {
    CliRunner.Result r = run("tools", "list", "nosuch");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("cakewalk connectors add nosuch <url>");
  }

  @Test
  void stdioTakesTheCommandAfterDoubleDash() {
    CliRunner.Result r =
        run("tools", "list", "--transport", "stdio", "--", "node", "server.js", "--port", "3");
    assertThat(r.code()).isZero();
    ServerSpec spec = server.opened.get(0);
    assertThat(spec.url()).isNull();
    assertThat(spec.command()).containsExactly("node", "server.js", "--port", "3");
  }

  @Test
  void stdioWithoutACommandIsAUsageError() {
    CliRunner.Result r = run("tools", "list", "--transport", "stdio");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("-- node server.js");
  }

  @Test
  void commandWithoutStdioIsAUsageError() {
    CliRunner.Result r = run("tools", "list", "--", "node", "server.js");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--transport stdio");
  }

  @Test
  void callCoercesArgumentsByTheToolSchema() {
    CliRunner.Result r =
        run(
            "tools",
            "call",
            URL,
            "get-sum",
            "--arg",
            "a=2",
            "--args-json",
            "{\"b\": 40, \"c\": 1}",
            "-a",
            "c=x");
    assertThat(r.code()).isZero();
    assertThat(server.calls.get(0)).isEqualTo(Map.of("a", 2, "b", 40, "c", "x"));
    assertThat(r.out()).contains("get-sum");
  }

  @Test
  void callKeepsStringPropertiesAsText() {
    CliRunner.Result r = run("tools", "call", URL, "echo", "--arg", "message=42");
    assertThat(r.code()).isZero();
    assertThat(server.calls.get(0)).isEqualTo(Map.of("message", "42"));
  }

  @Test
  void callOverStdioTakesTheToolBeforeDoubleDash() {
    CliRunner.Result r =
        run("tools", "call", "--transport", "stdio", "echo", "-a", "message=hi", "--", "node", "s");
    assertThat(r.code()).isZero();
    assertThat(server.opened.get(0).command()).containsExactly("node", "s");
    assertThat(server.calls.get(0)).isEqualTo(Map.of("message", "hi"));
  }

  @Test
  void toolErrorPrintsTheResultAndExits5() {
    server.handler = (name, args) -> CallToolResult.error("it broke");
    CliRunner.Result r = run("tools", "call", URL, "echo", "--arg", "message=x");
    assertThat(r.code()).isEqualTo(ExitCodes.TOOL_ERROR);
    assertThat(r.out()).contains("it broke");
    assertThat(r.err()).contains("'echo' returned an error");
  }

  @Test
  void callJsonPrintsTheWholeResult() {
    server.handler =
        (name, args) ->
            new CallToolResult(
                List.of(new io.cakewalk.mcp.schema.Content.Text("7")),
                Map.of("sum", 7),
                null,
                null);
    CliRunner.Result r = run("tools", "call", URL, "get-sum", "--args-json", "{}", "--json");
    assertThat(r.code()).isZero();
    Map<String, Object> json = Json.object(r.out());
    assertThat(json.get("structuredContent")).isEqualTo(Map.of("sum", 7));
  }

  @Test
  void unknownToolListsTheAvailableOnes() {
    CliRunner.Result r = run("tools", "call", URL, "nope");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("no tool 'nope'", "get-sum, echo");
    assertThat(server.calls).isEmpty();
  }

  @Test
  void schemaViolationExits8() {
    server.handler =
        (name, args) -> {
          throw new McpValidationException("get-sum arguments", List.of("$.a: required"));
        };
    CliRunner.Result r = run("tools", "call", URL, "get-sum");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_ARGUMENTS);
    assertThat(r.err()).contains("$.a: required");
  }

  @Test
  void malformedArgumentsFailBeforeConnecting() {
    assertThat(run("tools", "call", URL, "echo", "--args-json", "[1]").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("tools", "call", URL, "echo", "--arg", "novalue").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(server.opened).isEmpty();
  }
}
