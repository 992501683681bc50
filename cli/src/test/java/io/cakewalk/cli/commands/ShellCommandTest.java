package io.cakewalk.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.CliRunner;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {

  @TempDir Path home;

  private final FakeServer server =
      new FakeServer()
          .tool(
              Tool.builder(
                      "echo",
                      Map.of(
                          "type",
                          "object",
                          "properties",
                          Map.of("message", Map.of("type", "string"))))
                  .description("Echoes back")
                  .build())
          .tool(
              Tool.builder(
                      "get-sum",
                      Map.of(
                          "type",
                          "object",
                          "properties",
                          Map.of("a", Map.of("type", "number"), "b", Map.of("type", "number"))))
                  .build());

  @Test
  void pipedLinesRunInOrderAndExitStops() {
    CliRunner.Result r =
        new CliRunner(
                home,
                Map.of(),
                server,
                "list\ncall echo message=\"hello world\"\nget-sum a=2 b=40\nexit\nlist\n")
            .run("shell", "http://127.0.0.1:3001/mcp");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsOnlyOnce("NAME").contains("echo", "get-sum");
    assertThat(server.calls)
        .containsExactly(Map.of("message", "hello world"), Map.of("a", 2, "b", 40));
    assertThat(server.closed).isEqualTo(1);
  }

  @Test
  void errorsAreOneLineAndTheShellGoesOn() {
    server.handler = (name, args) -> CallToolResult.error("broken");
    CliRunner.Result r =
        new CliRunner(home, Map.of(), server, "nosuch\ncall nope\necho message=x\ndescribe echo\n")
            .run("shell", "http://127.0.0.1:3001/mcp");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("unknown command 'nosuch'")
        .contains("no tool 'nope'")
        .contains("broken", "(the tool reported an error)")
        .contains("Echoes back", "\"message\"");
  }

  @Test
  void completesCommandsToolsAndArgumentNames() {
    ShellRepl repl =
        new ShellRepl(
            server.open(null),
            List.copyOf(server.tools.values()),
            new PrintWriter(new StringWriter()));
    ShellCompleter completer = new ShellCompleter(repl);
    assertThat(complete(completer, "")).contains("list", "call", "echo", "get-sum");
    assertThat(complete(completer, "call ")).containsExactlyInAnyOrder("echo", "get-sum");
    assertThat(complete(completer, "call get-sum ")).containsExactlyInAnyOrder("a=", "b=");
    assertThat(complete(completer, "get-sum a=1 ")).containsExactly("b=");
  }

  @Test
  void splitsWordsLikeAShell() {
    assertThat(ShellRepl.words("call echo message=\"hello world\" x='a b' c\\ d"))
        .containsExactly("call", "echo", "message=hello world", "x=a b", "c d");
    assertThat(ShellRepl.words("call get-sum {\"a\": 1, \"b\": \"x y\"}"))
        .containsExactly("call", "get-sum", "{\"a\": 1, \"b\": \"x y\"}");
    assertThat(ShellRepl.words("call \"open")).isNull();
  }

  private static List<String> complete(ShellCompleter completer, String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }
}
