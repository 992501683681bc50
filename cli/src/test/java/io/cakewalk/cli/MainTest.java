package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.commands.Clients;
import io.cakewalk.cli.commands.Context;
import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.McpAuthorizationException;
import io.cakewalk.mcp.McpProtocolException;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.McpValidationException;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

  @TempDir Path home;

  private CliRunner.Result run(Clients clients, String... args) {
    return new CliRunner(home, Map.of(), clients).run(args);
  }

  private CliRunner.Result failingWith(RuntimeException e) {
    return run(
        spec -> {
          throw e;
        },
        "tools",
        "list",
        "http://127.0.0.1:9/mcp");
  }

  @Test
  void versionNamesTheProgram() {
    CliRunner.Result r = run(null, "--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("cakewalk ").contains("Java 17");
  }

  @Test
  void noArgumentsPrintsUsageWithExamplesAndExitCodes() {
    CliRunner.Result r = run(null);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: cakewalk", "tools", "Examples:", "Exit codes:");
  }

  @Test
  void everyCommandHelpHasExamples() {
    List<String> commands = new ArrayList<>();
    collect(Main.commandLine(new Context(Map.of(), home, false, null, null)), commands);
    assertThat(commands).contains("cakewalk tools call", "cakewalk connectors add");
    for (String command : commands) {
      String[] args =
          (command.substring("cakewalk".length()).strip() + " --help").strip().split(" ");
      CliRunner.Result r = run(null, args);
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Examples:");
    }
  }

  @Test
  void everyCommandHelpReadsWellAtEightyColumns() {
    List<CommandLine> all = new ArrayList<>();
    collectLines(Main.commandLine(new Context(Map.of(), home, false, null, null)), all);
    for (CommandLine cl : all) {
      String name = cl.getCommandSpec().qualifiedName();
      String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertThat(help.lines()).as(name).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(80));
      // Example and table lines are printed as they are: one wrapped by picocli starts at column 0.
      for (String entry : cl.getCommandSpec().usageMessage().footer()) {
        if (entry.startsWith("  ")) {
          String shown = String.format(entry.replace("$$", "$"));
          assertThat(shown).as(name).doesNotContain("\n").hasSizeLessThanOrEqualTo(80);
        }
      }
      // A space in an option's label can split it across lines of the synopsis.
      for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
        if (o.hidden()) {
          continue;
        }
        assertThat(o.paramLabel()).as(name).doesNotContain(" ");
        if (!o.usageHelp() && !o.versionHelp()) {
          assertThat(String.join(" ", o.description()))
              .as(name + " " + o.longestName())
              .isNotBlank();
        }
      }
      for (CommandLine.Model.PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
        assertThat(String.join(" ", p.description())).as(name + " " + p.paramLabel()).isNotBlank();
      }
    }
  }

  private static void collectLines(CommandLine cl, List<CommandLine> out) {
    if (cl.getCommandName().equals("help")) {
      return;
    }
    out.add(cl);
    cl.getSubcommands().values().stream().distinct().forEach(sub -> collectLines(sub, out));
  }

  private static void collect(CommandLine cl, List<String> out) {
    if (cl.getCommandName().equals("help")) {
      return;
    }
    out.add(cl.getCommandSpec().qualifiedName());
    cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, out));
  }

  @Test
  void unknownSubcommandIsAUsageErrorWithASuggestion() {
    CliRunner.Result r = run(null, "tools", "lst");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Did you mean: tools list?", "Try 'cakewalk tools --help'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unreachableServerExits4WithOneLine() {
    CliRunner.Result r =
        failingWith(new McpTransportException("cannot connect to 127.0.0.1:9: refused", null));
    assertThat(r.code()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.err().strip()).isEqualTo("cakewalk: cannot connect to 127.0.0.1:9: refused");
  }

  @Test
  void authorizationFailureExits3AndSaysHowToAuthenticate() {
    AuthChallenge challenge = AuthChallenge.parseBearer("Bearer realm=\"x\"").orElseThrow();
    CliRunner.Result r =
        failingWith(new McpAuthorizationException("server wants a token", 401, challenge));
    assertThat(r.code()).isEqualTo(ExitCodes.AUTH);
    assertThat(r.err()).contains("HTTP 401", "cakewalk auth login", "--token-env");
  }

  @Test
  void jsonRpcErrorExits7() {
    CliRunner.Result r =
        failingWith(new McpProtocolException(new JsonRpcError(-32601, "no such method", null)));
    assertThat(r.code()).isEqualTo(ExitCodes.PROTOCOL);
    assertThat(r.err()).contains("-32601", "no such method");
  }

  @Test
  void invalidArgumentsExit8() {
    CliRunner.Result r =
        failingWith(new McpValidationException("echo arguments", List.of("$.message: required")));
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_ARGUMENTS);
    assertThat(r.err()).contains("$.message: required");
  }

  @Test
  void unexpectedFailureExits10WithoutStackTrace() {
    CliRunner.Result r = failingWith(new NullPointerException("boom"));
    assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).contains("internal error", "CAKEWALK_DEBUG").doesNotContain("\tat ");
  }

  @Test
  void debugVariableShowsTheStackTrace() {
    CliRunner.Result r =
        new CliRunner(
                home,
                Map.of("CAKEWALK_DEBUG", "1"),
                spec -> {
                  throw new NullPointerException("boom");
                })
            .run("tools", "list", "http://127.0.0.1:9/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void aRunBuildsOnlyTheSubcommandItNames() {
    Context context = new Context(Map.of(), home, false, null, null);
    assertThat(Main.commandLine(context, new String[] {"tools", "list", "x"}).getSubcommands())
        .containsOnlyKeys("tools");
    assertThat(Main.commandLine(context, new String[] {"--version"}).getSubcommands()).isEmpty();
    assertThat(Main.commandLine(context, new String[] {"completion", "bash"}).getSubcommands())
        .containsKeys("tools", "connect", "help");
    assertThat(Main.commandLine(context, new String[] {"nosuch"}).getSubcommands())
        .containsKeys("tools", "connect");
  }

  @Test
  void completionScriptCoversSubcommands() {
    CliRunner.Result r = run(null, "completion", "bash");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F", "cakewalk", "tools", "list", "--transport");
  }
}
