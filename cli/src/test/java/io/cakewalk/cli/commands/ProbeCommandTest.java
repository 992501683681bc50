package io.cakewalk.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.CliRunner;
import io.cakewalk.cli.ExitCodes;
import io.cakewalk.cli.LoopbackServer;
import io.cakewalk.cli.LoopbackServer.Reply;
import io.cakewalk.mcp.internal.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeCommandTest {

  @TempDir Path home;

  private static final String INIT =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"serverInfo\":{\"name\":\"demo\",\"version\":\"2\"}}}";

  @Test
  void readyServerExits0WithAReport() {
    try (LoopbackServer server = new LoopbackServer()) {
      server.on("/mcp", new Reply(200, "application/json", INIT, Map.of("Mcp-Session-Id", "s")));
      CliRunner.Result r =
          new CliRunner(home, Map.of(), null).run("probe", server.url("/mcp").toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("PASS", "reachable", "demo 2", "2025-06-18", "Ready");
    }
  }

  @Test
  void failedCheckExits9AndJsonListsChecks() {
    try (LoopbackServer server = new LoopbackServer()) {
      server.on("/mcp", new Reply(401, "text/plain", "", Map.of()));
      CliRunner.Result r =
          new CliRunner(home, Map.of(), null).run("probe", server.url("/mcp").toString(), "--json");
      assertThat(r.code()).isEqualTo(ExitCodes.CHECK_FAILED);
      Map<String, Object> json = Json.object(r.out());
      assertThat(json).containsEntry("ready", false).containsEntry("auth", "oauth");
      assertThat(Json.listOfObjects(json.get("checks")))
          .anySatisfy(c -> assertThat(c).containsEntry("name", "401 challenge"));
      assertThat(r.err()).contains("not ready");
    }
  }

  @Test
  void sendsTheBearerTokenOfTheConnector() {
    try (LoopbackServer server = new LoopbackServer()) {
      server.on("/mcp", Reply.json(INIT));
      CliRunner.Result r =
          new CliRunner(home, Map.of("T", "tok"), null)
              .run("probe", server.url("/mcp").toString(), "--token-env", "T", "--json");
      assertThat(r.code()).isZero();
      assertThat(Json.object(r.out())).containsEntry("auth", "bearer");
    }
  }
}
