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

class AuthCommandTest {

  @TempDir Path home;

  private CliRunner.Result run(String... args) {
    return new CliRunner(home, Map.of(), null).run(args);
  }

  @Test
  void statusWithoutLoginSaysHowToLogIn() {
    CliRunner.Result r = run("auth", "status", "http://127.0.0.1:9/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.out()).contains("cakewalk auth login http://127.0.0.1:9/mcp");
  }

  @Test
  void statusJsonSaysNotLoggedIn() {
    CliRunner.Result r = run("auth", "status", "http://127.0.0.1:9/mcp", "--json");
    assertThat(Json.object(r.out())).containsEntry("loggedIn", false);
  }

  @Test
  void logoutWithoutLoginIsHarmless() {
    CliRunner.Result r = run("auth", "logout", "http://127.0.0.1:9/mcp");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("nothing to do");
  }

  @Test
  void tokenWithoutLoginIsAnAuthorizationError() {
    CliRunner.Result r = run("auth", "token", "http://127.0.0.1:9/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.AUTH);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void loginToAServerWithoutOAuthMetadataFailsInOneLine() {
    try (LoopbackServer server = new LoopbackServer()) {
      server.on("/mcp", new Reply(401, "text/plain", "", Map.of()));
      CliRunner.Result r = run("auth", "login", server.url("/mcp").toString(), "--no-browser");
      assertThat(r.code()).isEqualTo(ExitCodes.AUTH);
      assertThat(r.err().strip().lines()).last().asString().startsWith("cakewalk: ");
    }
  }

  @Test
  void loginToAnUnknownConnectorIsAConfigurationError() {
    assertThat(run("auth", "login", "nosuch").code()).isEqualTo(ExitCodes.CONFIG);
  }
}
