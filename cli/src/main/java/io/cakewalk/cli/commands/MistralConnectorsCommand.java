package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.ArgumentOptions;
import io.cakewalk.cli.options.OutputOptions;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mistral.MistralApiException;
import io.cakewalk.mistral.connectors.Connector;
import io.cakewalk.mistral.connectors.ConnectorTool;
import io.cakewalk.mistral.connectors.ConnectorToolResult;
import io.cakewalk.mistral.connectors.ConnectorsClient;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk mistral connectors list|show|remove|tools|call} over the Connectors API. */
@Command(
    name = "connectors",
    description = "Connectors registered with Mistral (beta Connectors API).",
    mixinStandardHelpOptions = true,
    footer = {
      "%nExamples:",
      "  cakewalk mistral connectors list",
      "  cakewalk mistral connectors show Cakewalk --json",
      "  cakewalk mistral connectors call Cakewalk echo --arg message=hi",
      "  cakewalk mistral connectors remove Cakewalk"
    })
public final class MistralConnectorsCommand {

  private static final String CONNECTOR = "The connector's name or id at Mistral.";

  private final Context context;

  @Spec CommandSpec spec;

  public MistralConnectorsCommand(Context context) {
    this.context = context;
  }

  private ConnectorsClient api() {
    return MistralSupport.client(context).connectors();
  }

  @Command(
      name = "list",
      description = "List the connectors this API key can see.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk mistral connectors list --json"})
  void list(@Mixin OutputOptions output) {
    List<Connector> all = api().listAll();
    PrintWriter out = spec.subcommands().get("list").getOut();
    if (output.json()) {
      out.println(Json.writePretty(Map.of("connectors", all)));
    } else if (all.isEmpty()) {
      out.println(
          "No connectors visible to this key (keys with the default scope see shared"
              + " connectors only): cakewalk connect mistral --target api");
    } else {
      Table table = new Table("NAME", "SERVER", "VISIBILITY", "AUTHENTICATED", "ID");
      for (Connector c : all) {
        table.row(c.name(), c.server(), c.visibility(), c.authenticated() ? "yes" : "no", c.id());
      }
      table.print(out);
    }
    out.flush();
  }

  @Command(
      name = "show",
      description = "Show one connector.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk mistral connectors show Cakewalk"})
  void show(
      @Parameters(paramLabel = "NAME|ID", description = CONNECTOR) String name,
      @Mixin OutputOptions output) {
    Connector c = get(name);
    PrintWriter out = spec.subcommands().get("show").getOut();
    if (output.json()) {
      out.println(Json.writePretty(c));
    } else {
      out.println("name:          " + c.name());
      out.println("id:            " + c.id());
      out.println("server:        " + c.server());
      out.println("visibility:    " + c.visibility());
      out.println("authenticated: " + (c.authenticated() ? "yes" : "no"));
      if (c.description() != null && !c.description().isEmpty()) {
        out.println("description:   " + c.description());
      }
      out.println("tools:         " + c.tools().size());
    }
    out.flush();
  }

  @Command(
      name = "remove",
      description = "Delete a connector from Mistral.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk mistral connectors remove Cakewalk"})
  void remove(@Parameters(paramLabel = "NAME|ID", description = CONNECTOR) String name) {
    Connector c = get(name);
    api().delete(c.id());
    PrintWriter out = spec.subcommands().get("remove").getOut();
    out.println("Deleted connector " + c.name() + " (" + c.id() + ") from Mistral");
    out.flush();
  }

  @Command(
      name = "tools",
      description = "List the tools Mistral sees through a connector.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk mistral connectors tools Cakewalk --refresh"})
  void tools(
      @Parameters(paramLabel = "NAME|ID", description = CONNECTOR) String name,
      @Option(names = "--refresh", description = "Ask Mistral to fetch the list again.")
          boolean refresh,
      @Option(names = "--credentials", paramLabel = "NAME", description = "Credentials to use.")
          String credentials,
      @Mixin OutputOptions output) {
    List<ConnectorTool> tools = guard(name, () -> api().listTools(name, refresh, credentials));
    PrintWriter out = spec.subcommands().get("tools").getOut();
    if (output.json()) {
      out.println(Json.writePretty(Map.of("tools", tools)));
    } else {
      Table table = new Table("NAME", "DESCRIPTION");
      tools.forEach(t -> table.row(t.name(), Table.cut(t.description(), 72)));
      table.print(out);
      out.println(tools.size() + (tools.size() == 1 ? " tool" : " tools"));
    }
    out.flush();
  }

  @Command(
      name = "call",
      description = "Call a tool through Mistral's connector.",
      mixinStandardHelpOptions = true,
      footer = {
        "%nExamples:",
        "  cakewalk mistral connectors call Cakewalk echo --arg message=hi",
        "  cakewalk mistral connectors call Cakewalk get-sum --args-json '{\"a\":2,\"b\":40}'"
      })
  void call(
      @Parameters(index = "0", paramLabel = "NAME|ID", description = CONNECTOR) String name,
      @Parameters(index = "1", paramLabel = "TOOL", description = "The tool's name.") String tool,
      @Mixin ArgumentOptions arguments,
      @Option(names = "--credentials", paramLabel = "NAME", description = "Credentials to use.")
          String credentials,
      @Mixin OutputOptions output) {
    CommandLine cl = spec.subcommands().get("call");
    Map<String, Object> schema =
        guard(name, () -> api().listTools(name, false, credentials)).stream()
            .filter(t -> t.name().equals(tool))
            .findFirst()
            .map(ConnectorTool::inputSchema)
            .orElse(null);
    Map<String, Object> args = Arguments.build(cl, arguments, schema);
    ConnectorToolResult r = guard(name, () -> api().callTool(name, tool, args, credentials));
    PrintWriter out = cl.getOut();
    if (output.json()) {
      out.println(Json.writePretty(r));
    } else {
      out.println(
          r.text().isEmpty() && r.structuredContent() != null
              ? Json.writePretty(r.structuredContent())
              : r.text());
    }
    out.flush();
    if (r.isError()) {
      throw new CliException.ToolFailed("tool '" + tool + "' returned an error (isError)");
    }
  }

  private Connector get(String name) {
    return guard(name, () -> api().get(name));
  }

  /** Adds the API-key scope hint to a 404, the usual reason a fresh connector is invisible. */
  private static <T> T guard(String name, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (MistralApiException e) {
      if (e.statusCode() == 404) {
        throw new CliException.Config(
            "Mistral has no connector '"
                + name
                + "' visible to this key. Keys with the default 'Shared connectors only' scope"
                + " cannot see private connectors: share it with the workspace, or use a key"
                + " with 'Private and shared connectors' access");
      }
      throw e;
    }
  }
}
