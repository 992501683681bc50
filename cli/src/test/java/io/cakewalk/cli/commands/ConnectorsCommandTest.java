package io.cakewalk.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.CliRunner;
import io.cakewalk.cli.ExitCodes;
import io.cakewalk.cli.connectors.AuthMethod;
import io.cakewalk.cli.connectors.ConnectorRegistry;
import io.cakewalk.mcp.internal.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorsCommandTest {

  @TempDir Path home;

  private CliRunner.Result run(String... args) {
    return new CliRunner(home, Map.of("GH", "x"), new FakeServer()).run(args);
  }

  @Test
  void addListShowRemoveRoundTrip() throws Exception {
    assertThat(run("connectors", "add", "demo", "http://127.0.0.1:3001/mcp").code()).isZero();
    CliRunner.Result add =
        run(
            "connectors",
            "add",
            "gh",
            "https://example.com/mcp",
            "--token-env",
            "GH",
            "--description",
            "GitHub tools");
    assertThat(add.code()).isZero();
    assertThat(add.out()).contains("Added connector gh", "cakewalk tools list gh");

    CliRunner.Result list = run("connectors", "list");
    assertThat(list.out()).contains("demo", "gh", "bearer $GH", "GitHub tools");

    CliRunner.Result show = run("connectors", "show", "gh", "--json");
    Map<String, Object> json = Json.object(show.out());
    assertThat(json).containsEntry("auth", "BEARER").containsEntry("tokenEnvSet", true);

    assertThat(new ConnectorRegistry(home).find("gh").orElseThrow().auth())
        .isEqualTo(AuthMethod.BEARER);
    assertThat(Files.getPosixFilePermissions(home.resolve("connectors.json")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    assertThat(run("connectors", "remove", "gh").code()).isZero();
    assertThat(run("connectors", "list", "--json").out()).doesNotContain("\"gh\"");
  }

  @Test
  void addingTwiceNeedsReplace() {
    run("connectors", "add", "demo", "http://127.0.0.1:3001/mcp");
    CliRunner.Result again = run("connectors", "add", "demo", "http://127.0.0.1:3002/mcp");
    assertThat(again.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(again.err()).contains("--replace");
    assertThat(run("connectors", "add", "demo", "http://127.0.0.1:3002/mcp", "--replace").code())
        .isZero();
    assertThat(new ConnectorRegistry(home).find("demo").orElseThrow().url().getPort())
        .isEqualTo(3002);
  }

  @Test
  void refusesRawSecretsInHeaders() throws Exception {
    CliRunner.Result r =
        run("connectors", "add", "k", "https://e.com/mcp", "-H", "Authorization: Bearer abc123");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("${VAR}").doesNotContain("abc123");
    assertThat(home.resolve("connectors.json")).doesNotExist();
    assertThat(run("connectors", "add", "k", "https://e.com/mcp", "-H", "X-Api-Key: ${KEY}").code())
        .isZero();
    assertThat(Files.readString(home.resolve("connectors.json"))).contains("${KEY}");
  }

  @Test
  void rejectsNamesLeChatWouldReject() {
    CliRunner.Result r = run("connectors", "add", "my server", "https://e.com/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("letters, digits");
  }

  @Test
  void bearerNeedsATokenVariable() {
    CliRunner.Result r = run("connectors", "add", "k", "https://e.com/mcp", "--auth", "bearer");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--token-env");
  }

  @Test
  void unknownConnectorIsAConfigurationError() {
    assertThat(run("connectors", "show", "nope").code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run("connectors", "remove", "nope").code()).isEqualTo(ExitCodes.CONFIG);
  }

  @Test
  void emptyRegistrySaysHowToAdd() {
    assertThat(run("connectors", "list").out()).contains("cakewalk connectors add");
  }
}
