package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.connect.DemoBrowser;
import io.cakewalk.oauth.server.Gateway;
import io.cakewalk.oauth.server.InMemoryAuthorizationStore;
import io.cakewalk.oauth.server.OneTimePasswordAuthenticator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code cakewalk} in a real terminal (tmux): the shell's completion and history, and
 * the paste-the-callback-URL prompt of {@code auth login --no-browser}.
 */
class TerminalIT {

  private static final Path JAR = Path.of("target/cakewalk.jar").toAbsolutePath();
  private static final Pattern AUTHORIZE =
      Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/authorize\\?\\S+)");

  @TempDir Path home;

  private List<String> cakewalk(String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void shellCompletesToolAndArgumentNamesAndKeepsHistory() throws Exception {
    assertThat(JAR).exists();
    try (TestMcpServer server = new TestMcpServer();
        Tmux term =
            Tmux.start(
                cakewalk("shell", server.url()),
                Map.of("CAKEWALK_HOME", home.toString(), "TERM", "xterm"))) {
      String prompt = server.url() + "> ";
      term.await("Connected to e2e 1.2.3");
      term.awaitPrompt(prompt);
      term.type("ge");
      term.keys("Tab");
      term.await("> get-sum ");
      term.keys("Tab");
      term.await("a (number)"); // both argument names offered, with their types
      term.type("a");
      term.keys("Tab");
      term.await("> get-sum a=");
      term.type("2 b=40");
      term.keys("Enter");
      term.await("42.0");
      term.awaitPrompt(prompt);
      term.type("ec");
      term.keys("Tab");
      term.await("> echo ");
      term.type("mess");
      term.keys("Tab");
      term.await("message=");
      term.type("'hello there'");
      term.keys("Enter");
      term.await("echo: hello there");
      term.awaitPrompt(prompt);
      term.type("exit");
      term.keys("Enter");
      assertThat(term.awaitExit()).as(term.screen()).isZero();
    }
    assertThat(Files.readString(home.resolve("shell_history")))
        .contains("get-sum a=2 b=40", "echo message='hello there'");
  }

  @Test
  void loginAcceptsThePastedCallbackUrl() throws Exception {
    OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("admin");
    try (Gateway gateway =
            Gateway.builder(login).port(0).store(new InMemoryAuthorizationStore()).start();
        Tmux term =
            Tmux.start(
                cakewalk("auth", "login", gateway.mcpUrl().toString(), "--no-browser"),
                Map.of("CAKEWALK_HOME", home.toString()))) {
      String screen = term.await("paste the URL it ends on here");
      Matcher m = AUTHORIZE.matcher(screen);
      assertThat(m.find()).as(screen).isTrue();
      URI callback =
          DemoBrowser.approve(URI.create(m.group(1)), login.username(), login.revealPassword());
      assertThat(callback).isNotNull();
      term.type(callback.toString());
      term.keys("Enter");
      term.await("Logged in to " + gateway.mcpUrl());
      assertThat(term.awaitExit()).as(term.screen()).isZero();
      CliRunner.Result status =
          new CliRunner(home, Map.of(), null).run("auth", "status", gateway.mcpUrl().toString());
      assertThat(status.code()).as(status.out()).isZero();
      assertThat(status.out()).contains("refreshable:");
    }
  }
}
