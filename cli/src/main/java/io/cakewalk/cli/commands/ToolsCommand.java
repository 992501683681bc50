package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.ArgumentOptions;
import io.cakewalk.cli.options.OutputOptions;
import io.cakewalk.cli.options.ServerOptions;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mistral.mcp.ExportFormat;
import io.cakewalk.mistral.mcp.MistralToolSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk tools list|call}: list a server's tools and call one. */
@Command(
    name = "tools",
    description = "List, export and call an MCP server's tools.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nExamples:",
      "  cakewalk tools list http://127.0.0.1:3001/mcp",
      "  cakewalk tools call http://127.0.0.1:3001/mcp echo --arg message=hi"
    })
public final class ToolsCommand {

  private final Context context;

  @Spec CommandSpec spec;

  public ToolsCommand(Context context) {
    this.context = context;
  }

  @Command(
      name = "list",
      description = "List the tools of a server (a URL, a connector name, or a stdio command).",
      mixinStandardHelpOptions = true,
      footer = {
        "%nExamples:",
        "  cakewalk tools list http://127.0.0.1:3001/mcp",
        "  cakewalk tools list my-connector --json",
        "  cakewalk tools list https://example.com/mcp \\",
        "      --header \"Authorization: Bearer $${TOKEN}\"",
        "  cakewalk tools list --transport stdio \\",
        "      -- npx -y @modelcontextprotocol/server-everything"
      })
  void list(
      @Parameters(
              paramLabel = "<url|connector>",
              arity = "0..*",
              description = "MCP endpoint URL or connector name (omit with --transport stdio).")
          List<String> positionals,
      @Mixin ServerOptions server,
      @Mixin OutputOptions output) {
    CommandLine cl = spec.subcommands().get("list");
    List<Tool> tools = listTools(cl, Targets.single(cl, positionals, server, context));
    PrintWriter out = cl.getOut();
    if (output.json()) {
      out.println(Json.writePretty(Map.of("tools", tools)));
      out.flush();
      return;
    }
    Table table = new Table("NAME", "ARGUMENTS", "DESCRIPTION");
    for (Tool tool : tools) {
      table.row(tool.name(), argumentSummary(tool), Table.cut(tool.description(), 72));
    }
    table.print(out);
    out.println(tools.size() + (tools.size() == 1 ? " tool" : " tools") + " (* = required)");
    out.flush();
  }

  @Command(
      name = "call",
      description = "Call one tool and print its result.",
      mixinStandardHelpOptions = true,
      footer = {
        "%nArgument values are JSON where the tool's schema wants a non-string"
            + " (--arg a=2 sends a number), text otherwise.",
        "%nExamples:",
        "  cakewalk tools call http://127.0.0.1:3001/mcp echo --arg message=hi",
        "  cakewalk tools call my-connector get-sum --args-json '{\"a\": 2, \"b\": 40}'",
        "  cakewalk tools call my-connector get-sum --args-json @args.json --json",
        "  cakewalk tools call --transport stdio echo --arg message=hi -- node server.js",
        "%nExit codes: 0 ok, 5 the tool returned isError, 8 arguments do not match its schema."
      })
  void call(
      @Parameters(
              paramLabel = "<url|connector> <tool>",
              arity = "1..*",
              description = "Server (omit with --transport stdio) and tool name.")
          List<String> positionals,
      @Mixin ArgumentOptions arguments,
      @Mixin ServerOptions server,
      @Mixin OutputOptions output) {
    CommandLine cl = spec.subcommands().get("call");
    List<String> own = Targets.own(cl, positionals, server);
    int expected = server.transport() == io.cakewalk.cli.options.Transport.STDIO ? 1 : 2;
    if (own.size() != expected) {
      throw new ParameterException(
          cl,
          expected == 1
              ? "expected <tool> before -- with --transport stdio, got " + own
              : "expected <url|connector> <tool>, got " + own);
    }
    String toolName = own.get(expected - 1);
    Arguments.build(cl, arguments, null); // reject malformed input before connecting
    ServerSpec target = Targets.resolve(cl, expected == 2 ? own.get(0) : null, server, context);
    CallToolResult result;
    try (Spinner s = new Spinner(cl.getErr(), context.interactive(), "asking " + target.label());
        McpSession session = context.clients().open(target)) {
      List<Tool> tools = session.listTools();
      Tool tool =
          tools.stream()
              .filter(t -> t.name().equals(toolName))
              .findFirst()
              .orElseThrow(
                  () ->
                      new CliException.Config(
                          target.label()
                              + " has no tool '"
                              + toolName
                              + "'; it has: "
                              + tools.stream().map(Tool::name).collect(Collectors.joining(", "))));
      result = session.callTool(toolName, Arguments.build(cl, arguments, tool.inputSchema()));
    }
    PrintWriter out = cl.getOut();
    if (output.json()) {
      out.println(Json.writePretty(result));
      out.flush();
    } else {
      ContentPrinter.print(result, out);
    }
    if (result.failed()) {
      throw new CliException.ToolFailed("tool '" + toolName + "' returned an error (isError)");
    }
  }

