package io.cakewalk.cli;

import io.cakewalk.cli.commands.AuthCommand;
import io.cakewalk.cli.commands.ChatCommand;
import io.cakewalk.cli.commands.CompletionCommand;
import io.cakewalk.cli.commands.ConnectCommand;
import io.cakewalk.cli.commands.ConnectorsCommand;
import io.cakewalk.cli.commands.GatewayCommand;
import io.cakewalk.cli.commands.MistralCommand;
import io.cakewalk.cli.commands.ProbeCommand;
import io.cakewalk.cli.commands.SelftestCommand;
import io.cakewalk.cli.commands.ShellCommand;
import io.cakewalk.cli.commands.ToolsCommand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    footer = {
      "%nExamples:",
      "  cakewalk tools list http://127.0.0.1:3001/mcp",
      "  cakewalk tools call http://127.0.0.1:3001/mcp echo --arg message=hi",
      "  cakewalk connectors add demo http://127.0.0.1:3001/mcp",
      "  cakewalk tools list demo",
      "  cakewalk probe https://example.com/mcp",
      "  cakewalk help tools call",
      "%nExit codes:",
      "  0 ok  1 usage  2 configuration  3 authorization  4 unreachable  5 tool isError",
      "  6 not portable to Mistral  7 server JSON-RPC error  8 invalid tool arguments",
      "  9 readiness check failed  10 internal error",
      "%nEnvironment:",
      "  CAKEWALK_HOME     configuration directory (connectors, tokens, history)",
      "  XDG_CONFIG_HOME   without CAKEWALK_HOME: $$XDG_CONFIG_HOME/cakewalk, else",
      "                    ~/.config/cakewalk",
      "  MISTRAL_API_KEY   the Mistral API key, for commands that talk to Mistral",
      "  MISTRAL_BASE_URL  the Mistral API endpoint (default https://api.mistral.ai)",
      "  BROWSER           the program that opens authorization URLs",
      "  NO_COLOR          set to anything to turn colours off",
      "  CAKEWALK_DEBUG    set to print stack traces of internal errors",
      "  CAKEWALK_JAVA_OPTS, CAKEWALK_VERIFY  JVM options and bytecode verification",
      "                    for the ./cakewalk launcher (see the README)"
    })
public final class CakewalkCommand implements Runnable {

  /**
   * The subcommands by name, in help order. {@link Main} registers only the one a run names, so
   * picocli does not build the whole command tree on every start; help and unknown names get all.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("connect", ConnectCommand.class);
    all.put("tools", ToolsCommand.class);
    all.put("connectors", ConnectorsCommand.class);
    all.put("auth", AuthCommand.class);
    all.put("chat", ChatCommand.class);
    all.put("mistral", MistralCommand.class);
    all.put("probe", ProbeCommand.class);
    all.put("shell", ShellCommand.class);
    all.put("gateway", GatewayCommand.class);
    all.put("selftest", SelftestCommand.class);
    all.put("completion", CompletionCommand.class);
    all.put("help", HelpCommand.class);
    return Collections.unmodifiableMap(all);
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
