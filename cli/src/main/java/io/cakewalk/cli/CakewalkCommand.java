package io.cakewalk.cli;

import io.cakewalk.cli.commands.AuthCommand;
import io.cakewalk.cli.commands.ChatCommand;
import io.cakewalk.cli.commands.CompletionCommand;
import io.cakewalk.cli.commands.ConnectCommand;
import io.cakewalk.cli.commands.ConnectorsCommand;
import io.cakewalk.cli.commands.GatewayCommand;
import io.cakewalk.cli.commands.MistralCommand;
import io.cakewalk.cli.commands.ProbeCommand;
import io.cakewalk.cli.commands.ShellCommand;
import io.cakewalk.cli.commands.ToolsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code cakewalk} command: prints help; the work happens in subcommands. */
@Command(
    name = "cakewalk",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Connect MCP servers to Mistral: list and call tools, manage connectors.",
    subcommands = {
      ConnectCommand.class,
      ToolsCommand.class,
      ConnectorsCommand.class,
      AuthCommand.class,
      ChatCommand.class,
      MistralCommand.class,
      ProbeCommand.class,
      ShellCommand.class,
      GatewayCommand.class,
      CompletionCommand.class,
      HelpCommand.class,
    },
    footer = {
      "%nExamples:",
      "  cakewalk tools list http://127.0.0.1:3001/mcp",
      "  cakewalk tools call http://127.0.0.1:3001/mcp echo --arg message=hi",
      "  cakewalk connectors add demo http://127.0.0.1:3001/mcp && cakewalk tools list demo",
      "  cakewalk probe https://example.com/mcp",
      "  cakewalk help tools call",
      "%nExit codes:",
      "  0 ok  1 usage  2 configuration  3 authorization  4 unreachable  5 tool isError",
      "  6 not portable to Mistral  7 server JSON-RPC error  8 invalid tool arguments",
      "  9 readiness check failed  10 internal error",
      "%nEnvironment: CAKEWALK_HOME (config dir), XDG_CONFIG_HOME, MISTRAL_API_KEY, NO_COLOR."
    })
public final class CakewalkCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