  @Command(
      name = "export",
      description = "Print the tools as Mistral function definitions (JSON) for chat requests.",
      mixinStandardHelpOptions = true,
      footer = {
        "%nNames are mapped to Mistral's rule and schemas cleaned; tools Mistral would reject are"
            + " left out with a warning on stderr (exit 6 with --strict).",
        "%nExamples:",
        "  cakewalk tools export http://127.0.0.1:3001/mcp > tools.json",
        "  cakewalk tools export my-connector --format openai --output tools.json",
        "  cakewalk tools export my-connector --strict"
      })
  void export(
      @Parameters(
              paramLabel = "<url|connector>",
              arity = "0..*",
              description = "MCP endpoint URL or connector name (omit with --transport stdio).")
          List<String> positionals,
      @Option(
              names = "--format",
              paramLabel = "mistral|openai",
              defaultValue = "mistral",
              description = "Output shape. Default: ${DEFAULT-VALUE}.")
          ExportFormat format,
      @Option(
              names = {"-o", "--output"},
              paramLabel = "FILE",
              description = "Write to FILE instead of stdout.")
          Path output,
      @Option(names = "--strict", description = "Fail (exit 6) when any tool is left out.")
          boolean strict,
      @Mixin ServerOptions server) {
    CommandLine cl = spec.subcommands().get("export");
    List<Tool> tools = listTools(cl, Targets.single(cl, positionals, server, context));
    MistralToolSet set;
    try {
      set = MistralToolSet.of(tools);
    } catch (IllegalArgumentException e) {
      throw new CliException.NotPortable(e.getMessage());
    }
    String json = set.toJson(format);
    if (output != null) {
      try {
        Files.writeString(output, json + "\n");
      } catch (IOException e) {
        throw new CliException.Config("cannot write " + output + ": " + e.getMessage());
      }
      cl.getErr().println("Wrote " + set.tools().size() + " tools to " + output);
    } else {
      cl.getOut().println(json);
      cl.getOut().flush();
    }
    set.warnings().forEach(w -> cl.getErr().println("warning: " + w));
    cl.getErr().flush();
    if (strict && !set.warnings().isEmpty()) {
      throw new CliException.NotPortable(
          set.warnings().size() + " tools cannot be used with Mistral as they are (see above)");
    }
  }

  private List<Tool> listTools(CommandLine cl, ServerSpec target) {
    try (Spinner s = new Spinner(cl.getErr(), context.interactive(), "asking " + target.label());
        McpSession session = context.clients().open(target)) {
      return session.listTools();
    }
  }

  /** Argument names, required ones marked with {@code *}. */
  static String argumentSummary(Tool tool) {
    List<String> names = new ArrayList<>();
    Object required = tool.inputSchema().get("required");
    if (tool.inputSchema().get("properties") instanceof Map<?, ?> properties) {
      for (Object key : properties.keySet()) {
        boolean req = required instanceof List<?> list && list.contains(key);
        names.add(key + (req ? "*" : ""));
      }
    }
    return String.join(", ", names);
  }
}
